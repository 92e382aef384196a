// The review screen: the original on the left, the tables and findings on the right.
import { useCallback, useEffect, useRef, useState } from 'react';
import { cellPlace } from '../../../main/domain/template/definitions';
import type { ReportId, ReportSummary, ReviewStatus } from '../../../shared/ipc-contract';
import { findingStateOf, isReportReviewed } from '../../../shared/review-state';
import type { CellId, Severity } from '../../../shared/report';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { reportName } from '../common/format';
import { useReviewer } from '../common/reviewer-context';
import { scrollWithin } from '../common/scroll';
import type { ExportTarget } from '../export/export-target';
import { t } from '../i18n/zh-CN';
import { AddFindingDialog } from './annotation/AddFindingDialog';
import { CorrectCellDialog } from './annotation/CorrectCellDialog';
import { DocumentPane } from './document/DocumentPane';
import { FindingsPanel } from './findings/FindingsPanel';
import { ReviewHeader } from './ReviewHeader';
import { ShortcutHelp } from './ShortcutHelp';
import { SplitHandle, useDocumentWidth } from './SplitHandle';
import { CellInfo } from './tables/CellInfo';
import { ReportTables } from './tables/ReportTables';
import { useDocumentSelection } from './use-document-selection';
import { useDrafts } from './use-drafts';
import { useReport } from './use-report';
import { useReviewKeys } from './use-review-keys';
import { useReviewSelection } from './use-review-selection';

interface ReviewViewProps {
  reportId: ReportId;
  /** The finding to select once the report is open (from the address). */
  findingId: string | null;
  /** Every version of this report, oldest first; null when it has one. */
  versions: ReportSummary[] | null;
  onBack: () => void;
  onOpen: (id: ReportId) => void;
  /** Keeps the address told which finding is selected. */
  onFinding: (findingId: string | null) => void;
  /** The library's summaries changed (审查完毕). */
  onChanged: () => void;
  onExport: () => void;
  /** Keeps the shell's 导出 (button, menu) told what exporting this report covers. */
  onExportTarget: (target: ExportTarget) => void;
}

type OpenDialog =
  | { kind: 'add'; excerpt: string | null }
  | { kind: 'correct'; cellId: CellId }
  | { kind: 'help' }
  | { kind: 'done'; unreviewed: number; pending: number }
  | null;

