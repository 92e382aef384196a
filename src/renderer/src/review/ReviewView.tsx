// The review screen: the original on the left, the tables and findings on the right.
import { useCallback, useEffect, useRef, useState } from 'react';
import { cellPlace } from '../../../main/domain/template/definitions';
import type { ReportId, ReviewStatus } from '../../../shared/ipc-contract';
import type { CellId, Severity } from '../../../shared/report';
import { reportName } from '../common/format';
import { scrollWithin } from '../common/scroll';
import { useNotices } from '../common/notice-context';
import type { ExportTarget } from '../export/export-target';
import { t } from '../i18n/zh-CN';
import { AddFindingDialog } from './annotation/AddFindingDialog';
import { CorrectCellDialog } from './annotation/CorrectCellDialog';
import { DocumentPane } from './document/DocumentPane';
import { isDecided } from './findings/finding-state';
import { FindingsPanel } from './findings/FindingsPanel';
import { ReviewHeader } from './ReviewHeader';
import { ShortcutHelp } from './ShortcutHelp';
import { SplitHandle, useDocumentWidth } from './SplitHandle';
import { CellInfo } from './tables/CellInfo';
import { ReportTables } from './tables/ReportTables';
import { useDocumentSelection } from './use-document-selection';
import { useReport } from './use-report';
import { useReviewKeys } from './use-review-keys';
import { useReviewSelection } from './use-review-selection';

interface ReviewViewProps {
  reportId: ReportId;
  onBack: () => void;
  onExport: () => void;
  /** Keeps the shell's 导出 (button, menu) told what exporting this report covers. */
  onExportTarget: (target: ExportTarget) => void;
}

type OpenDialog =
  { kind: 'add'; excerpt: string | null } | { kind: 'correct'; cellId: CellId } | { kind: 'help' } | null;

export function ReviewView({ reportId, onBack, onExport, onExportTarget }: ReviewViewProps) {
  const notices = useNotices();
  const session = useReport(reportId);
  const { detail } = session;
  const selection = useReviewSelection(detail);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const paneRef = useRef<HTMLDivElement>(null);
  const tablesRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [documentWidth, setDocumentWidth] = useDocumentWidth();
  const documentSelection = useDocumentSelection(paneRef);
  const version = detail?.summary.template ?? null;
  const finding = selection.finding;
  const comment = finding ? (drafts[finding.id] ?? finding.review?.comment ?? '') : '';

  useEffect(() => {
    if (detail) document.title = `${reportName(detail.summary)} · ${t.app.name}`;
    return () => {
      document.title = t.app.name;
    };
  }, [detail]);

  const pending = selection.findings.some((each) => !each.resolved && !isDecided(each));
  useEffect(
    () => onExportTarget({ reportIds: [reportId], unreviewed: pending ? 1 : 0 }),
    [onExportTarget, reportId, pending],
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
      if (ok) setDrafts(({ [finding.id]: _saved, ...rest }) => rest);
      return ok;
    },
    [finding, comment, session],
  );
  const saveComment = useCallback(() => decide(finding?.review?.status ?? 'pending'), [decide, finding]);

  const openAdd = () =>
    setDialog({ kind: 'add', excerpt: selection.cells.length > 0 ? null : documentSelection.current });
  const openCorrect = () => {
    const only = selection.cells.length === 1 ? selection.cells[0] : undefined;
    if (only) setDialog({ kind: 'correct', cellId: only });
  };

  useReviewKeys({
    move: selection.move,
    decide: (status) => void decide(status),
    focusComment: () => commentRef.current?.focus(),
    focusSearch: () => searchRef.current?.focus(),
    toggleHelp: () => setDialog((current) => (current?.kind === 'help' ? null : { kind: 'help' })),
    back: onBack,
  });

  const addFinding = async (message: string, severity: Severity) => {
    const excerpt = dialog?.kind === 'add' ? dialog.excerpt : null;
    const added = await session.addFinding(selection.cells, message, severity, excerpt);
    if (added) selection.selectFinding(added.id, added);
    return added !== null;
  };

  const correct = async (cellId: CellId, value: number | null) => {
    const ok = await session.correctCell(cellId, value);
    if (ok && version) notices.info(t.annotate.correctedNotice(cellPlace(version, cellId)));
    return ok;
  };

  return (
    <div className="review" data-state={session.status} data-report-id={reportId}>
      <ReviewHeader
        detail={detail}
        findings={selection.findings}
        onBack={onBack}
        onExport={onExport}
        onHelp={() => setDialog({ kind: 'help' })}
      />
      {session.status === 'loading' && (
        <div className="centered loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t.review.loading}
        </div>
      )}
      {session.status === 'error' && <div className="centered error-text">{session.error}</div>}
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
              onConfirmValue={(findingId) => void session.setStatus(findingId, 'dismissed', t.tables.ocrValueRightComment)}
            />
            <div ref={tablesRef} className="tables-scroll">
              <ReportTables
                detail={detail}
                inFinding={selection.inFinding}
                selected={selection.cellSet}
                onSelect={selection.selectCell}
              />
            </div>
          </section>
          <FindingsPanel
            findings={selection.findings}
            selected={finding}
            version={version}
            comment={comment}
            onComment={(text) => finding && setDrafts((current) => ({ ...current, [finding.id]: text }))}
            onSelect={selection.selectFinding}
            onDecide={decide}
            onSaveComment={saveComment}
            onCellClick={(id) => selection.selectCell(id, false)}
            onAdd={openAdd}
            commentRef={commentRef}
          />
        </div>
      )}
      {dialog?.kind === 'help' && <ShortcutHelp onClose={() => setDialog(null)} />}
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
