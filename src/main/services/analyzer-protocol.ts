// Messages between the analyzer pool and its workers. Everything is plain JSON plus the file's bytes.
import type { ReadProgress } from '../extract/read-result';
import type { Analysis } from './analyze-file';

export interface AnalyzeRequest {
  taskId: number;
  fileName: string;
  bytes: Uint8Array;
  /** false: no OCR of scans and pictures. */
  ocr?: boolean;
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
