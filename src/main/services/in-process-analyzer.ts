// The analyzer without workers: same interface, analysis on the caller's thread, at most `size` at once.
import type { Analysis } from './analyze-file';
import type { AnalyzerPool } from './analyzer-pool';

export function createInProcessAnalyzer(size: number): AnalyzerPool {
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
    async analyze(fileName, bytes): Promise<Analysis> {
      await acquire();
      try {
        // Loaded on first use: the readers (pdf.js, mammoth) stay out of processes that never analyse.
        const { analyzeFile } = await import('./analyze-file');
        return await analyzeFile(fileName, bytes);
      } finally {
        release();
      }
    },
    close: async () => undefined,
  };
}
