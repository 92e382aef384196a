// Search in the original on scanned pages: the OCR text is searched, matches boxed by the pieces read.
import { describe, expect, it } from 'vitest';
import { ocrPieces, searchOcr } from '../../../src/renderer/src/review/document/ocr-search';
import type { SourceDocument } from '../../../src/shared/document';

const piece = (text: string, page: number, x: number, ocr = true) => ({
  text,
  source: { kind: 'pdf' as const, page, bboxPt: [x, 100, x + 50, 120] as [number, number, number, number] },
  ...(ocr ? { ocr: { confidence: 0.95 } } : {}),
});

const document: SourceDocument = {
  format: 'pdf',
  pages: [
    { widthPt: 595, heightPt: 842 },
    { widthPt: 595, heightPt: 842 },
  ],
  lines: [
    { cells: [piece('本年新收政府信息', 1, 10), piece('公开申请数量', 1, 70)], table: { index: 0, row: 0 } },
    { cells: [piece('行政许可 447228', 2, 10)] },
    { cells: [piece('正文有文字层', 2, 10, false)] },
  ],
};

describe('search in the OCR text of scanned pages', () => {
  it('finds a phrase across two pieces and boxes both, whitespace and case ignored', () => {
    const matches = searchOcr(ocrPieces(document), '信息 公开');
    expect(matches).toEqual([{ page: 1, rects: [[10, 100, 60, 120], [70, 100, 120, 120]] }]);
  });

  it('finds figures on the page where they were read', () => {
    expect(searchOcr(ocrPieces(document), '447228')).toEqual([{ page: 2, rects: [[10, 100, 60, 120]] }]);
  });

  it('leaves text-layer pieces to pdf.js (no double matches) and finds nothing for an empty query', () => {
    expect(searchOcr(ocrPieces(document), '文字层')).toEqual([]);
    expect(searchOcr(ocrPieces(document), '  ')).toEqual([]);
  });
});
