// The built command line's analysis worker entry (analyze-worker.mjs): runs the worker, built beside it as
// one script (analyze-worker.cjs, scripts/cli-build.mjs), with a V8 code cache, so that each worker skips
// compiling its modules anew (Node 20 has no module compile cache).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCachedScript } from '../extract/cached-script';

const script = runCachedScript(path.join(path.dirname(fileURLToPath(import.meta.url)), 'analyze-worker.cjs'), {
  // The bundle's `import.meta` is this entry's: it finds the recognition lane and pdf.js beside it.
  importMetaUrl: import.meta.url,
  importMetaResolve: (specifier: string) => import.meta.resolve(specifier),
});
// The modules are loaded and waiting for files: what they compiled to is kept for the next worker.
script.saveCache();
