// One library row; memoised and free of handlers (the table delegates events) so thousands stay cheap.
import { memo } from 'react';
import type { ReportSummary } from '../../../shared/ipc-contract';
import { reportName, reviewStateOf } from '../common/format';
import { SeverityCounts } from '../common/SeverityCounts';
import { t } from '../i18n/zh-CN';

interface LibraryRowProps {
  report: ReportSummary;
  /** 0-based position in the filtered list. */
  index: number;
  selected: boolean;
}

export const LibraryRow = memo(function LibraryRow({ report, index, selected }: LibraryRowProps) {
  const state = reviewStateOf(report.reviewed, report.total);
  const percent = report.total === 0 ? 100 : Math.round((report.reviewed / report.total) * 100);
  const name = reportName(report);
  return (
    <tr
      tabIndex={0}
      data-report-id={report.id}
      data-index={index}
      aria-rowindex={index + 2}
      data-state={state}
      aria-selected={selected}
      className={selected ? 'selected' : undefined}
      title={t.library.openHint}
    >
      <td className="col-check">
        <input type="checkbox" checked={selected} aria-label={t.library.select(name)} data-action="toggle" readOnly />
      </td>
      <td className="col-agency">{report.agency ?? <span className="muted">{report.fileName}</span>}</td>
      <td className="col-year">{report.year ?? '—'}</td>
      <td className="col-template">
        {report.template ? <span className={`tag tag-${report.template}`}>{t.template[report.template]}</span> : '—'}
      </td>
      <td className="col-format">{t.format[report.format]}</td>
      <td className="col-date">{report.date ?? '—'}</td>
      <td className="col-flags">
        <SeverityCounts counts={report.counts} />
      </td>
      <td className="col-progress">
        <span className={`progress progress-${state}`}>
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${percent}%` }} />
          </span>
          {t.library.progressText(report.reviewed, report.total)}
        </span>
      </td>
      <td className="col-actions">
        <button type="button" className="link-button" data-action="open">
          {t.library.open}
        </button>
        <button type="button" className="link-button danger-text" data-action="delete">
          {t.library.delete}
        </button>
      </td>
    </tr>
  );
});
