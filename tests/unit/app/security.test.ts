// The lock on every web contents: navigation, redirects, new windows, <webview> and permissions.
// The web contents, app and session are stand-ins shaped like Electron's.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveRendererLocation } from '../../../src/main/app/renderer-location';
import { denyAllPermissions, installSecurityPolicy, lockDownContents } from '../../../src/main/app/security';

const { isAppUrl } = resolveRendererLocation({});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

afterEach(() => vi.restoreAllMocks());

describe('lockDownContents', () => {
  const locked = () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const contents = new FakeContents();
    lockDownContents(contents as never, isAppUrl);
    return contents;
  };

  it('lets the app page reload or move within itself', () => {
    const contents = locked();
    const event = navigation('nianbao://app/index.html#report');
    contents.emit('will-frame-navigate', event);
    contents.emit('will-redirect', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'file:///C:/Windows/win.ini', 'nianbao://app/assets/x.js', 'javascript:alert(1)'])(
    'stops navigation and redirects to %s, in any frame',
    (url) => {
      const contents = locked();
      const navigate = navigation(url);
      const redirect = navigation(url);
      contents.emit('will-frame-navigate', navigate);
      contents.emit('will-redirect', redirect);
      expect(navigate.preventDefault).toHaveBeenCalled();
      expect(redirect.preventDefault).toHaveBeenCalled();
    },
  );

  it('opens no new window, not even of the app page, and attaches no <webview>', () => {
    const contents = locked();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'nianbao://app/index.html' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it('grants none, whatever is asked', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, callback: (granted: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'fileSystem', 'openExternal']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission)).toBe(false);
    }
  });
});

describe('installSecurityPolicy', () => {
  it('sandboxes every renderer, locks each new web contents and denies permissions once ready', async () => {
    const app = Object.assign(new EventEmitter(), { enableSandbox: vi.fn() });
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    installSecurityPolicy(isAppUrl, { app: app as never, whenSessionReady: async () => session });
    expect(app.enableSandbox).toHaveBeenCalled();
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler).not.toBeNull();
    expect(contents.listenerCount('will-frame-navigate')).toBe(1);
    await vi.waitFor(() => expect(session.setPermissionRequestHandler).toHaveBeenCalled());
  });
});
