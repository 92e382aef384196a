// The analyzer of the command line: worker threads with the pool's time and memory limits. Built, the
// CLI starts the worker built beside it (out/cli); from the sources (tests), the TypeScript entry through tsx.
import {
  createAnalyzerPool,
  ONE_FILE_RESOURCE_LIMITS,
  type AnalyzerPool,
  type AnalyzerPoolOptions,
} from '../main/services/analyzer-pool';
import { ocrWanted } from './analyze-paths';

const fromSources = import.meta.url.endsWith('.ts');

export const workerEntry: URL = fromSources
  ? new URL('../main/services/analyze-worker.ts', import.meta.url)
  : new URL('./analyze-worker.mjs', import.meta.url);

export const createWorkerAnalyzer = (options: AnalyzerPoolOptions = {}): AnalyzerPool =>
  createAnalyzerPool({ workerUrl: workerEntry, ...options });

/** The analyzer of `extract` and `check` for their arguments: one file alone is read with the limits for one. */
export function commandAnalyzer(argv: readonly string[]): AnalyzerPool {
  const files = argv.filter((arg) => !arg.startsWith('--')).length;
  return createWorkerAnalyzer({
    ocr: ocrWanted(argv),
    ...(files === 1 ? { resourceLimits: ONE_FILE_RESOURCE_LIMITS } : {}),
  });
}
