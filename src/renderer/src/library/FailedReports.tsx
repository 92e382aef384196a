// Every file that could not be imported, listed apart with its reason: files the library kept (delete
// removes them) and files refused before reaching it (unsupported type, too large, rejected request).
import type { ReportSummary } from '../../../shared/ipc-contract';
import { failureReason, formatTime } from '../common/format';
import { t } from '../i18n/zh-CN';

/** A file that failed without an entry in the library; it is listed until removed or the window reloads. */
export interface UnkeptFailure {
  key: number;
  name: string;
  error: string;
}

interface FailedReportsProps {
  reports: ReportSummary[];
  unkept: UnkeptFailure[];
  onDelete: (report: ReportSummary) => void;
  onRemove: (key: number) => void;
}

export function FailedReports({ reports, unkept, onDelete, onRemove }: FailedReportsProps) {
  const count = reports.length + unkept.length;
  if (count === 0) return null;
  return (
    <section className="failed-section" aria-labelledby="failed-title">
      <h2 id="failed-title" className="section-title">
        {t.library.failedTitle} <span className="count-pill">{count}</span>
      </h2>
      <p className="muted small">{t.library.failedHint}</p>
      <ul className="failed-list">
        {unkept.map((failure) => (
          <li key={`unkept-${failure.key}`} data-unkept="true">
            <span className="failed-name">{failure.name}</span>
            <span className="failed-error">{failure.error}</span>
            <span className="muted small">{t.library.notKept}</span>
            <button type="button" className="link-button" onClick={() => onRemove(failure.key)}>
              {t.library.remove}
            </button>
          </li>
        ))}
        {reports.map((report) => (
          <li key={report.id} data-report-id={report.id}>
            <span className="failed-name">{report.fileName}</span>
            <span className="failed-error">{failureReason(report)}</span>
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
