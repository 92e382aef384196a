// Messages between the analyzer pool and its workers. Everything is plain JSON plus the file's bytes.
import type { MessagePort } from 'node:worker_threads';
import type { ReadOptions, ReadProgress } from '../extract/read-result';
import type { Analysis } from './analyze-file';

export interface AnalyzeRequest {
  taskId: number;
  fileName: string;
  bytes: Uint8Array;
  /** false: no OCR of scans and pictures. */
  ocr?: boolean;
  /** true: each page read is reported. Pages read by OCR always are: each one extends the time limit. */
  pageProgress?: boolean;
}

export type AnalyzeResponse =
  | { taskId: number; ok: true; analysis: Analysis }
  /** analyzeFile threw: a bug, reported with its stack. */
  | { taskId: number; ok: false; error: string };

/** Sent by a worker while it works on a task, before its response. */
export interface AnalyzeProgressMessage {
  taskId: number;
  progress: ReadProgress;
}

export type WorkerMessage = AnalyzeResponse | AnalyzeProgressMessage;

export const isProgressMessage = (message: WorkerMessage): message is AnalyzeProgressMessage =>
  'progress' in message;

/** The worker's side: answers each request with `analyze`'s result, sending page progress on the way. */
export function serveAnalyses(
  port: MessagePort,
  analyze: (fileName: string, bytes: Uint8Array, options: ReadOptions) => Promise<Analysis>,
): void {
  const handle = async ({ taskId, fileName, bytes, ocr, pageProgress }: AnalyzeRequest): Promise<AnalyzeResponse> => {
    try {
      // A message wakes the caller's thread: none for pages nobody shows.
      const onProgress = (progress: ReadProgress): void => {
        if (pageProgress || progress.stage === 'ocr') port.postMessage({ taskId, progress } satisfies AnalyzeProgressMessage);
      };
      return { taskId, ok: true, analysis: await analyze(fileName, bytes, { onProgress, ocr }) };
    } catch (error) {
      return { taskId, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  };
  port.on('message', (request: AnalyzeRequest) => {
    void handle(request).then((response) => port.postMessage(response));
  });
}
