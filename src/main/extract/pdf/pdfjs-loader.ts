// Loads pdf.js once: the legacy build (the one meant for Node), its worker code running in this
// thread, and the CMaps and standard fonts it needs for Chinese PDFs read from the installed
// package on disk, never fetched. The built command line carries pdf.js as one script (pdfjs.cjs,
// scripts/cli-build.mjs) run with a code cache; elsewhere (the desktop app, the tests) it is imported.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCachedScript } from '../cached-script';
import { loadOnce } from '../load-once';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfjsRuntime {
  pdfjs: Pdfjs;
  /** Directories of the package's data, as pdf.js wants them: file paths ending in "/". */
  cMapUrl: string;
  standardFontDataUrl: string;
  /** pdf.js's wasm image decoders (JPX, JBIG2: what scans are often made of). */
  wasmUrl: string;
  /** Keeps what was compiled of pdf.js for the next process: called once a document has been read. */
  keepCompiled(): void;
}

export const loadPdfjs: () => Promise<PdfjsRuntime> = loadOnce(load);

async function load(): Promise<PdfjsRuntime> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const nativePush = Array.prototype.push;

  const buildDir = path.join(packageDir, 'legacy', 'build');
  const { pdfjs, worker, keepCompiled } = loadBundled(buildDir) ?? {
    pdfjs: await import('pdfjs-dist/legacy/build/pdf.mjs'),
    worker: (await import(/* @vite-ignore */ pathToFileURL(path.join(buildDir, 'pdf.worker.mjs')).href)) as unknown,
    keepCompiled: () => {},
  };
  // With globalThis.pdfjsWorker set, pdf.js runs its worker code in this thread instead of looking
  // for a worker script: no thread to start, nothing for a bundler to resolve.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;

  // The legacy build's core-js swaps Array.prototype.push for a much slower polyfill on Node 20
  // (for an edge case of arrays with a read-only length that neither pdf.js nor we rely on).
  // It cost ~15% of the reading time, and every push in the process: put the engine's own back.
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;

  const dataDir = (name: string): string => path.join(packageDir, name) + '/';
  return {
    pdfjs,
    cMapUrl: dataDir('cmaps'),
    standardFontDataUrl: dataDir('standard_fonts'),
    wasmUrl: dataDir('wasm'),
    keepCompiled,
  };
}

interface Bundled {
  pdfjs: Pdfjs;
  worker: unknown;
  keepCompiled(): void;
}

/** pdf.js from the bundle beside this module (the built command line), or null where there is none. */
function loadBundled(buildDir: string): Bundled | null {
  const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pdfjs.cjs');
  if (!existsSync(bundle)) return null;
  // The bundle's `import.meta.url` (pdf.js finds its optional packages from it) is the installed build's.
  const script = runCachedScript<Omit<Bundled, 'keepCompiled'>>(bundle, {
    pdfjsModuleUrl: pathToFileURL(path.join(buildDir, 'pdf.mjs')).href,
  });
  return { ...script.exports, keepCompiled: () => script.saveCache() };
}
