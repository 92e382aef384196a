import type { SourceDocument } from '../../shared/document';

/** Why a file could not be read; `message` is Chinese and names the problem (the caller adds the file name). */
export type ReadErrorCode = 'unsupported' | 'corrupt' | 'empty' | 'scanned' | 'too_large' | 'missing';

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; code: ReadErrorCode; message: string };

export const readError = (code: ReadErrorCode, message: string): ReadResult => ({ ok: false, code, message });
