// Reports built line by line for the parser's tests: a text copy or Word document, or a page of a PDF.
import type { DocumentLine, SourceDocument, SourceFormat, TextPiece } from '../../../src/shared/document';

/** A line of cells (a line of a text copy, a PDF line), or `{ row }`: a row of a real (ruled) table. */
export type Line = string[] | { row: string[] };

const title = '某县商务局2023年政府信息公开工作年度报告';

function build(lines: Line[], format: SourceFormat, piece: (text: string, line: number) => TextPiece): SourceDocument {
  let tableRow = 0;
  return {
    format,
    lines: [[title], ...lines].map((line, index): DocumentLine => {
      if (Array.isArray(line)) return { cells: line.map((text) => piece(text, index)) };
      return { cells: line.row.map((text) => piece(text, index)), table: { index: 0, row: tableRow++ } };
    }),
  };
}

/** A 2023 report whose text holds `lines` (cells one after another, each found at its place in the text). */
export function textReport(lines: Line[], format: SourceFormat = 'docx'): SourceDocument {
  let offset = 0;
  return build(lines, format, (text) => {
    const piece = { text, source: { kind: 'text' as const, start: offset, end: offset + text.length } };
    offset += text.length + 1;
    return piece;
  });
}

/** A 2023 report on a PDF page, a line every 12 points; `ocr` when the page is a scan read by OCR. */
export function pageReport(lines: Line[], ocr?: { confidence: number }): SourceDocument {
  return build(lines, 'pdf', (text, line) => ({
    text,
    source: { kind: 'pdf', page: 1, bboxPt: [10, 12 * line, 60, 12 * line + 10] },
    ...(ocr ? { ocr } : {}),
  }));
}
