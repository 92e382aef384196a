// The one application window: locked-down web preferences, remembered bounds, shown when ready.
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import type { RendererLocation } from './renderer-location';
import { loadWindowState, trackWindowState } from './window-state';

export interface CreateWindowOptions {
  location: RendererLocation;
  preloadPath: string;
}

export function createMainWindow({ location, preloadPath }: CreateWindowOptions): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(stateFile);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 960,
    minHeight: 600,
    title: '年报审查台',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK (review): reviewed. The preload (src/preload/index.ts) runs sandboxed
      // with context isolation and exposes only window.api: invoke() on the contract's channel names, push
      // events by name (never the IpcRendererEvent), and the import dialog. No Node, no ipcRenderer, no paths.
      preload: preloadPath,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click cannot open a link in a new window (new windows are denied anyway, see security.ts).
      disableBlinkFeatures: 'Auxclick',
      // Last, so no option above or spread in later can turn it off.
      sandbox: true,
    },
  });
  trackWindowState(window, stateFile);
  const show = (): void => {
    if (window.isVisible()) return;
    if (state.maximized) window.maximize();
    window.show();
  };
  window.once('ready-to-show', show);
  // A page that fails to load still gets a window, so the reviewer sees something rather than nothing.
  window.webContents.once('did-fail-load', show);
  window.loadURL(location.url).catch((error: unknown) => console.error(`无法加载界面 ${location.url}`, error));
  return window;
}
