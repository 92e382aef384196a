// The review screen's bar: back, which report this is, progress, export and the shortcut card.
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import { reportName } from '../common/format';
import { t } from '../i18n/zh-CN';
import { isDecided } from './findings/finding-state';
import { ScoreBadge } from './ScoreBadge';

interface ReviewHeaderProps {
  detail: ReportDetail | null;
  findings: ReviewedFinding[];
  onBack: () => void;
  onExport: () => void;
  onHelp: () => void;
}

export function ReviewHeader({ detail, findings, onBack, onExport, onHelp }: ReviewHeaderProps) {
  const open = findings.filter((finding) => !finding.resolved);
  const decided = open.filter(isDecided).length;
  const summary = detail?.summary;
  return (
    <header className="topbar review-header">
      <button type="button" className="back-button" onClick={onBack} title="Esc">
        <span aria-hidden="true">← </span>
        {t.review.back}
      </button>
      {summary && (
        <div className="review-title">
          <h1>{reportName(summary)}</h1>
          <span className="review-meta">
            {summary.template && <span className={`tag tag-${summary.template}`}>{t.template[summary.template]}</span>}
            <span className="tag">{t.format[summary.format]}</span>
            {summary.date && <span>{summary.date}</span>}
            <span className="muted file-name" title={summary.fileName}>
              {summary.fileName}
            </span>
          </span>
        </div>
      )}
      <span className="spacer" />
      {summary && (
        <span className="review-progress" data-reviewed={decided} data-total={open.length}>
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${open.length ? (decided / open.length) * 100 : 100}%` }} />
          </span>
          {t.review.progress(decided, open.length)}
        </span>
      )}
      {summary && <ScoreBadge findings={findings} />}
      <button type="button" onClick={onExport} disabled={!summary}>
        {t.export.button}
      </button>
      <button type="button" className="icon-button round" aria-label={t.review.shortcuts} title={t.review.shortcutsHelp} onClick={onHelp}>
        ?
      </button>
    </header>
  );
}
