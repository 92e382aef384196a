// One page as blocks in reading order: rows of ruled tables, and visual lines of the text around them.
//
// Table rows follow the convention of the DOCX and HTML readers (see html/html-table.ts): column k of
// every row is the same grid column; a merged cell carries its text in its top-left slot and every
// other slot it covers (to its right, in the rows below) gets a "" cell pointing at the same box.
// Boxes of table cells are the cells' boxes; boxes of other text are the text's own box.

import type { PageSize, TextPiece } from '../../../shared/document';
import { alignedTables } from './aligned-table';
import { cellText } from './cell-text';
import { joinLine, splitCells, visualLines } from './line-builder';
import { cellIndexAt, type Grid } from './table-grid';
import { centreX, centreY, unionBox, type Box, type TextRun } from './text-runs';

export interface TableBlock {
  kind: 'table';
  box: Box;
  /** Grid column edges, to tell a table continued from the previous page. */
  columnEdges: number[];
  rows: TextPiece[][];
}

export interface TextLineBlock {
  kind: 'text';
  box: Box;
  cells: TextPiece[];
}

export type PageBlock = TableBlock | TextLineBlock;

/** More text than this in one cell means the "grid" frames running text (a boxed page), not data. */
const MAX_DATA_CELL_CHARS = 200;

export function layoutPage(
  runs: readonly TextRun[],
  grids: readonly Grid[],
  page: number,
  size: PageSize,
): PageBlock[] {
  const piece = pieceMaker(page, size);
  const free: TextRun[] = [];
  const runsByGrid = grids.map((grid) => grid.cells.map((): TextRun[] => []));
  for (const run of runs) {
    const placed = grids.some((grid, g) => {
      const cell = cellIndexAt(grid, centreX(run), centreY(run));
      if (cell < 0) return false;
      runsByGrid[g]![cell]!.push(run);
      return true;
    });
    if (!placed) free.push(run);
  }

  const blocks: PageBlock[] = [];
  grids.forEach((grid, g) => {
    const cellRuns = runsByGrid[g]!;
    const texts = cellRuns.map(cellText);
    const isData =
      texts.some((text) => text !== '') && texts.every((text) => text.length <= MAX_DATA_CELL_CHARS);
    if (isData) blocks.push(tableBlock(grid, texts, piece));
    else free.push(...cellRuns.flat());
  });
  // Tables without ruling lines: rows and columns from where the figures sit.
  const { tables, rest } = alignedTables(free);
  for (const table of tables) {
    const rows = table.rows.map((row) => row.map((cell) => piece(cell.text, cell.box)));
    blocks.push({ kind: 'table', box: table.box, columnEdges: table.columnEdges, rows });
  }
  for (const line of visualLines(rest)) {
    const cells = splitCells(line).map((cell) => piece(joinLine(cell), unionBox(cell)));
    blocks.push({ kind: 'text', box: unionBox(line), cells });
  }
  // Top to bottom; a table and a line starting at the same height: left first.
  return blocks.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function tableBlock(grid: Grid, texts: string[], piece: PieceMaker): TableBlock {
  const columns = grid.columnEdges.length - 1;
  const rowCount = grid.rowEdges.length - 1;
  const rows: TextPiece[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: TextPiece[] = [];
    let startsHere = false;
    for (let c = 0; c < columns; c++) {
      const index = grid.slots[r * columns + c]!;
      const cell = grid.cells[index]!;
      const own = cell.row === r && cell.column === c;
      startsHere ||= cell.row === r;
      row.push(piece(own ? texts[index]! : '', cell));
    }
    // A row where no cell begins only repeats cells of the rows above (an edge drawn in no column).
    if (startsHere) rows.push(row);
  }
  return { kind: 'table', box: grid, columnEdges: grid.columnEdges, rows };
}

type PieceMaker = (text: string, box: Box) => TextPiece;

/** Pieces of text on `page`, their boxes clipped to the page (a table may be drawn past its edge) and rounded. */
function pieceMaker(page: number, { widthPt, heightPt }: PageSize): PieceMaker {
  const clip = (value: number, limit: number): number =>
    Math.round(Math.min(limit, Math.max(0, value)) * 100) / 100;
  return (text, box) => ({
    text,
    source: {
      kind: 'pdf',
      page,
      bboxPt: [clip(box.x0, widthPt), clip(box.y0, heightPt), clip(box.x1, widthPt), clip(box.y1, heightPt)],
    },
  });
}
