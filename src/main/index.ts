// Composition root of the desktop app: paths, services (with the analyzer worker pool),
// IPC registration, security policy, menu and the window.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createMainWindow } from './app/create-window';
import { importReportsWithDialog, withSaveDialog } from './app/dialogs';
import { installMenu } from './app/menu';
import { withFileSaveDialog, withNoticesDialog } from './app/office-dialogs';
import { resolveRendererLocation } from './app/renderer-location';
import { installSecurityPolicy } from './app/security';
import { createDispatcher } from './ipc/dispatch';
import { createWindowEmitter, registerIpc } from './ipc/register';
import { createAnalyzerPool } from './services/analyzer-pool';
import { createServices } from './services/create-services';
import type { ServiceHandlers } from './services/service-handlers';
import workerPath from './services/analyze-worker?modulePath';
import noticeWorkerPath from './services/export/notice-worker?modulePath';

// A library of its own for tests and portable use; must be set before the app is ready.
if (process.env.NIANBAO_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.NIANBAO_USER_DATA_DIR));

const location = resolveRendererLocation({
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  indexHtmlPath: path.join(import.meta.dirname, '../renderer/index.html'),
});
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');

installSecurityPolicy(location.isAppUrl);

let mainWindow: BrowserWindow | null = null;
const getWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function openWindow(): void {
  mainWindow = createMainWindow({ location, preloadPath });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const analyzer = createAnalyzerPool({ size: Math.max(1, Math.min(4, availableParallelism() - 1)), workerUrl: workerPath });
  const services = await createServices({
    dataDir: path.join(app.getPath('userData'), 'library'),
    analyzer,
    noticeWorker: { url: noticeWorkerPath },
  });
  const emit = createWindowEmitter(getWindow);
  const handlers: ServiceHandlers = {
    ...services,
    'export.reports': withSaveDialog(services['export.reports'], getWindow),
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
  const importWithDialog = () => importReportsWithDialog(getWindow(), handlers['library.import'], { emit });

  registerIpc({ dispatch, isAppUrl: location.isAppUrl, importWithDialog });
  installMenu({
    getWindow,
    isDevelopment: !app.isPackaged,
    // Main imports; the renderer follows through the batch's import.progress events.
    importReports: () => {
      importWithDialog().then(
        (result) => {
          if (!result.ok) dialog.showErrorBox('导入失败', result.error.message);
        },
        (error: unknown) => console.error('通过菜单导入时出错', error),
      );
    },
    requestExport: () => emit('menu.command', { command: 'export' }),
  });
  openWindow();

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
      .catch((error: unknown) => console.error('关闭服务时出错', error))
      .finally(() => {
        servicesClosed = true;
        app.quit();
      });
  });
}

if (!app.requestSingleInstanceLock()) {
  // One process per library: a second launch focuses the first window instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('年报审查台启动失败', error);
    app.exit(1);
  });
}
