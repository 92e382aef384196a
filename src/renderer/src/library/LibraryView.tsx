// The library screen: search and filters, the report table, and failed imports apart.
import { useEffect, useRef, useState } from 'react';
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { agencyName } from '../common/format';
import { isShortcutEvent } from '../common/keyboard';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { FailedReports, type UnkeptFailure } from './FailedReports';
import { LibraryFilters } from './LibraryFilters';
import { LibraryTable } from './LibraryTable';
import type { Library } from './use-library';
import type { LibraryView as LibraryViewState } from './use-library-view';

interface LibraryViewProps {
  library: Library;
  view: LibraryViewState;
  onOpen: (id: ReportId) => void;
  /** The report last opened: focused again on return, so the reviewer keeps their place. */
  focusId: ReportId | null;
  /** Files of this session that failed before reaching the library. */
  unkept: UnkeptFailure[];
  onRemoveUnkept: (key: number) => void;
}

export function LibraryView({ library, view, onOpen, focusId, unkept, onRemoveUnkept }: LibraryViewProps) {
  const notices = useNotices();
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [deleting, setDeleting] = useState<ReportSummary | null>(null);

  // "/" jumps to the search box, as everywhere else in the app.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && isShortcutEvent(event)) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const confirmDelete = async () => {
    if (!deleting) return;
    const report = deleting;
    setDeleting(null);
    if (await library.remove(report.id)) notices.info(t.library.deleted(agencyName(report)));
  };

  const total = library.readable.length;
  const completed = library.readable.filter((report) => report.completed).length;
  return (
    <div className="library">
      <div className="library-toolbar">
        <LibraryFilters query={view.query} options={view.options} onChange={view.setQuery} searchRef={searchRef} />
        <div className="library-count">
          <span>{t.library.count(view.visible.length, total)}</span>
          {total > 0 && (
            <span className="count-pill count-done" data-completed={completed}>
              {t.library.countReviewed(completed, total)}
            </span>
          )}
          {view.selection.size > 0 && (
            <>
              <span className="count-pill">{t.library.selected(view.selection.size)}</span>
              <button type="button" className="link-button" onClick={view.clearSelection}>
                {t.library.clearSelection}
              </button>
            </>
          )}
        </div>
      </div>
      <div ref={scrollRef} className="library-scroll">
        {library.loaded && total === 0 && library.failed.length === 0 && unkept.length === 0 ? (
          <div className="empty-state">
            <div className="empty-icon" aria-hidden="true">
              ⇩
            </div>
            <h2>{t.library.emptyTitle}</h2>
            <p>{t.library.emptyHint}</p>
          </div>
        ) : (
          <>
            {total > 0 && (
              <LibraryTable
                reports={view.visible}
                sort={view.query.sort}
                onSort={view.sortBy}
                selection={view.selection}
                onToggle={view.toggle}
                onToggleAll={view.toggleAll}
                onOpen={onOpen}
                onDelete={setDeleting}
                scrollRef={scrollRef}
                focusId={focusId}
                versions={library.versions}
              />
            )}
            {total > 0 && view.visible.length === 0 && <p className="no-match">{t.library.noMatch}</p>}
            <FailedReports
              reports={library.failed}
              unkept={unkept}
              onDelete={setDeleting}
              onRemove={onRemoveUnkept}
            />
          </>
        )}
      </div>
      {deleting && (
        <ConfirmDialog
          title={t.library.confirmDeleteTitle}
          message={t.library.confirmDelete(deleting.agency, deleting.year, deleting.fileName)}
          confirmLabel={t.library.delete}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
