// Where the window's page comes from: the electron-vite dev server in development, the packaged
// index.html otherwise. The same knowledge decides which senders and navigations are the app's own.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** What the window loads. */
  url: string;
  /** True for a URL of the app's own page (any query or hash), false for everything else. */
  isAppUrl(url: string): boolean;
}

export function resolveRendererLocation(options: { devServerUrl?: string; indexHtmlPath: string }): RendererLocation {
  if (options.devServerUrl) {
    const devOrigin = new URL(options.devServerUrl).origin;
    return {
      url: options.devServerUrl,
      isAppUrl: (url) => {
        const parsed = URL.canParse(url) ? new URL(url) : null;
        return parsed !== null && parsed.origin === devOrigin;
      },
    };
  }
  const indexUrl = pathToFileURL(path.resolve(options.indexHtmlPath));
  return {
    url: indexUrl.href,
    isAppUrl: (url) => {
      if (!URL.canParse(url)) return false;
      const parsed = new URL(url);
      return parsed.protocol === 'file:' && parsed.pathname === indexUrl.pathname;
    },
  };
}
