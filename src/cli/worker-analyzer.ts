// The analyzer of the command line: worker threads with the pool's time and memory limits. Built, the
// CLI starts the worker built beside it (out/cli); from the sources (tests), the TypeScript entry through tsx.
import { setFlagsFromString } from 'node:v8';
import {
  createAnalyzerPool,
  ONE_FILE_RESOURCE_LIMITS,
  type AnalyzerPool,
  type AnalyzerPoolOptions,
} from '../main/services/analyzer-pool';
import { nameCodeCacheVariant } from '../main/extract/cached-script';
import { ocrWanted } from './analyze-paths';

const fromSources = import.meta.url.endsWith('.ts');

export const workerEntry: URL = fromSources
  ? new URL('../main/services/analyze-worker.ts', import.meta.url)
  : new URL('./analyze-worker.mjs', import.meta.url);

/**
 * V8 optimises code as it grows hot, compiling in the background. Reading one file, that work has a core to
 * itself; in a batch every core reads files, and it takes their time: in 50 real reports read by one worker,
 * 509 compilations took 2.8 s, more than the reading itself (2.3 s). A budget four times the default leaves
 * out code that is hot only briefly: 50 real reports 20% sooner, 50 generated 8% (measured); one file alone
 * about 10% later, so not there.
 * V8's flags are the process's: set before the workers start.
 */
function optimiseLater(): void {
  setFlagsFromString(`--interrupt-budget=${4 * 66 * 1024}`);
  nameCodeCacheVariant('batch');
}

/** `batch`: many files are analysed, by every worker at once. */
export function createWorkerAnalyzer({
  batch = false,
  ...options
}: AnalyzerPoolOptions & { batch?: boolean } = {}): AnalyzerPool {
  if (batch) optimiseLater();
  return createAnalyzerPool({ workerUrl: workerEntry, ...options });
}

/** The analyzer of `extract` and `check` for their arguments: one file alone is read with the limits for one. */
export function commandAnalyzer(argv: readonly string[]): AnalyzerPool {
  const files = argv.filter((arg) => !arg.startsWith('--')).length;
  return createWorkerAnalyzer({
    batch: files > 1,
    ocr: ocrWanted(argv),
    ...(files === 1 ? { resourceLimits: ONE_FILE_RESOURCE_LIMITS } : {}),
  });
}
