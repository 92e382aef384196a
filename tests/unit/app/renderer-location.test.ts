// Which URLs are the app's own page: the IPC sender check and the navigation lock both ask this.
// The page is nianbao://app/index.html wherever the app is installed, so no Windows path (drive-letter
// case, separators, escaping) takes part any more.
import { describe, expect, it } from 'vitest';
import { resolveRendererLocation } from '../../../src/main/app/renderer-location';

describe('the packaged page', () => {
  const location = resolveRendererLocation({});

  it('is loaded from the app scheme, not from a file path', () => {
    expect(location.url).toBe('nianbao://app/index.html');
  });

  it.each([
    'nianbao://app/index.html',
    'nianbao://app/index.html?token=1#review',
    'NIANBAO://APP/index.html',
    'nianbao://app/./assets/../index.html',
  ])('accepts %s', (url) => {
    expect(location.isAppUrl(url)).toBe(true);
  });

  it.each([
    // The same file reached over file://, as an old build loaded it, with either drive-letter case.
    'file:///C:/Program%20Files/%E5%B9%B4%E6%8A%A5%E5%AE%A1%E6%9F%A5%E5%8F%B0/resources/app.asar/out/renderer/index.html',
    'file:///c:/Program Files/年报审查台/resources/app.asar/out/renderer/index.html',
    'file:///C:\\Program Files\\年报审查台\\resources\\app.asar\\out\\renderer\\index.html',
    'file://server/share/out/renderer/index.html',
    'nianbao://app/%69ndex.html',
    'nianbao://app/index.html/',
    'nianbao://app/assets/index.js',
    'nianbao://other/index.html',
    'nianbao://app:8080/index.html',
    'nianbao://user@app/index.html',
    'nianbao:///index.html',
    'https://app/index.html',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,<p>x</p>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(location.isAppUrl(url)).toBe(false);
  });
});

describe('the development server page', () => {
  const location = resolveRendererLocation({ devServerUrl: 'http://localhost:5173/' });

  it('is the dev server, and only its origin counts', () => {
    expect(location.url).toBe('http://localhost:5173/');
    expect(location.isAppUrl('http://localhost:5173/index.html?x=1')).toBe(true);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('nianbao://app/index.html')).toBe(false);
    expect(location.isAppUrl('file:///C:/app/index.html')).toBe(false);
  });
});
