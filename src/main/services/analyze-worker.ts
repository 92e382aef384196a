// Worker entry: runs analyzeFile off the main thread. Started by the analyzer pool, one task at a time.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import { serveAnalyses } from './analyzer-protocol';

if (!parentPort) throw new Error('analyze-worker must be started as a worker thread');
serveAnalyses(parentPort, analyzeFile);
