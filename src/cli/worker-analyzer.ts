// The analyzer of the command line: worker threads with the pool's time and memory limits. Built, the
// CLI starts the worker built beside it (out/cli); from the sources (tests), the TypeScript entry through tsx.
import { createAnalyzerPool, type AnalyzerPool, type AnalyzerPoolOptions } from '../main/services/analyzer-pool';

const fromSources = import.meta.url.endsWith('.ts');

export const workerEntry: URL = fromSources
  ? new URL('../main/services/analyze-worker.ts', import.meta.url)
  : new URL('./analyze-worker.mjs', import.meta.url);

export const createWorkerAnalyzer = (options: AnalyzerPoolOptions = {}): AnalyzerPool =>
  createAnalyzerPool({ workerUrl: workerEntry, ...options });
