// The selected finding: what it rests on, the decision buttons, the comment (kept as a draft while typed)
// and the review history. A quoted sentence and the cells are buttons that show them in the original.
import { useState, type RefObject } from 'react';
import { findingName } from '../../../../main/domain/checks/finding-names';
import { cellPlace } from '../../../../main/domain/template/definitions';
import type { ReviewedFinding, ReviewStatus } from '../../../../shared/ipc-contract';
import type { CellId, TemplateVersion } from '../../../../shared/report';
import { findingStateOf } from '../../../../shared/review-state';
import { maxCommentLength } from '../../../../shared/text-limits';
import { formatTime } from '../../common/format';
import { t } from '../../i18n/zh-CN';
import type { DraftState } from '../use-drafts';

interface FindingDetailProps {
  finding: ReviewedFinding;
  version: TemplateVersion | null;
  comment: string;
  draftState: DraftState;
  onComment: (comment: string) => void;
  onCommentBlur: () => void;
  onDecide: (status: ReviewStatus) => Promise<boolean>;
  onSaveComment: () => Promise<boolean>;
  onCellClick: (id: CellId) => void;
  onExcerptClick: () => void;
  commentRef: RefObject<HTMLTextAreaElement | null>;
}

const draftWords: Record<DraftState, string | null> = {
  idle: null,
  saving: t.findings.draftSaving,
  saved: t.findings.draftSaved,
  failed: t.findings.draftFailed,
};

const longMessage = 60;

const decisions: { status: ReviewStatus; label: string; key: string }[] = [
  { status: 'confirmed', label: t.findings.confirm, key: '1' },
  { status: 'dismissed', label: t.findings.dismiss, key: '2' },
  { status: 'pending', label: t.findings.pending, key: '0' },
];

export function FindingDetail(props: FindingDetailProps) {
  const { finding, version, comment, onComment, onDecide, onSaveComment, onCellClick, commentRef } = props;
  // Only a comment that differs from the saved one is a draft worth mentioning.
  const drafting = comment !== (finding.review?.comment ?? '');
  const [saved, setSaved] = useState(false);
  const state = findingStateOf(finding);
  // Newest first: the current decision, then the earlier ones (main keeps those in `history`).
  const earlier = [...finding.history].reverse();
  const current = finding.review;
  const history = current && !earlier.some((entry) => entry.at === current.at && entry.status === current.status) ? [current, ...earlier] : earlier;

  const save = async () => {
    if (await onSaveComment()) {
      setSaved(true);
      window.setTimeout(() => setSaved(false), 2000);
    }
  };

  return (
    <section className="finding-detail" aria-label={finding.message} data-finding-id={finding.id} data-status={state}>
      <div className="detail-meta">
        <span className={`badge badge-${finding.severity}`}>{t.severity[finding.severity]}</span>
        <span className="finding-name">{findingName(finding)}</span>
        {finding.origin === 'reviewer' && <span className="tag">{t.findings.origin}</span>}
      </div>
      {/* The list shows three lines of a message; a longer one is read in full here. */}
      {finding.message.length > longMessage && <p className="detail-message">{finding.message}</p>}
      {finding.formula && (
        <p className="detail-line">
          <span className="detail-key">{t.findings.formula}</span>
          <code className="detail-formula">{finding.formula}</code>
        </p>
      )}
      <div className="decision-row" role="group" aria-label={t.findings.decision}>
        {decisions.map((decision) => (
          <button
            key={decision.status}
            type="button"
            className={`decision decision-${decision.status}${state === decision.status ? ' current' : ''}`}
            aria-pressed={state === decision.status}
            data-decision={decision.status}
            onClick={() => void onDecide(decision.status)}
          >
            {decision.label}
            <kbd aria-hidden="true">{decision.key}</kbd>
          </button>
        ))}
      </div>
      <textarea
        ref={commentRef}
        className="comment-box"
        aria-label={t.findings.comment}
        placeholder={t.findings.commentPlaceholder}
        value={comment}
        maxLength={maxCommentLength}
        rows={2}
        onChange={(event) => onComment(event.target.value)}
        onBlur={props.onCommentBlur}
      />
      <div className="comment-actions">
        {saved && <span className="saved-mark">{t.findings.saved}</span>}
        {!saved && drafting && draftWords[props.draftState] && (
          <span className={`draft-mark draft-${props.draftState}`} role="status">
            {draftWords[props.draftState]}
          </span>
        )}
        <button type="button" className="text-button" onClick={() => void save()}>
          {t.findings.saveComment}
        </button>
      </div>
      {finding.basis && (
        <p className="detail-line">
          <span className="detail-key">{t.findings.basis}</span>
          {finding.basis}
        </p>
      )}
      {finding.excerpt && (
        <p className="detail-line">
          <span className="detail-key">{t.findings.excerpt}</span>
          <button type="button" className="excerpt-button" title={t.findings.showExcerpt} onClick={props.onExcerptClick}>
            <q className="detail-excerpt">{finding.excerpt}</q>
          </button>
        </p>
      )}
      {finding.cells.length > 0 && (
        <div className="detail-line">
          <span className="detail-key">{t.findings.cells}</span>
          <span className="detail-cells">
            {finding.cells.map((id) => (
              <button key={id} type="button" className="cell-chip" title={t.findings.showCell} onClick={() => onCellClick(id)}>
                {version ? cellPlace(version, id) : id}
              </button>
            ))}
          </span>
        </div>
      )}
      <h4 className="history-title">{t.findings.history}</h4>
      {history.length === 0 ? (
        <p className="muted small">{t.findings.noHistory}</p>
      ) : (
        <ol className="history-list">
          {history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} data-status={entry.status}>
              {formatTime(entry.at)} · {entry.reviewer} · <span className={`status-text status-${entry.status}`}>{t.status[entry.status]}</span>
              {entry.comment ? ` · ${entry.comment}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
