// Files whose extraction failed, listed apart with the reason and a delete action.
import type { ReportSummary } from '../../../shared/ipc-contract';
import { formatTime } from '../common/format';
import { t } from '../i18n/zh-CN';

export function FailedReports({ reports, onDelete }: { reports: ReportSummary[]; onDelete: (report: ReportSummary) => void }) {
  if (reports.length === 0) return null;
  return (
    <section className="failed-section" aria-labelledby="failed-title">
      <h2 id="failed-title" className="section-title">
        {t.library.failedTitle} <span className="count-pill">{reports.length}</span>
      </h2>
      <p className="muted small">{t.library.failedHint}</p>
      <ul className="failed-list">
        {reports.map((report) => (
          <li key={report.id} data-report-id={report.id}>
            <span className="failed-name">{report.fileName}</span>
            <span className="failed-error">{report.error}</span>
            <span className="muted small">{formatTime(report.importedAt)}</span>
            <button type="button" className="link-button danger-text" onClick={() => onDelete(report)}>
              {t.library.delete}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
