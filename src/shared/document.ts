// The common document model every reader produces, whatever the input format.
// Each piece of text keeps where it came from in the original (provenance),
// so that any extracted cell or finding can be drawn on the original.

export type SourceFormat = 'pdf' | 'docx' | 'html' | 'txt' | 'doc' | 'wps' | 'ofd' | 'image';

/** Where a piece of text stands in the original file. */
export type Provenance =
  /**
   * A page of a paged original (PDF; also OFD and page images, whose readers map their units to points):
   * 1-based page number and box in points, origin at the page's top-left corner. The kind keeps its
   * first name, "pdf", because stored libraries hold it.
   */
  | { kind: 'pdf'; page: number; bboxPt: [x0: number, y0: number, x1: number, y1: number] }
  /** DOCX/HTML: a path of elements, e.g. "body/table[2]/tr[5]/td[3]" (1-based indexes). */
  | { kind: 'element'; path: string }
  /** Plain text: character offsets [start, end) into the decoded text. */
  | { kind: 'text'; start: number; end: number };

/** One piece of text: a paragraph, a line, or one table cell. */
export interface TextPiece {
  text: string;
  source: Provenance;
  /** Set when the text was read by OCR from a picture of the page: how sure the reading is (0–1). */
  ocr?: { confidence: number };
}

/**
 * A line of the document in reading order. A paragraph is a line with one cell;
 * a table row is a line with one cell per table cell (empty cells kept as ""),
 * so that a blank cell can be told apart from a missing one.
 */
export interface DocumentLine {
  cells: TextPiece[];
  /** Set when the line is a row of a real table (DOCX/HTML table element, PDF ruled grid). */
  table?: { index: number; row: number };
}

export interface PageSize {
  widthPt: number;
  heightPt: number;
}

export interface SourceDocument {
  format: SourceFormat;
  lines: DocumentLine[];
  /** Paged formats (PDF, OFD, pictures): the size of each page, for drawing boxes. */
  pages?: PageSize[];
}
