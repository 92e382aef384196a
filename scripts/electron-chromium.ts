// The Chromium inside the Electron version the app pins (package.json). Both renderer builds target it,
// and the end-to-end run in Debian's newer Chromium removes the JavaScript built-ins it does not have yet.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const pinnedElectronVersion = (): string => (require('electron/package.json') as { version: string }).version;

/** Chromium's major version in an Electron release, from electron-to-chromium's table. */
export function electronChromiumMajor(electronVersion = pinnedElectronVersion()): number {
  const { electronToChromium } = require('electron-to-chromium') as { electronToChromium(query: string): string | undefined };
  const [major = '', minor = '0'] = electronVersion.split('.');
  const chromium = electronToChromium(`${major}.${minor}`) ?? electronToChromium(`${major}.0`);
  if (!chromium) throw new Error(`electron-to-chromium 不认识 Electron ${electronVersion}：请更新 electron-to-chromium。`);
  return Number.parseInt(chromium, 10);
}
