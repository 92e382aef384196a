// Locks every web contents down: no navigation away from the app's page (in any frame), no new
// windows, no permissions, no <webview>. Installed before the first window is created. The Electron
// objects are passed in, so the handlers can be tested without Electron.
import type { App, Session, WebContents } from 'electron';

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface SecurityApis {
  app: Pick<App, 'enableSandbox' | 'on'>;
  /** The default session, once the app is ready. */
  whenSessionReady(): Promise<Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>>;
}

/** Navigation, redirects, new windows and <webview> of one web contents. */
export function lockDownContents(contents: Contents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn(`已阻止跳转到 ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`已阻止打开新窗口 ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** No permission is ever granted: the app needs none (no camera, notifications, clipboard reads…). */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function installSecurityPolicy(isAppUrl: (url: string) => boolean, { app, whenSessionReady }: SecurityApis): void {
  // Every renderer is sandboxed, whatever a window's own preferences say.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, isAppUrl));
  whenSessionReady().then(denyAllPermissions, (error: unknown) => console.error('无法设置权限策略', error));
}
