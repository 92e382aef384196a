// The window: library / coverage tabs or one report under review, with import, export and notices
// available everywhere.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ReportId } from '../../../shared/ipc-contract';
import { CoverageView } from '../coverage/CoverageView';
import { ExportDialog } from '../export/ExportDialog';
import { libraryExportTarget, type ExportTarget } from '../export/export-target';
import { t } from '../i18n/zh-CN';
import { DropOverlay } from '../import/DropOverlay';
import { acceptAttribute } from '../import/file-types';
import { ImportPanel } from '../import/ImportPanel';
import { useImport } from '../import/use-import';
import { LibraryView } from '../library/LibraryView';
import { useLibrary } from '../library/use-library';
import { useLibraryView } from '../library/use-library-view';
import { ReviewView } from '../review/ReviewView';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useOffice } from '../settings/use-office';
import { SummaryView } from '../summary/SummaryView';
import type { ChartTarget } from '../../../shared/charts/index';
import { TopBar, type Tab } from './TopBar';
import { useMenuCommands } from './use-menu-commands';

type Screen = { kind: Tab } | { kind: 'review'; reportId: ReportId; from: Tab };

export function Shell() {
  const library = useLibrary();
  const view = useLibraryView(library.readable);
  const [screen, setScreen] = useState<Screen>({ kind: 'library' });
  const [exportTarget, setExportTarget] = useState<ExportTarget | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const office = useOffice();
  // The report under review counts its own findings (the library summaries are refreshed on return).
  const reviewTarget = useRef<ExportTarget | null>(null);
  const [lastOpened, setLastOpened] = useState<ReportId | null>(null);
  const { reload } = library;
  const importer = useImport(reload);

  const open = useCallback((id: ReportId) => {
    setScreen((current) => ({
      kind: 'review',
      reportId: id,
      from: current.kind === 'coverage' ? 'coverage' : 'library',
    }));
    setLastOpened(id);
  }, []);

  // A bar of the 汇总 clicked: the library shows the reports behind it.
  const { setQuery, query } = view;
  const showInLibrary = useCallback(
    (target: ChartTarget) => {
      setQuery({ ...query, focus: target });
      setScreen({ kind: 'library' });
    },
    [setQuery, query],
  );

  const back = useCallback(() => {
    setScreen((current) => (current.kind === 'review' ? { kind: current.from } : current));
    void reload(); // review counts changed
  }, [reload]);

  const startExport = () => {
    if (exportTarget) return; // the open dialog keeps the reports it was opened for
    if (screen.kind !== 'review') setExportTarget(libraryExportTarget(view.exportIds, library.readable));
    else {
      const live = reviewTarget.current;
      setExportTarget(
        live?.reportIds[0] === screen.reportId
          ? live
          : libraryExportTarget([screen.reportId], library.readable),
      );
    }
  };
  const onReviewTarget = useCallback((target: ExportTarget) => {
    reviewTarget.current = target;
  }, []);
  useMenuCommands({ import: importer.openPicker, export: startExport });

  // Tests and tools wait for this: the library has answered.
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-ready', String(library.loaded));
  }, [library.loaded]);

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    importer.importFiles(Array.from(event.target.files ?? []));
    event.target.value = '';
  };

  return (
    <div className="app" data-ready={library.loaded ? 'true' : 'false'} data-view={screen.kind}>
      {screen.kind !== 'review' && (
        <TopBar
          tab={screen.kind}
          onTab={(tab) => setScreen({ kind: tab })}
          onImport={importer.openPicker}
          onExport={startExport}
          onSettings={() => setSettingsOpen(true)}
          importing={importer.running}
        />
      )}
      <main className="app-main" id="main-panel" role={screen.kind === 'review' ? undefined : 'tabpanel'}>
        {!library.loaded && <div className="centered muted">{t.app.loading}</div>}
        {library.loaded && screen.kind === 'library' && (
          <LibraryView library={library} view={view} onOpen={open} focusId={lastOpened} />
        )}
        {library.loaded && screen.kind === 'coverage' && (
          <CoverageView version={library.version} onOpen={open} />
        )}
        {library.loaded && screen.kind === 'summary' && (
          <SummaryView
            scopeIds={view.exportIds}
            allIds={library.readable.map((report) => report.id)}
            scopeKind={view.selection.size > 0 ? 'selected' : 'filtered'}
            version={library.version}
            onPick={showInLibrary}
          />
        )}
        {screen.kind === 'review' && (
          <ReviewView
            key={screen.reportId}
            reportId={screen.reportId}
            onBack={back}
            onExport={startExport}
            onExportTarget={onReviewTarget}
          />
        )}
      </main>
      <ImportPanel items={importer.items} running={importer.running} onDismiss={importer.dismiss} />
      <DropOverlay onFiles={importer.importFiles} />
      <input
        ref={importer.inputRef}
        type="file"
        multiple
        accept={acceptAttribute}
        hidden
        onChange={onPicked}
        data-testid="import-input"
      />
      {exportTarget && (
        <ExportDialog
          target={exportTarget}
          onClose={() => setExportTarget(null)}
          onSettings={() => {
            setExportTarget(null);
            setSettingsOpen(true);
          }}
        />
      )}
      {settingsOpen && office.profile && <SettingsDialog profile={office.profile} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
