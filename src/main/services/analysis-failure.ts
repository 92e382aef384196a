// What a file whose analysis did not end normally is recorded as: a failed analysis with a Chinese
// message naming the file and the limit that stopped it, or an internal error (a bug, to be reported).
import type { Analysis } from './analyze-file';
import { AnalysisMemoryError, AnalysisTimeoutError } from './analyzer-pool';
import { messages } from './messages';

export function analysisFailure(fileName: string, error: unknown): Analysis & { ok: false } {
  if (error instanceof AnalysisTimeoutError)
    return { ok: false, code: 'timeout', error: `${fileName}：${messages.analysisTimedOut(error.timeoutMs)}` };
  if (error instanceof AnalysisMemoryError)
    return { ok: false, code: 'too_complex', error: `${fileName}：${messages.analysisOutOfMemory(error.limitMb)}` };
  return { ok: false, code: 'internal', error: `${fileName}：${messages.analysisCrashed}` };
}
