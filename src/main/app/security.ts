// Locks every web contents down: no navigation away from the app's page, no new windows,
// no permissions, no <webview>. Installed before the first window is created.
import { app, session, type WebContents } from 'electron';

export function installSecurityPolicy(isAppUrl: (url: string) => boolean): void {
  // Every renderer is sandboxed, whatever a window's own preferences say.
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        console.warn(`已阻止跳转到 ${url}`);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`已阻止打开新窗口 ${url}`);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.whenReady().then(
    () => {
      session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
      session.defaultSession.setPermissionCheckHandler(() => false);
    },
    (error: unknown) => console.error('无法设置权限策略', error),
  );
}
