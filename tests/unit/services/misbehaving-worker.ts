// A worker entry for the limits tests: the real analysis, except for files named to misbehave —
// "hang…" never ends, "hog…" allocates until its heap runs out, "limits…" reports the limits it runs under.
import { parentPort, resourceLimits } from 'node:worker_threads';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import type { Analysis } from '../../../src/main/services/analyze-file';
import { serveAnalyses } from '../../../src/main/services/analyzer-protocol';

if (!parentPort) throw new Error('must run as a worker thread');

serveAnalyses(parentPort, async (fileName, bytes, options): Promise<Analysis> => {
  if (fileName.startsWith('hang')) for (;;);
  if (fileName.startsWith('hog')) {
    const kept: number[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, index) => index));
  }
  if (fileName.startsWith('limits')) return { ok: false, code: 'limits', error: JSON.stringify(resourceLimits) };
  return analyzeFile(fileName, bytes, options);
});
