// Worker entry: runs analyzeFile off the main thread. Started by the analyzer pool, one task at a time.
import { parentPort } from 'node:worker_threads';
import { analyzeFile } from './analyze-file';
import type { AnalyzeProgressMessage, AnalyzeRequest, AnalyzeResponse } from './analyzer-protocol';

if (!parentPort) throw new Error('analyze-worker must be started as a worker thread');
const port = parentPort;

async function handle({ taskId, fileName, bytes, ocr }: AnalyzeRequest): Promise<AnalyzeResponse> {
  try {
    const onProgress = (progress: AnalyzeProgressMessage['progress']): void =>
      port.postMessage({ taskId, progress } satisfies AnalyzeProgressMessage);
    return { taskId, ok: true, analysis: await analyzeFile(fileName, bytes, { onProgress, ocr }) };
  } catch (error) {
    return {
      taskId,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}

port.on('message', (request: AnalyzeRequest) => {
  void handle(request).then((response) => port.postMessage(response));
});
