// The blocks of all pages as document lines. A table that ends a page and one that starts the next
// page with the same left and right edges are one table cut by the page break: same index, rows
// counted on. A row the break cut in two (its label continues at the top of the next page, its
// figures on either side) is put back together, so that neither half reads as a blank row.

import type { DocumentLine, TextPiece } from '../../../shared/document';
import { templates } from '../../domain/template/definitions';
import { joinLines } from './line-builder';
import type { PageBlock } from './page-layout';

/** A line this short (a page number, a running head) does not separate a table from its continuation. */
const MAX_PAGE_FURNITURE_CHARS = 12;
/** Column edges that start and end within this many points are the same table's. */
const EDGE_TOLERANCE = 3;

interface OpenTable {
  index: number;
  rows: number;
  edges: number[];
  /** The table's first rows (its header, which a continued table may repeat) and its last row so far. */
  head: string[];
  last: DocumentLine | undefined;
}

export function documentLines(pages: ReadonlyArray<{ blocks: PageBlock[] }>): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let tables = 0;
  let open: OpenTable | undefined;
  for (const { blocks } of pages) {
    const substantial = blocks.filter((block) => block.kind === 'table' || textLength(block.cells) > MAX_PAGE_FURNITURE_CHARS);
    const first = substantial[0];
    const last = substantial[substantial.length - 1];
    let next: OpenTable | undefined;
    for (const block of blocks) {
      if (block.kind === 'text') {
        lines.push({ cells: block.cells });
        continue;
      }
      const continued = block === first && open !== undefined && sameOuterEdges(open.edges, block.columnEdges);
      const table: OpenTable =
        continued && open ? open : { index: tables++, rows: 0, edges: block.columnEdges, head: [], last: undefined };
      let rows = block.rows;
      if (continued && table.last) {
        // Repeated header rows stay (they read as header text); a cut row continues after them.
        const repeated = leadingRepeats(rows, table.head);
        const opening = rows[repeated];
        if (opening && continuesRow(table.last.cells, opening)) {
          for (const row of rows.slice(0, repeated)) pushRow(lines, table, row);
          table.last.cells = joinRow(table.last.cells, opening);
          rows = rows.slice(repeated + 1);
        }
      }
      for (const row of rows) pushRow(lines, table, row);
      table.edges = block.columnEdges;
      if (block === last) next = table;
    }
    open = next;
  }
  return lines;
}

function pushRow(lines: DocumentLine[], table: OpenTable, cells: TextPiece[]): void {
  const line: DocumentLine = { cells, table: { index: table.index, row: table.rows++ } };
  lines.push(line);
  if (table.head.length < 3) table.head.push(rowKey(cells));
  table.last = line;
}

const textLength = (cells: readonly TextPiece[]): number =>
  cells.map((cell) => cell.text).join('').replace(/\s/g, '').length;

const rowKey = (cells: readonly TextPiece[]): string => cells.map((cell) => cell.text.replace(/\s/g, '')).join('|');

function leadingRepeats(rows: TextPiece[][], head: string[]): number {
  let count = 0;
  while (count < rows.length && head.includes(rowKey(rows[count]!)) && textLength(rows[count]!) > 0) count++;
  return count;
}

const sameOuterEdges = (a: number[], b: number[]): boolean =>
  Math.abs(a[0]! - b[0]!) <= EDGE_TOLERANCE && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= EDGE_TOLERANCE;

/** Figures as they stand in a cell (full-width forms folded to ASCII): digits with separators, an optional unit. */
const FIGURE = /^[\d\s.,+-]+(?:万元|元)?$/;
/** How a row label of the statutory tables begins: 一、 / （一） / 1. / 第二十条. */
const ROW_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．]|第[一二三四五六七八九十]+条)/;

/** Full-width digits and punctuation (０ for 0, （ for (, ． for .) as ASCII, so that both forms read alike. */
const folded = (text: string): string => text.normalize('NFKC');

const isFigure = (text: string): boolean => text.trim() !== '' && FIGURE.test(folded(text).trim());

const compact = (text: string): string => folded(text).replace(/\s/g, '');
/** The row labels of both formats (table 二's have no numbering): a cell starting one begins a row. */
const FORM_LABELS = [...new Set(Object.values(templates).flatMap((tables) => tables.flatMap((table) => table.rows.map((row) => compact(row.label)))))];
const beginsRow = (text: string): boolean =>
  ROW_START.test(folded(text)) || FORM_LABELS.some((label) => label.startsWith(compact(text)) || compact(text).startsWith(label));

/**
 * Whether `opening`, the first row of a table's continuation, is the rest of `previous`, the row the
 * page break cut: the same number of cells, a label that does not begin a row of its own, and figures
 * on one side of the cut only (or digits of one number on both sides, leaving cells of the
 * continuation empty where the row above has figures).
 */
function continuesRow(previous: TextPiece[], opening: TextPiece[]): boolean {
  const labels = opening.filter((cell) => cell.text.trim() !== '' && !isFigure(cell.text));
  if (labels.some((cell) => beginsRow(cell.text))) return false;
  // Cells compared from the right, where the figure columns stand.
  const width = Math.min(previous.length, opening.length);
  previous = previous.slice(-width);
  opening = opening.slice(-width);
  const figuresBefore = previous.map((cell) => isFigure(cell.text));
  const figuresAfter = opening.map((cell) => isFigure(cell.text));
  // Words over figures (a header row above the first data row) are two rows, not one cut in two.
  const wordsOverFigures = previous.some((cell, i) => {
    const other = opening[i]!;
    const words = (piece: TextPiece): boolean => piece.text.trim() !== '' && !isFigure(piece.text);
    return (isFigure(cell.text) && words(other)) || (words(cell) && isFigure(other.text));
  });
  if (wordsOverFigures) return false;
  if (!figuresBefore.some(Boolean) && !figuresAfter.some(Boolean)) return labels.length > 0 && textLength(previous) > 0;
  if (!figuresAfter.some(Boolean)) return labels.length > 0;
  if (!figuresBefore.some(Boolean)) return true;
  // Figures on both sides: the cut went through numbers wrapped in narrow cells.
  return figuresBefore.some((before, i) => before && opening[i]?.text.trim() === '');
}

/**
 * The two halves of a cut row, cell by cell from the right (the figure columns are the same on both
 * pages; a page may have a label column more or less); each cell keeps the box of the half that holds
 * its text (else the first). Label text of the continuation beyond the row's first cell goes into it.
 */
function joinRow(previous: TextPiece[], opening: TextPiece[]): TextPiece[] {
  const shift = opening.length - previous.length;
  const overflow = opening.slice(0, Math.max(0, shift)).map((cell) => cell.text);
  return previous.map((cell, i) => {
    const rest = opening[i + shift];
    const parts = [cell.text, ...(i === 0 ? overflow : []), rest?.text ?? ''].filter((part) => part.trim() !== '');
    const source = cell.text.trim() === '' && rest && rest.text.trim() !== '' ? rest.source : cell.source;
    return { text: joinLines(parts), source };
  });
}
