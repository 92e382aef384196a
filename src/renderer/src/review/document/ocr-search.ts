// Search in the OCR text of scanned pages (they have no text layer for pdf.js to search): the pieces
// OCR read, joined per page with whitespace dropped, a match boxed by the pieces it spans.
// Pure (no DOM, no pdf.js): unit-tested in Node.
import type { SourceDocument } from '../../../../shared/document';

/** The same shapes as pdf-search's RectPt and PdfMatch: points, origin top-left. */
type RectPt = [number, number, number, number];
interface PdfMatch {
  page: number;
  rects: RectPt[];
}

export interface OcrPiece {
  page: number;
  text: string;
  rect: RectPt;
}

/** The pieces of the document that OCR read, in reading order (empty table cells left out). */
export function ocrPieces(document: SourceDocument | null | undefined): OcrPiece[] {
  if (!document) return [];
  return document.lines.flatMap((line) =>
    line.cells.flatMap((cell) =>
      cell.ocr && cell.source.kind === 'pdf' && cell.text.trim()
        ? [{ page: cell.source.page, text: cell.text.replace(/\s+/g, '').toLowerCase(), rect: cell.source.bboxPt }]
        : [],
    ),
  );
}

export function searchOcr(pieces: readonly OcrPiece[], query: string): PdfMatch[] {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return [];
  const byPage = new Map<number, OcrPiece[]>();
  for (const piece of pieces) byPage.set(piece.page, [...(byPage.get(piece.page) ?? []), piece]);
  const matches: PdfMatch[] = [];
  for (const [page, onPage] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const starts: number[] = [];
    let text = '';
    for (const piece of onPage) {
      starts.push(text.length);
      text += piece.text;
    }
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      const rects = onPage
        .filter((piece, i) => starts[i]! < end && starts[i]! + piece.text.length > at)
        .map((piece) => piece.rect);
      matches.push({ page, rects });
    }
  }
  return matches;
}
