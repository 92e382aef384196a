// A worker entry for the limits tests: the real analysis, except for files named to misbehave —
// "hang…" never ends, "hog…" allocates until its heap runs out, "limits…" reports the limits it runs under,
// "ocr-slow…" reads three pages by OCR in 1 s each, "ocr-forever…" reads a page by OCR every few ms, without end.
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
  if (fileName.startsWith('ocr-slow')) {
    for (let page = 1; page <= 3; page++) {
      options.onProgress?.({ stage: 'ocr', page, pages: 3 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    return { ok: false, code: 'read', error: 'three pages read' };
  }
  if (fileName.startsWith('ocr-forever')) {
    let page = 0;
    setInterval(() => options.onProgress?.({ stage: 'ocr', page: ++page, pages: 1_000_000 }), 2);
    return new Promise<never>(() => undefined);
  }
  if (fileName.startsWith('limits')) return { ok: false, code: 'limits', error: JSON.stringify(resourceLimits) };
  return analyzeFile(fileName, bytes, options);
});
