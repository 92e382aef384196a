import type { SourceDocument } from '../../shared/document';

/** Why a file could not be read; `message` is Chinese and names the problem (the caller adds the file name). */
export type ReadErrorCode = 'unsupported' | 'corrupt' | 'empty' | 'scanned' | 'too_large' | 'too_complex' | 'missing';

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; code: ReadErrorCode; message: string };

export const readError = (code: ReadErrorCode, message: string): ReadResult => ({ ok: false, code, message });

/** How far a reader has got, for long work (a page read, a page recognised by OCR). */
export interface ReadProgress {
  stage: 'reading' | 'ocr';
  /** 1-based page being worked on, of `pages`. */
  page: number;
  pages: number;
}

export interface ReadOptions {
  onProgress?: (progress: ReadProgress) => void;
  /** false: pages and pictures without text are not read by OCR (a scan is refused as before). */
  ocr?: boolean;
}
