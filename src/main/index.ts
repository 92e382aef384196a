// Composition root of the desktop app: one instance, the app's own scheme, paths, services (with the
// analyzer worker pool), IPC registration, security policy, menu and the window.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import { appMessages } from './app/app-messages';
import { resolveAppPaths } from './app/app-paths';
import { handleAppProtocol, registerAppScheme } from './app/app-protocol';
import { createMainWindow } from './app/create-window';
import { chooseReportFiles, importFromMain, importReportsWithDialog, withSaveDialog } from './app/dialogs';
import { createLaunchImports, filesOfSecondLaunch, reportFilesIn, type LaunchData } from './app/launch-files';
import { installMenu } from './app/menu';
import { withFileSaveDialog, withNoticesDialog } from './app/office-dialogs';
import { resolveRendererLocation } from './app/renderer-location';
import { installSecurityPolicy } from './app/security';
import { describeStartError, libraryFileOf, openLibraryOrAsk } from './app/start-failure';
import { createDispatcher } from './ipc/dispatch';
import { createWindowEmitter, registerIpc } from './ipc/register';
import { createAnalyzerPool } from './services/analyzer-pool';
import { createServices } from './services/create-services';
import type { ServiceHandlers } from './services/service-handlers';
import { hasLastGoodCopy, keepLastGoodCopy, restoreLastGoodCopy } from './storage/last-good-copy';

// A library of its own for tests and portable use; must be set before the app is ready.
if (process.env.NIANBAO_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.NIANBAO_USER_DATA_DIR));

const paths = resolveAppPaths(import.meta.dirname);
const location = resolveRendererLocation({ devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL });
const launchImports = createLaunchImports();

let mainWindow: BrowserWindow | null = null;
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function openWindow(): BrowserWindow {
  const window = createMainWindow({ location, preloadPath: paths.preload });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  return window;
}

function focusWindow(): void {
  const window = getWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  handleAppProtocol(protocol, paths.rendererRoot);
  const analyzer = createAnalyzerPool({ size: Math.max(1, Math.min(4, availableParallelism() - 1)), workerUrl: paths.analyzeWorker });
  const library = await openLibraryOrAsk(
    path.join(app.getPath('userData'), 'library'),
    (dataDir) => createServices({ dataDir, analyzer, noticeWorker: { url: paths.noticeWorker } }),
    { dialog, lastGoodCopy: { has: hasLastGoodCopy, restore: restoreLastGoodCopy } },
  );
  if (!library) {
    await analyzer.close();
    app.exit(1);
    return;
  }
  const services = library.opened;
  const emit = createWindowEmitter(getWindow);
  const handlers: ServiceHandlers = {
    ...services,
    'export.reports': withSaveDialog(dialog, services['export.reports'], getWindow),
    'export.notices': withNoticesDialog(services['export.notices'], getWindow),
    'summary.export': withFileSaveDialog(services['summary.export'], getWindow, ({ format }) =>
      format === 'docx'
        ? { title: '导出汇总', extension: 'docx', filterName: 'Word 文档' }
        : { title: '导出汇总', extension: 'xlsx', filterName: 'Excel 工作簿' },
    ),
    'summary.chart': withFileSaveDialog(services['summary.chart'], getWindow, () => ({
      title: '保存图表',
      extension: 'png',
      filterName: 'PNG 图片',
    })),
  };
  const dispatch = createDispatcher(handlers, emit);
  // Main imports; the renderer follows through the batch's import.progress events.
  const importInBackground = (files: readonly string[]): void => {
    importFromMain(dialog, getWindow(), files, handlers['library.import'], { emit }).catch((error: unknown) =>
      console.error('导入时出错', error),
    );
  };

  registerIpc({
    dispatch,
    isAppUrl: location.isAppUrl,
    importWithDialog: () => importReportsWithDialog(dialog, getWindow(), handlers['library.import'], { emit }),
  });
  installMenu(
    {
      getWindow,
      isDevelopment: !app.isPackaged,
      importReports: () => {
        chooseReportFiles(dialog, getWindow()).then(importInBackground, (error: unknown) => console.error('无法打开导入对话框', error));
      },
      requestExport: () => emit('menu.command', { command: 'export' }),
    },
    { app, dialog, Menu, platform: process.platform },
  );
  // Files given at launch are imported once the page listens for the progress events.
  openWindow().webContents.once('did-finish-load', () => launchImports.ready(importInBackground));

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Pending writes finish and the workers stop before the app goes; then the quit goes on as usual
  // (windows close normally, so their size and position are saved).
  let servicesClosed = false;
  let closing: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    if (servicesClosed) return;
    event.preventDefault();
    if (closing) return;
    closing = services
      .close()
      // What this session wrote becomes the copy to fall back on.
      .then(() => keepLastGoodCopy(libraryFileOf(library.dataDir)))
      .catch((error: unknown) => console.error('关闭服务时出错', error))
      .finally(() => {
        servicesClosed = true;
        app.quit();
      });
  });
}

// One process per library: a second launch hands its files to the first and quits.
const launchData: LaunchData = { files: reportFilesIn(process.argv, process.cwd()) };
if (!app.requestSingleInstanceLock(launchData)) {
  app.quit();
} else {
  registerAppScheme(protocol);
  installSecurityPolicy(location.isAppUrl, { app, whenSessionReady: () => app.whenReady().then(() => session.defaultSession) });
  launchImports.add(launchData.files);
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    focusWindow();
    launchImports.add(filesOfSecondLaunch(argv, workingDirectory, additionalData));
  });
  // macOS hands files over as events (Finder's "open with", a file dropped on the Dock icon).
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    launchImports.add(reportFilesIn([filePath], process.cwd()));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('年报审查台启动失败', error);
    dialog.showErrorBox(appMessages.startFailedTitle, describeStartError(error));
    app.exit(1);
  });
}
