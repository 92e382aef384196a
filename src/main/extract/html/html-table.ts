// HTML tables (from portal pages and from DOCX via mammoth) to document lines.
//
// Conventions, shared by the DOCX and HTML readers:
// - Paths leave out thead/tbody/tfoot: "table[2]/tr[5]/td[3]" means the table's 5th row
//   counted across its sections (like HTMLTableElement.rows) and the row's 3rd <td>.
//   Indexes are 1-based and count siblings with the same tag name, as in XPath.
// - `table.index` counts data tables in reading order from 0; `table.row` is the 0-based
//   index of the <tr> in its table.
// - Merged cells keep column positions aligned, so that column k of every row of the grid is
//   the same visual column: a cell with colspan=n is emitted once followed by n-1 cells with
//   text ""; a cell with rowspan=n carries its text in its first row only, and each later row
//   it covers gets a "" cell in that position. Those filler cells point at the merged cell.
// - Rows are not padded at the end: a row with fewer cells than the others stays short, so a
//   missing cell can be told apart from a blank one.

import type { HTMLElement } from 'node-html-parser';
import type { DocumentLine, TextPiece } from '../../../shared/document';

export interface TableCell {
  element: HTMLElement;
  path: string;
}

export interface TableRow {
  path: string;
  cells: TableCell[];
  /** Index of the first row after this row's section (thead/tbody/tfoot): rowspans stop there. */
  groupEnd: number;
}

const SECTION_TAGS = new Set(['thead', 'tbody', 'tfoot']);
const CELL_TAGS = new Set(['td', 'th']);
/** Content that never sits in a cell of a statistical table, only in a page's layout grid. */
const LAYOUT_CONTENT = 'table, h1, h2, h3, h4, h5, h6, ul, ol, form, nav, header, footer, article, section';
/** More block elements than this in one cell means the cell holds running text, not a value. */
const MAX_BLOCKS_IN_DATA_CELL = 4;
/** Browser limits for spans (HTML standard). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export const tagOf = (element: HTMLElement): string => (element.rawTagName ?? '').toLowerCase();

/** The <tr> elements of `table` (not of nested tables) in order, each with its section's end. */
export function tableRowElements(table: HTMLElement): Array<{ element: HTMLElement; groupEnd: number }> {
  const rows: HTMLElement[] = [];
  const groupEnds: number[] = [];
  const closeGroup = (): void => {
    while (groupEnds.length < rows.length) groupEnds.push(rows.length);
  };
  for (const child of table.children) {
    const tag = tagOf(child);
    if (tag === 'tr') {
      rows.push(child); // bare rows form one implicit body, up to the next section
    } else if (SECTION_TAGS.has(tag)) {
      closeGroup();
      rows.push(...child.children.filter((row) => tagOf(row) === 'tr'));
      closeGroup();
    }
  }
  closeGroup();
  return rows.map((element, i) => ({ element, groupEnd: groupEnds[i] ?? rows.length }));
}

/** The rows of `table` with their cells and paths. */
export function tableRows(table: HTMLElement, tablePath: string): TableRow[] {
  return tableRowElements(table).map(({ element, groupEnd }, rowIndex) => {
    const path = `${tablePath}/tr[${rowIndex + 1}]`;
    const counts = new Map<string, number>();
    const cells: TableCell[] = [];
    for (const cell of element.children) {
      const tag = tagOf(cell);
      const n = (counts.get(tag) ?? 0) + 1;
      counts.set(tag, n);
      if (CELL_TAGS.has(tag)) cells.push({ element: cell, path: `${path}/${tag}[${n}]` });
    }
    return { path, cells, groupEnd };
  });
}

/**
 * A layout table frames a page rather than holding data: it nests tables or running text
 * (headings, lists, many paragraphs in one cell), or has a single column.
 * Word-made data tables put a <p> in every cell, so one paragraph or a few are still data.
 */
export function isLayoutTable(rows: TableRow[]): boolean {
  if (rows.every((row) => row.cells.length <= 1)) return true;
  return rows.some((row) =>
    row.cells.some(
      ({ element }) =>
        element.querySelector(LAYOUT_CONTENT) !== null ||
        element.querySelectorAll('p, div').length > MAX_BLOCKS_IN_DATA_CELL,
    ),
  );
}

/** One line per row of a data table, merged cells expanded as described at the top. */
export function tableLines(
  rows: TableRow[],
  index: number,
  cellText: (cell: HTMLElement) => string,
): DocumentLine[] {
  // For each grid column, the rowspan that covers it: until which row (exclusive) and from where.
  const carried: Array<{ untilRow: number; path: string } | undefined> = [];
  const lines: DocumentLine[] = [];
  rows.forEach((row, rowIndex) => {
    const cells: TextPiece[] = [];
    let column = 0;
    const fillCarried = (): void => {
      for (let span = carried[column]; span && rowIndex < span.untilRow; span = carried[column]) {
        cells.push(filler(span.path));
        column++;
      }
    };
    for (const cell of row.cells) {
      fillCarried();
      const colspan = spanOf(cell.element, 'colspan', MAX_COLSPAN);
      const rowsLeft = row.groupEnd - rowIndex;
      const rowspanAttribute = spanOf(cell.element, 'rowspan', MAX_ROWSPAN);
      // As in browsers, rowspan="0" spans to the end of the row's section, and no span crosses it.
      const rowspan = Math.min(rowspanAttribute === 0 ? rowsLeft : rowspanAttribute, rowsLeft);
      cells.push({ text: cellText(cell.element), source: { kind: 'element', path: cell.path } });
      for (let k = 1; k < colspan; k++) cells.push(filler(cell.path));
      if (rowspan > 1) {
        for (let k = 0; k < colspan; k++)
          carried[column + k] = { untilRow: rowIndex + rowspan, path: cell.path };
      }
      column += colspan;
    }
    fillCarried();
    if (cells.length > 0) lines.push({ cells, table: { index, row: rowIndex } });
  });
  return lines;
}

const filler = (path: string): TextPiece => ({ text: '', source: { kind: 'element', path } });

/** colspan/rowspan as browsers read them: missing or invalid is 1, rowspan may be 0. */
function spanOf(element: HTMLElement, name: 'colspan' | 'rowspan', max: number): number {
  const raw = element.getAttribute(name);
  const value = raw === undefined ? NaN : Number.parseInt(raw, 10);
  if (Number.isNaN(value)) return 1;
  if (value === 0 && name === 'rowspan') return 0;
  return Math.min(Math.max(value, 1), max);
}
