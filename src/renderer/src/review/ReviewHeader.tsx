// The review screen's bar: back, which report (and which version) this is, progress, the 审查完毕 mark,
// who is reviewing, export and the shortcut card.
import type { ReportDetail, ReportId, ReportSummary, ReviewedFinding } from '../../../shared/ipc-contract';
import { isDecided } from '../../../shared/review-state';
import { formatTime, reportName } from '../common/format';
import { ReviewerBadge } from '../common/ReviewerBadge';
import { t } from '../i18n/zh-CN';
import { ScoreBadge } from './ScoreBadge';

interface ReviewHeaderProps {
  detail: ReportDetail | null;
  findings: ReviewedFinding[];
  versions: ReportSummary[] | null;
  onBack: () => void;
  onOpen: (id: ReportId) => void;
  onMarkDone: () => void;
  onExport: () => void;
  onHelp: () => void;
}

function VersionPicker({ summary, versions, onOpen }: { summary: ReportSummary; versions: ReportSummary[]; onOpen: (id: ReportId) => void }) {
  return (
    <select
      className="version-select"
      aria-label={t.review.versionLabel}
      value={summary.id}
      onChange={(event) => onOpen(event.target.value as ReportId)}
    >
      {versions.map((entry, index) => (
        <option key={entry.id} value={entry.id}>
          {t.review.versionOption(index + 1, entry.fileName, entry.id === versions.at(-1)?.id)}
        </option>
      ))}
    </select>
  );
}

export function ReviewHeader(props: ReviewHeaderProps) {
  const { detail, findings, versions } = props;
  const open = findings.filter((finding) => !finding.resolved);
  const decided = open.filter(isDecided).length;
  const summary = detail?.summary;
  const mark = summary?.completed ?? null;
  return (
    <header className="topbar review-header">
      <button type="button" className="back-button" onClick={props.onBack} title="Esc">
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
            {versions ? (
              <VersionPicker summary={summary} versions={versions} onOpen={props.onOpen} />
            ) : (
              <span className="muted file-name" title={summary.fileName}>
                {summary.fileName}
              </span>
            )}
          </span>
        </div>
      )}
      <span className="spacer" />
      {summary && !summary.error && (
        <span className="review-progress" data-reviewed={decided} data-total={open.length}>
          <span className="progress-track" aria-hidden="true">
            <span className="progress-fill" style={{ width: `${open.length ? (decided / open.length) * 100 : 100}%` }} />
          </span>
          {t.review.progress(decided, open.length)}
        </span>
      )}
      {summary && !summary.error && <ScoreBadge findings={findings} />}
      {summary && !summary.error && (
        <button
          type="button"
          className={mark ? 'done-mark' : 'primary'}
          aria-pressed={mark !== null}
          data-completed={mark !== null}
          title={mark ? t.review.unmarkDone : undefined}
          onClick={props.onMarkDone}
        >
          {mark ? t.review.doneBy(mark.reviewer, formatTime(mark.at)) : t.review.markDone}
        </button>
      )}
      <ReviewerBadge />
      <button type="button" onClick={props.onExport} disabled={!summary}>
        {t.export.button}
      </button>
      <button type="button" className="icon-button round" aria-label={t.review.shortcuts} title={t.review.shortcutsHelp} onClick={props.onHelp}>
        ?
      </button>
    </header>
  );
}
