// Builds the same renderer as the desktop app for the browser (`nianbao serve`) into out/web.
// Also home of the pieces both renderer builds share (electron.vite.config.ts imports them).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const rendererRoot = path.join(projectRoot, 'src/renderer');

const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** pdfjs data the viewer loads at run time: CJK CMaps, standard fonts, image decoders, ICC profiles. */
const pdfjsFolders = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];
const pdfjsTypes: Record<string, string> = { '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream', '.ttf': 'font/ttf', '.wasm': 'application/wasm', '.icc': 'application/vnd.iccprofile', '.js': 'text/javascript' };

/** Puts pdfjs-dist's cmaps/, standard_fonts/… at ./pdfjs/ next to index.html: served in dev, copied in build. */
export function pdfjsAssets(): Plugin {
  return {
    name: 'nianbao:pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/pdfjs\/([a-z_]+)\/([A-Za-z0-9_.-]+)$/.exec((request.url ?? '').split('?')[0] ?? '');
        if (!match || !pdfjsFolders.includes(match[1] ?? '')) return next();
        const [, folder = '', file = ''] = match;
        readFile(path.join(pdfjsRoot, folder, file)).then(
          (bytes) => {
            response.setHeader('Content-Type', pdfjsTypes[path.extname(file)] ?? 'application/octet-stream');
            response.end(bytes);
          },
          () => next(),
        );
      });
    },
    async generateBundle() {
      for (const folder of pdfjsFolders) {
        for (const file of await readdir(path.join(pdfjsRoot, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${file}`, source: await readFile(path.join(pdfjsRoot, folder, file)) });
        }
      }
    },
  };
}

/**
 * Development only: React's fast-refresh preamble is an inline script and the dev server injects CSS as
 * <style> elements, both of which the page's strict CSP forbids. The dev server relaxes script-src and
 * style-src for them; production builds keep the policy as written.
 */
const devServerCsp = (): PluginOption => ({
  name: 'nianbao-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';").replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
});

export const rendererPlugins = (): PluginOption[] => [react(), pdfjsAssets(), devServerCsp()];

export const pinnedElectronVersion = (): string => (require('electron/package.json') as { version: string }).version;

/**
 * Chromium's major version in an Electron release (electron-to-chromium's table). Both renderer builds
 * target it, and the end-to-end run in Debian's newer Chromium removes the built-ins it does not have yet.
 */
export function electronChromiumMajor(electronVersion = pinnedElectronVersion()): number {
  const { electronToChromium } = require('electron-to-chromium') as { electronToChromium(query: string): string | undefined };
  const [major = '', minor = '0'] = electronVersion.split('.');
  const chromium = electronToChromium(`${major}.${minor}`) ?? electronToChromium(`${major}.0`);
  if (!chromium) throw new Error(`electron-to-chromium 不认识 Electron ${electronVersion}：请更新 electron-to-chromium。`);
  return Number.parseInt(chromium, 10);
}

/**
 * Code for the Chromium inside the pinned Electron, workers included (pdf.js's worker is bundled as an
 * ES module worker, so the same target applies to it). The browser build uses it too.
 */
export const rendererTarget = `chrome${electronChromiumMajor()}`;
export const rendererWorker: UserConfig['worker'] = { format: 'es' };

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: rendererPlugins(),
  worker: rendererWorker,
  build: {
    target: rendererTarget,
    outDir: path.join(projectRoot, 'out/web'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4096,
  },
});
