// Worker entry: runs analyzeFile off the main thread. Started by the analyzer pool, one task at a time.
import { parentPort } from 'node:worker_threads';
import { useRecognitionLane } from '../extract/ocr/recognition-lane';
import { analyzeFile } from './analyze-file';
import { serveAnalyses } from './analyzer-protocol';

if (!parentPort) throw new Error('analyze-worker must be started as a worker thread');
// OCR reads with a second lane whose entry sits beside this one, built (.mjs, .js) or not (.ts).
const laneEntry = import.meta.url.replace(/\/analyze-worker(\.[cm]?[jt]s)$/, '/recognition-worker$1');
if (laneEntry !== import.meta.url) useRecognitionLane(new URL(laneEntry));
serveAnalyses(parentPort, analyzeFile);
