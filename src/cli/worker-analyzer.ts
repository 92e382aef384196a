// The analyzer of the command line: worker threads running the TypeScript worker entry through tsx.
import { createAnalyzerPool, type AnalyzerPool } from '../main/services/analyzer-pool';

export const createWorkerAnalyzer = (ocr = true): AnalyzerPool =>
  createAnalyzerPool({
    ocr,
    workerUrl: new URL('../main/services/analyze-worker.ts', import.meta.url),
    // Resolved from here, not from the working directory, so the CLI works from any folder.
    execArgv: ['--import', import.meta.resolve('tsx')],
  });
