// Builds window.api from the contract's channel names and nothing else. Runs sandboxed:
// only `electron` may be imported at run time (the contract's constants are bundled in).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, type Api, type Channel, type PushEvent, type PushEvents } from '../shared/ipc-contract';

/** The one private channel besides the contract: main opens the file dialog (see src/main/ipc/register.ts). */
const importWithDialogChannel = 'dialog.importReports';

// Every push event name, checked both ways against the PushEvents type.
const pushEventNames = {
  'import.progress': true,
  'import.fileProgress': true,
  'export.progress': true,
  'menu.command': true,
} satisfies Record<PushEvent, true>;

const channelSet: ReadonlySet<string> = new Set(channels);
const isChannel = (value: unknown): value is Channel => typeof value === 'string' && channelSet.has(value);
const isPushEvent = (value: unknown): value is PushEvent => typeof value === 'string' && Object.hasOwn(pushEventNames, value);

const api: Api = {
  platform: 'desktop',

  invoke(channel, request) {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid_request', message: `请求格式不正确：未知的通道“${String(channel)}”` } });
    }
    return ipcRenderer.invoke(channel, request);
  },

  on<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void) {
    if (!isPushEvent(event)) throw new Error(`未知的推送事件：${String(event)}`);
    // Never hand the IpcRendererEvent (and its sender) to the page.
    const forward = (_event: IpcRendererEvent, payload: PushEvents[E]): void => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },

  importWithDialog: () => ipcRenderer.invoke(importWithDialogChannel),
};

contextBridge.exposeInMainWorld('api', api);
