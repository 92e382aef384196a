// The analyzer without workers: same interface, analysis on the caller's thread, at most `size` at once.
// A cancelled file stops waiting at once; work already started on this thread runs to its end unseen.
import type { Analysis } from './analyze-file';
import { AnalysisCancelledError, type AnalyzerPool } from './analyzer-pool';

export function createInProcessAnalyzer(size: number, ocr?: boolean): AnalyzerPool {
  let running = 0;
  const waiting: (() => void)[] = [];

  const acquire = async (): Promise<void> => {
    if (running < size) {
      running += 1;
      return;
    }
    // The slot is handed over by release(), so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };

  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    size,
    async analyze(fileName, bytes, { signal, onProgress } = {}): Promise<Analysis> {
      let stop = (): void => undefined;
      const cancelled = new Promise<never>((_, reject) => {
        stop = () => reject(new AnalysisCancelledError(fileName));
      });
      cancelled.catch(() => undefined);
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
      try {
        const acquired = acquire();
        try {
          await Promise.race([acquired, cancelled]);
        } catch (error) {
          // Cancelled while waiting: the slot, once handed over, goes straight to the next file.
          void acquired.then(release);
          throw error;
        }
        try {
          // Loaded on first use: the readers (pdf.js, mammoth) stay out of processes that never analyse.
          const { analyzeFile } = await import('./analyze-file');
          return await Promise.race([analyzeFile(fileName, bytes, { onProgress, ocr }), cancelled]);
        } finally {
          release();
        }
      } finally {
        // The listener goes with the file: one signal shared by a batch collects none.
        signal?.removeEventListener('abort', stop);
      }
    },
    close: async () => undefined,
  };
}