export function ReviewView(props: ReviewViewProps) {
  const { reportId, onBack, onFinding, onExportTarget } = props;
  const reviewer = useReviewer();
  const session = useReport(reportId);
  const { detail } = session;
  const selection = useReviewSelection(detail);
  const drafts = useDrafts(reportId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const tablesRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [documentWidth, setDocumentWidth] = useDocumentWidth();
  const documentSelection = useDocumentSelection(paneRef);
  const version = detail?.summary.template ?? null;
  const finding = selection.finding;
  const comment = finding ? drafts.textOf(finding) : '';

  useEffect(() => {
    if (detail) document.title = `${reportName(detail.summary)} · ${t.app.name}`;
    return () => {
      document.title = t.app.name;
    };
  }, [detail]);

  // The finding named in the address is selected once the report is open; later selections go back there.
  const restored = useRef(false);
  const { selectFinding } = selection;
  useEffect(() => {
    if (restored.current || !detail) return;
    restored.current = true;
    if (props.findingId) selectFinding(props.findingId);
  }, [detail, props.findingId, selectFinding]);
  useEffect(() => {
    if (restored.current && detail) onFinding(finding?.id ?? null);
  }, [finding?.id, detail, onFinding]);

  const completed = detail ? isReportReviewed(detail.summary) : false;
  useEffect(
    () => onExportTarget({ reportIds: [reportId], unreviewed: completed ? 0 : 1 }),
    [onExportTarget, reportId, completed],
  );

  // Bring the selected finding's first cell into view in the tables.
  const firstCell = finding?.cells[0];
  useEffect(() => {
    if (!firstCell) return;
    const container = tablesRef.current;
    const cell = container?.querySelector(`[data-cell-id="${CSS.escape(firstCell)}"]`);
    if (container && cell) scrollWithin(container, cell, { block: 'center' });
  }, [finding?.id, firstCell]);

  const decide = useCallback(
    async (status: ReviewStatus) => {
      if (!finding) return false;
      const ok = await session.setStatus(finding.id, status, comment);
      // The comment is saved with the decision: its draft is done.
      if (ok) drafts.settled(finding.id);
      return ok;
    },
    [finding, comment, session, drafts],
  );
  const saveComment = useCallback(() => decide(finding?.review?.status ?? 'pending'), [decide, finding]);
  // 1/2/0: decide, then (by default) move on to the next 未处理 finding.
  const decideByKey = async (status: ReviewStatus) => {
    if ((await decide(status)) && reviewer.autoAdvance) selection.nextUnreviewed();
  };

  const leave = () => {
    drafts.flush();
    onBack();
  };

  const markDone = async (confirmed = false) => {
    if (!detail) return;
    if (completed) {
      if (await session.markReviewed(false)) props.onChanged();
      return;
    }
    const open = selection.findings.filter((entry) => !entry.resolved);
    const unreviewed = open.filter((entry) => findingStateOf(entry) === 'unreviewed').length;
    const pending = open.filter((entry) => findingStateOf(entry) === 'pending').length;
    if (!confirmed && unreviewed + pending > 0) {
      setDialog({ kind: 'done', unreviewed, pending });
      return;
    }
    setDialog(null);
    if (await session.markReviewed(true)) props.onChanged();
  };

  const openAdd = () =>
    setDialog({ kind: 'add', excerpt: selection.cells.length > 0 ? null : documentSelection.current });
  const openCorrect = () => {
    const only = selection.cells.length === 1 ? selection.cells[0] : undefined;
    if (only) setDialog({ kind: 'correct', cellId: only });
  };

  useReviewKeys({
    move: selection.move,
    decide: (status) => void decideByKey(status),
    focusComment: () => {
      // The cursor goes after what is already written: new words are added, not put in front.
      const box = commentRef.current;
      box?.focus();
      box?.setSelectionRange(box.value.length, box.value.length);
    },
    focusSearch: () => searchRef.current?.focus(),
    toggleHelp: () => setDialog((current) => (current?.kind === 'help' ? null : { kind: 'help' })),
    back: leave,
  });

  const addFinding = async (message: string, severity: Severity) => {
    const excerpt = dialog?.kind === 'add' ? dialog.excerpt : null;
    const added = await session.addFinding(selection.cells, message, severity, excerpt);
    if (added) selection.selectFinding(added.id, added);
    return added !== null;
  };

  const correct = async (cellId: CellId, value: number | null) => {
    const checked = await session.correctCell(cellId, value);
    // Said beside the cell information, not in a notice over the tables.
    const markWithdrawn = completed && checked !== null && !isReportReviewed(checked.summary);
    if (checked && version) setCorrected(t.annotate.correctedNotice(cellPlace(version, cellId), markWithdrawn));
    return checked !== null;
  };

  return (
    <div className="review" data-state={session.status} data-report-id={reportId}>
      <ReviewHeader
        detail={detail}
        findings={selection.findings}
        versions={props.versions}
        onBack={leave}
        onOpen={(id) => {
          drafts.flush();
          props.onOpen(id);
        }}
        onMarkDone={() => void markDone()}
        onExport={props.onExport}
        onHelp={() => setDialog({ kind: 'help' })}
      />
      {session.status === 'loading' && (
        <div className="centered loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t.review.loading}
        </div>
      )}
      {session.status === 'error' && <div className="centered error-text">{session.error}</div>}
      {detail?.summary.error && (
        <p className="review-unreadable" role="alert">
          {t.review.unreadable(detail.summary.error)}
        </p>
      )}
      {detail && (
        <div
          ref={bodyRef}
          className="review-body"
          style={
            documentWidth
              ? { gridTemplateColumns: `${documentWidth}px minmax(400px, 1fr) var(--findings-width)` }
              : undefined
          }
        >
          <div ref={paneRef} className="review-doc">
            <DocumentPane
              original={session.original}
              loadError={session.originalError}
              targets={selection.targets}
              unlocated={selection.unlocated}
              searchRef={searchRef}
              document={detail?.document}
            />
            <SplitHandle container={bodyRef} pane={paneRef} onResize={setDocumentWidth} />
          </div>
          <section className="tables-pane" aria-label={t.review.tablesLabel}>
            <CellInfo
              detail={detail}
              selected={selection.cells}
              onCorrect={openCorrect}
              onConfirmValue={(findingId) =>
                void session.setStatus(findingId, 'dismissed', t.tables.ocrValueRightComment, true)
              }
              notice={corrected}
            />
            <div ref={tablesRef} className="tables-scroll">
              <ReportTables
                detail={detail}
                inFinding={selection.inFinding}
                selected={selection.cellSet}
                onSelect={(id, additive) => {
                  setCorrected(null);
                  selection.selectCell(id, additive);
                }}
              />
            </div>
          </section>
          <FindingsPanel
            detail={detail}
            findings={selection.findings}
            selected={finding}
            version={version}
            comment={comment}
            draftState={drafts.state}
            onComment={(text) => finding && drafts.change(finding.id, text)}
            onCommentBlur={drafts.flush}
            onSelect={(id) => {
              drafts.flush();
              selection.selectFinding(id);
            }}
            onDecide={decide}
            onSaveComment={saveComment}
            onCellClick={(id) => selection.selectCell(id, false)}
            onExcerptClick={selection.showExcerpt}
            onOpen={props.onOpen}
            onAdd={openAdd}
            commentRef={commentRef}
          />
        </div>
      )}
      {dialog?.kind === 'help' && <ShortcutHelp onClose={() => setDialog(null)} />}
      {dialog?.kind === 'done' && (
        <ConfirmDialog
          title={t.review.confirmDoneTitle}
          message={t.review.confirmDone(dialog.unreviewed, dialog.pending)}
          confirmLabel={t.review.markDone}
          onConfirm={() => void markDone(true)}
          onCancel={() => setDialog(null)}
          tone="primary"
        />
      )}
      {dialog?.kind === 'add' && (
        <AddFindingDialog
          cellPlaces={selection.cells.map((id) => (version ? cellPlace(version, id) : id))}
          excerpt={dialog.excerpt}
          onSubmit={addFinding}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'correct' && detail && (
        <CorrectCellDialog
          place={version ? cellPlace(version, dialog.cellId) : dialog.cellId}
          current={
            [...detail.corrections].reverse().find((entry) => entry.cellId === dialog.cellId)?.corrected ??
            detail.cells[dialog.cellId]?.value ??
            null
          }
          raw={detail.cells[dialog.cellId]?.raw ?? ''}
          onSubmit={(value) => correct(dialog.cellId, value)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
