// Right column: the findings list, 添加问题, 与上年对比, and the selected finding's detail and actions.
import type { RefObject } from 'react';
import type { ReportDetail, ReportId, ReviewedFinding, ReviewStatus } from '../../../../shared/ipc-contract';
import type { CellId, TemplateVersion } from '../../../../shared/report';
import { useReviewer } from '../../common/reviewer-context';
import { t } from '../../i18n/zh-CN';
import type { DraftState } from '../use-drafts';
import { ComparisonNote } from './ComparisonNote';
import { FindingDetail } from './FindingDetail';
import { FindingsList } from './FindingsList';

interface FindingsPanelProps {
  detail: ReportDetail;
  findings: ReviewedFinding[];
  selected: ReviewedFinding | null;
  version: TemplateVersion | null;
  comment: string;
  draftState: DraftState;
  onComment: (comment: string) => void;
  onCommentBlur: () => void;
  onSelect: (id: string) => void;
  onDecide: (status: ReviewStatus) => Promise<boolean>;
  onSaveComment: () => Promise<boolean>;
  onCellClick: (id: CellId) => void;
  onExcerptClick: () => void;
  onOpen: (id: ReportId) => void;
  onAdd: () => void;
  commentRef: RefObject<HTMLTextAreaElement | null>;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const { findings, selected } = props;
  const reviewer = useReviewer();
  const open = findings.filter((finding) => !finding.resolved).length;
  return (
    <section className="findings-pane" aria-label={t.findings.title}>
      <div className="pane-toolbar">
        <h2 className="pane-title">
          {t.findings.title} <span className="count-pill">{open}</span>
        </h2>
        <span className="spacer" />
        <button type="button" className="text-button" onClick={props.onAdd}>
          <span aria-hidden="true">+ </span>
          {t.annotate.addFinding}
        </button>
      </div>
      <div className="findings-options">
        <label className="check-label small">
          <input
            type="checkbox"
            checked={reviewer.autoAdvance}
            onChange={(event) => reviewer.setAutoAdvance(event.target.checked)}
          />
          {t.findings.autoAdvance}
        </label>
      </div>
      <ComparisonNote detail={props.detail} onOpen={props.onOpen} />
      <div className="findings-scroll">
        <FindingsList findings={findings} selectedId={selected?.id ?? null} onSelect={props.onSelect} />
      </div>
      <div className="detail-scroll">
        {selected ? (
          <FindingDetail
            key={selected.id}
            finding={selected}
            version={props.version}
            comment={props.comment}
            draftState={props.draftState}
            onComment={props.onComment}
            onCommentBlur={props.onCommentBlur}
            onDecide={props.onDecide}
            onSaveComment={props.onSaveComment}
            onCellClick={props.onCellClick}
            onExcerptClick={props.onExcerptClick}
            commentRef={props.commentRef}
          />
        ) : (
          <p className="muted detail-hint">{t.findings.selectHint}</p>
        )}
      </div>
    </section>
  );
}
