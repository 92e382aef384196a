// The IPC sender check: only the top frame of the app's own page reaches the services. Electron's
// ipcMain is replaced by a recorder; the frames are plain objects shaped like Electron's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveRendererLocation } from '../../../src/main/app/renderer-location';

type Handler = (event: unknown, raw?: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc, importWithDialogChannel } = await import('../../../src/main/ipc/register');

const appUrl = 'nianbao://app/index.html';
const top = (url: string) => ({ senderFrame: { url, parent: null } });
const child = (url: string) => ({ senderFrame: { url, parent: { url: appUrl } } });

describe('IPC sender check', () => {
  const dispatch = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
  const importWithDialog = vi.fn(async () => ({ ok: true as const, value: [] }));

  beforeEach(() => {
    handlers.clear();
    dispatch.mockClear();
    importWithDialog.mockClear();
    registerIpc({ dispatch: dispatch as never, isAppUrl: resolveRendererLocation({}).isAppUrl, importWithDialog });
  });

  it('serves the top frame of the app page, on every channel', async () => {
    expect(await handlers.get('library.list')!(top(`${appUrl}?x=1`), {})).toEqual({ ok: true, value: 'library.list' });
    expect(await handlers.get(importWithDialogChannel)!(top(appUrl))).toEqual({ ok: true, value: [] });
    expect(dispatch).toHaveBeenCalledWith('library.list', {});
  });

  it.each([
    ['a frame inside the app page', child(appUrl)],
    ['the same files over file:// (upper-case drive)', top('file:///C:/Program%20Files/nianbao/resources/app.asar/out/renderer/index.html')],
    ['the same files over file:// (lower-case drive)', top('file:///c:/Program Files/nianbao/resources/app.asar/out/renderer/index.html')],
    ['another page of the app scheme', top('nianbao://app/assets/x.html')],
    ['a web page', top('https://example.com/')],
    ['a sender without frame (destroyed)', { senderFrame: null }],
  ])('refuses %s', async (_name, event) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const forbidden = { ok: false, error: { code: 'forbidden', message: '拒绝访问：请求不是来自审查台窗口。' } };
    expect(await handlers.get('report.get')!(event, { reportId: 'x' })).toEqual(forbidden);
    expect(await handlers.get(importWithDialogChannel)!(event)).toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
    expect(importWithDialog).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
