// Loads pdf.js once: the legacy build (the one meant for Node), its worker code running in this
// thread, and the CMaps and standard fonts it needs for Chinese PDFs read from the installed
// package on disk, never fetched.

import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadOnce } from '../load-once';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfjsRuntime {
  pdfjs: Pdfjs;
  /** Directories of the package's data, as pdf.js wants them: file paths ending in "/". */
  cMapUrl: string;
  standardFontDataUrl: string;
  /** pdf.js's wasm image decoders (JPX, JBIG2: what scans are often made of). */
  wasmUrl: string;
}

export const loadPdfjs: () => Promise<PdfjsRuntime> = loadOnce(load);

async function load(): Promise<PdfjsRuntime> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const nativePush = Array.prototype.push;

  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // With globalThis.pdfjsWorker set, pdf.js runs its worker code in this thread instead of looking
  // for a worker script: no thread to start, nothing for a bundler to resolve.
  const workerUrl = pathToFileURL(path.join(packageDir, 'legacy', 'build', 'pdf.worker.mjs')).href;
  const worker: unknown = await import(/* @vite-ignore */ workerUrl);
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
  };
}
