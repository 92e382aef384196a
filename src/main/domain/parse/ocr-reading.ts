// A cell read by OCR keeps how sure the reading was; below a confidence measured on scanned fixtures
// (bench/ocr.bench.ts) it is 识别存疑 and the reviewer is asked to settle it.
import type { TextPiece } from '../../../shared/document';
import type { CellReading } from '../../../shared/report';

/** OCR readings less sure than this are doubtful. */
export const OCR_DOUBT_BELOW = 0.8;

export const ocrReading = (piece: TextPiece): { reading?: CellReading } =>
  piece.ocr
    ? {
        reading: {
          kind: 'ocr',
          confidence: piece.ocr.confidence,
          uncertain: piece.ocr.confidence < OCR_DOUBT_BELOW,
        },
      }
    : {};
