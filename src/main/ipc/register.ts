// Electron transport of the contract: one ipcMain.handle per channel, sender checked first,
// then the shared dispatcher (schema + handler + Result). Pushes go out with webContents.send.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channels, type ImportOutcome, type Result } from '../../shared/ipc-contract';
import type { PushEmitter } from '../services/service-handlers';
import type { Dispatch } from './dispatch';

/** The one private channel besides the contract (keep in step with src/preload/index.ts). */
export const importWithDialogChannel = 'dialog.importReports';

export interface RegisterIpcOptions {
  dispatch: Dispatch;
  /** True only for the app's own page (packaged index.html or the dev server). */
  isAppUrl(url: string): boolean;
  importWithDialog(): Promise<Result<ImportOutcome[]>>;
}

const forbidden: Result<never> = { ok: false, error: { code: 'forbidden', message: '拒绝访问：请求不是来自审查台窗口。' } };

/** Only the top frame of the app's own page may call the services. */
function isTrustedSender(event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** Registers every channel; returns a function that removes the handlers again. */
export function registerIpc({ dispatch, isAppUrl, importWithDialog }: RegisterIpcOptions): () => void {
  const guard =
    (channel: string, run: (raw: unknown) => Promise<Result<unknown>>) =>
    async (event: IpcMainInvokeEvent, raw: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isAppUrl)) {
        console.warn(`已拒绝来自 ${event.senderFrame?.url ?? '未知页面'} 的 ${channel} 请求`);
        return forbidden;
      }
      return run(raw);
    };

  for (const channel of channels) ipcMain.handle(channel, guard(channel, (raw) => dispatch(channel, raw)));
  ipcMain.handle(
    importWithDialogChannel,
    guard(importWithDialogChannel, async () => {
      try {
        return await importWithDialog();
      } catch (error) {
        console.error('通过对话框导入时出错', error);
        return { ok: false, error: { code: 'internal', message: `内部错误：${error instanceof Error ? error.message : String(error)}` } };
      }
    }),
  );

  return () => {
    for (const channel of [...channels, importWithDialogChannel]) ipcMain.removeHandler(channel);
  };
}

/** Push events go to the app window only. */
export function createWindowEmitter(getWindow: () => BrowserWindow | null): PushEmitter {
  return (event, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(event, payload);
  };
}
