// Messages between the analyzer pool and its workers. Everything is plain JSON plus the file's bytes.
import type { Analysis } from './analyze-file';

export interface AnalyzeRequest {
  taskId: number;
  fileName: string;
  bytes: Uint8Array;
}

export type AnalyzeResponse =
  | { taskId: number; ok: true; analysis: Analysis }
  /** analyzeFile threw: a bug, reported with its stack. */
  | { taskId: number; ok: false; error: string };
