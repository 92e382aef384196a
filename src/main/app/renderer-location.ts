// Where the window's page comes from: the electron-vite dev server in development, nianbao://app/ (the
// built renderer through app-protocol.ts) otherwise. The same knowledge decides which senders and
// navigations are the app's own. No file path takes part, so the install folder (drive-letter case,
// separators, characters that need escaping) cannot make the app's own page look foreign.
import { appHost, appIndexUrl, appScheme } from './app-protocol';

export interface RendererLocation {
  /** What the window loads. */
  url: string;
  /** True for a URL of the app's own page (any query or hash), false for everything else. */
  isAppUrl(url: string): boolean;
}

const parse = (url: string): URL | null => (URL.canParse(url) ? new URL(url) : null);

export function resolveRendererLocation(options: { devServerUrl?: string }): RendererLocation {
  if (options.devServerUrl) {
    const devOrigin = new URL(options.devServerUrl).origin;
    return { url: options.devServerUrl, isAppUrl: (url) => parse(url)?.origin === devOrigin };
  }
  return {
    url: appIndexUrl,
    isAppUrl: (url) => {
      const parsed = parse(url);
      return (
        parsed !== null &&
        parsed.protocol === `${appScheme}:` &&
        parsed.host.toLowerCase() === appHost &&
        parsed.username === '' &&
        parsed.password === '' &&
        parsed.pathname === '/index.html'
      );
    },
  };
}
