// Bodies down the side, years across: which reports are in the library and how far review has got.
import { useEffect, useMemo, useState } from 'react';
import type { Coverage, CoverageRow, ReportId } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';
import { reviewStateOf, type ReviewState } from '../common/format';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';

interface CoverageViewProps {
  /** Changes whenever the library changes, to refetch. */
  version: number;
  onOpen: (id: ReportId) => void;
}

const legend: ReviewState[] = ['notStarted', 'inProgress', 'done'];
const normalise = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

function CoverageCell({ row, year, onOpen }: { row: CoverageRow; year: number; onOpen: (id: ReportId) => void }) {
  const entry = row.years[year];
  if (!entry) {
    return (
      <td className="coverage-cell coverage-missing" data-year={year}>
        {t.coverage.missing}
      </td>
    );
  }
  const state = reviewStateOf(entry);
  const counts = t.coverage.counts(entry.counts.error, entry.counts.warning);
  return (
    <td className="coverage-cell" data-year={year}>
      <button
        type="button"
        className={`coverage-button state-${state}`}
        data-report-id={entry.reportId}
        data-state={state}
        aria-label={t.coverage.cell(row.agency, year, t.coverage.cellDetail(counts, t.reviewState[state]))}
        onClick={() => onOpen(entry.reportId)}
      >
        <span className="coverage-counts">
          {entry.counts.error > 0 && <span className="badge badge-error">{entry.counts.error}</span>}
          {entry.counts.warning > 0 && <span className="badge badge-warning">{entry.counts.warning}</span>}
          {entry.counts.error === 0 && entry.counts.warning === 0 && <span className="coverage-ok">✓</span>}
        </span>
        <span className="coverage-state">{t.reviewState[state]}</span>
      </button>
    </td>
  );
}

export function CoverageView({ version, onOpen }: CoverageViewProps) {
  const notices = useNotices();
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [search, setSearch] = useState('');

  useEffect(() => {
    let live = true;
    void invoke('library.coverage', {}).then((result) => {
      if (!live) return;
      if (result.ok) setCoverage(result.value);
      else notices.fail(result.error);
    });
    return () => {
      live = false;
    };
  }, [version, notices]);

  const rows = useMemo(() => {
    const needle = normalise(search);
    return (coverage?.rows ?? []).filter((row) => !needle || normalise(row.agency).includes(needle));
  }, [coverage, search]);

  if (!coverage) return <div className="centered muted" data-state="loading">{t.coverage.loading}</div>;
  const years = [...coverage.years].sort((a, b) => a - b);

  return (
    <div className="coverage" data-state="ready">
      <div className="library-toolbar">
        <div className="filters" role="search">
          <input
            type="search"
            className="text-input search-input"
            aria-label={t.library.search}
            placeholder={t.library.searchPlaceholder}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div className="coverage-legend" aria-label={t.coverage.legend}>
          {legend.map((state) => (
            <span key={state} className={`legend-chip state-${state}`}>
              {t.reviewState[state]}
            </span>
          ))}
          <span className="legend-chip coverage-missing">{t.coverage.missing}</span>
        </div>
      </div>
      <div className="library-scroll">
        {coverage.rows.length === 0 ? (
          <p className="no-match">{t.coverage.empty}</p>
        ) : (
          <table className="data-table coverage-table" aria-label={t.coverage.tableLabel}>
            <thead>
              <tr>
                <th className="coverage-agency">{t.coverage.agency}</th>
                {years.map((year) => (
                  <th key={year} className="coverage-year">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.agency}>
                  <th scope="row" className="coverage-agency">
                    {row.agency}
                  </th>
                  {years.map((year) => (
                    <CoverageCell key={year} row={row} year={year} onOpen={onOpen} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
