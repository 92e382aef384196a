// The built command line's analysis worker entry (analyze-worker.mjs): runs the worker, built beside it as
// one script (analyze-worker.cjs, scripts/cli-build.mjs), with a V8 code cache, so that each worker skips
// compiling its modules anew (Node 20 has no module compile cache).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from '../extract/cached-script';
import type { startAnalyzeWorker } from './analyze-worker-serve';

const script = runCachedScript<{ startAnalyzeWorker: typeof startAnalyzeWorker }>(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'analyze-worker.cjs'),
  {
    // The bundle's `import.meta` is this entry's: it finds the recognition lane and pdf.js beside it.
    importMetaUrl: import.meta.url,
    importMetaResolve: (specifier: string) => import.meta.resolve(specifier),
  },
);
// What the modules compiled to is kept for the next worker once a file has been analysed: reading, parsing
// and checking are compiled by then too, not only the modules' loading (one report ~10 ms sooner).
script.exports.startAnalyzeWorker({ afterFirstFile: () => script.saveCache() });
