// 汇总: the region at a glance over the library's current filter (or everything): key figures, charts that
// filter the library when clicked, totals by region and year, the cross-body check and the ranking.
import { useState } from 'react';
import type { ReportId } from '../../../shared/ipc-contract';
import type { ChartTarget } from '../../../shared/charts/index';
import type { RegionSummary } from '../../../shared/summary';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { deliverFile } from './save-file';
import { SummaryCharts } from './SummaryCharts';
import { CrossBodyPanel, RankingTable, RegionYearTable } from './SummaryTables';
import { useRegionSummary } from './use-region-summary';

interface SummaryViewProps {
  /** The reports the library's filter (or selection) shows, and every readable report. */
  scopeIds: ReportId[];
  allIds: ReportId[];
  scopeKind: 'filtered' | 'selected' | 'all';
  version: number;
  onPick: (target: ChartTarget) => void;
}

function Kpis({ summary }: { summary: RegionSummary }) {
  const { scope, totals } = summary;
  const items: [string, number, string, string?][] = [
    [t.summary.kpiBodies, scope.bodies, t.summary.unit.bodies],
    [t.summary.kpiReports, scope.reports, t.summary.unit.reports],
    [t.summary.kpiNew, totals.requests.new, t.summary.unit.cases],
    [t.summary.kpiGranted, totals.requests.granted, t.summary.unit.cases],
    [t.summary.kpiReview, totals.appeals.review.total, t.summary.unit.cases],
    [
      t.summary.kpiSuits,
      totals.appeals.suitDirect.total + totals.appeals.suitAfterReview.total,
      t.summary.unit.cases,
    ],
    [
      t.summary.kpiLate,
      totals.timeliness.late,
      t.summary.unit.reports,
      totals.timeliness.late > 0 ? 'kpi-bad' : undefined,
    ],
    [t.summary.kpiUnknownDate, totals.timeliness.unknown, t.summary.unit.reports],
    [
      t.summary.kpiUnreviewed,
      scope.unreviewed,
      t.summary.unit.reports,
      scope.unreviewed > 0 ? 'kpi-warn' : undefined,
    ],
  ];
  return (
    <dl className="summary-kpis">
      {items.map(([label, value, unit, tone]) => (
        <div key={label} className={`kpi ${tone ?? ''}`}>
          <dt>{label}</dt>
          <dd>
            <span className="kpi-value" data-kpi={label}>
              {value.toLocaleString('zh-CN')}
            </span>
            <span className="kpi-unit">{unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SummaryView({ scopeIds, allIds, scopeKind, version, onPick }: SummaryViewProps) {
  const notices = useNotices();
  const [useAll, setUseAll] = useState(false);
  const ids = useAll ? allIds : scopeIds;
  const summary = useRegionSummary(ids, version);
  const narrowed = scopeKind !== 'all' && scopeIds.length !== allIds.length;
  const scopeText =
    useAll || !narrowed
      ? t.summary.scopeAll(allIds.length)
      : scopeKind === 'selected'
        ? t.summary.scopeSelected(scopeIds.length)
        : t.summary.scopeFiltered(scopeIds.length, allIds.length);
  const exportAs = (format: 'docx' | 'xlsx') =>
    void deliverFile(
      invoke('summary.export', { reportIds: ids, format, exportId: `summary-${Date.now()}` }),
      notices,
    );

  return (
    <div className="summary" data-state={summary ? 'ready' : 'loading'}>
      <div className="library-toolbar summary-toolbar">
        <span className="summary-scope">{scopeText}</span>
        {narrowed && (
          <button type="button" className="link-button" onClick={() => setUseAll((value) => !value)}>
            {useAll ? t.summary.useFilter : t.summary.useAll}
          </button>
        )}
        <span className="spacer" />
        <button
          type="button"
          onClick={() => exportAs('docx')}
          disabled={!summary || summary.scope.reports === 0}
        >
          {t.summary.exportWord}
        </button>
        <button
          type="button"
          onClick={() => exportAs('xlsx')}
          disabled={!summary || summary.scope.reports === 0}
        >
          {t.summary.exportExcel}
        </button>
      </div>
      <div className="summary-scroll">
        {!summary && <div className="centered muted">{t.summary.loading}</div>}
        {summary && summary.scope.reports === 0 && <p className="no-match">{t.summary.empty}</p>}
        {summary && summary.scope.reports > 0 && (
          <>
            <Kpis summary={summary} />
            {(summary.totals.withBlanks > 0 || summary.scope.unreviewed > 0) && (
              <p className="summary-notes muted small">
                {summary.totals.withBlanks > 0 && t.summary.blanksNote(summary.totals.withBlanks)}
                {summary.scope.unreviewed > 0 && t.summary.unreviewedNote(summary.scope.unreviewed)}
              </p>
            )}
            <p className="muted small chart-hint">{t.summary.chartHint}</p>
            <SummaryCharts summary={summary} reportIds={ids} onPick={onPick} />
            <CrossBodyPanel summary={summary} onPick={onPick} />
            <RegionYearTable summary={summary} onPick={onPick} />
            <RankingTable summary={summary} onPick={onPick} />
          </>
        )}
      </div>
    </div>
  );
}
