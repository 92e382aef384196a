// One library row; memoised and free of handlers (the table delegates events) so thousands stay cheap.
import { memo } from 'react';
import type { ReportSummary } from '../../../shared/ipc-contract';
import { formatTime, reportName, reviewStateOf } from '../common/format';
import { SeverityCounts } from '../common/SeverityCounts';
import { t } from '../i18n/zh-CN';

interface LibraryRowProps {
  report: ReportSummary;
  /** 0-based position in the filtered list. */
  index: number;
  selected: boolean;
  /** How many versions the report has (1 for most). */
  versions: number;
}

export const LibraryRow = memo(function LibraryRow({ report, index, selected, versions }: LibraryRowProps) {
  const state = reviewStateOf(report);
  const percent = state === 'done' ? 100 : report.total === 0 ? 0 : Math.round((report.reviewed / report.total) * 100);
  const name = reportName(report);
  const mark = report.completed;
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
      <td className="col-agency">
        <span className="agency-name">{report.agency ?? t.library.unknownAgency}</span>
        <span className="row-file" title={report.fileName}>
          {report.fileName}
          {versions > 1 && (
            <span className="tag version-tag" title={t.library.versionsTitle}>
              {t.library.versions(versions)}
            </span>
          )}
        </span>
      </td>
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
        <span
          className={`progress progress-${state}`}
          title={mark ? t.library.completedTitle(mark.reviewer, formatTime(mark.at)) : undefined}
        >
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${percent}%` }} />
          </span>
          {mark ? t.library.completedText(mark.reviewer) : t.library.progressText(report.reviewed, report.total)}
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
