// The analysis worker's work: runs analyzeFile off the main thread, one task at a time, for the analyzer
// pool. Started by analyze-worker.ts, or by the built command line's cached entry (analyze-worker-cached.ts).
import { parentPort } from 'node:worker_threads';
import { useRecognitionLane } from '../extract/ocr/recognition-lane';
import { analyzeFile } from './analyze-file';
import { serveAnalyses } from './analyzer-protocol';

export interface AnalyzeWorkerOptions {
  /** Called once, when the first file has been analysed (before its answer is sent). */
  afterFirstFile?: () => void;
}

export function startAnalyzeWorker({ afterFirstFile }: AnalyzeWorkerOptions = {}): void {
  if (!parentPort) throw new Error('analyze-worker must be started as a worker thread');
  // OCR reads with a second lane whose entry sits beside this one, built (.mjs, .js) or not (.ts).
  const laneEntry = import.meta.url.replace(
    /\/analyze-worker(?:-serve)?(\.[cm]?[jt]s)$/,
    '/recognition-worker$1',
  );
  if (laneEntry !== import.meta.url) useRecognitionLane(new URL(laneEntry));
  let firstDone = afterFirstFile;
  serveAnalyses(parentPort, async (fileName, bytes, options) => {
    const analysis = await analyzeFile(fileName, bytes, options);
    firstDone?.();
    firstDone = undefined;
    return analysis;
  });
}
