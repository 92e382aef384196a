// Word binary blocks as HTML: paragraphs as <p>, tables with merged cells as colspan/rowspan, the way
// mammoth renders DOCX. The reader reads this HTML (element paths are its provenance) and the original
// view shows the same HTML, so a cell's path finds the cell on screen.

import type { WordBlock, WordCell, WordRow } from './word-structure';

/** Cell edges closer than this (twips, 1/20 pt) are one grid line. */
const SAME_EDGE = 30;

interface GridCell {
  html: string;
  column: number;
  colspan: number;
  rowspan: number;
  verticalMerge: number;
}

export function wordHtml(blocks: WordBlock[]): string {
  return blocks
    .filter((block) => block.kind === 'paragraph' || block.rows.length > 0)
    .map((block) => (block.kind === 'paragraph' ? `<p>${escapeHtml(block.text)}</p>` : tableHtml(block.rows)))
    .join('\n');
}

const cellHtml = (cell: WordCell): string => wordHtml(cell.blocks).replace(/\n/g, '');

function tableHtml(rows: WordRow[]): string {
  const edges = gridEdges(rows);
  const grid = rows.map((row) => rowCells(row, edges));
  // A vertically merged cell grows down over the continuation cells below it, which then vanish.
  grid.forEach((cells, r) => {
    for (const cell of cells) {
      if (cell.verticalMerge !== 3) continue;
      for (let below = r + 1; below < grid.length; below++) {
        const index = grid[below]!.findIndex(
          (other) => other.column === cell.column && other.verticalMerge === 1,
        );
        if (index < 0) break;
        const [continuation] = grid[below]!.splice(index, 1);
        cell.html += continuation!.html;
        cell.rowspan++;
      }
    }
  });
  const body = grid
    .map((cells) => {
      const tds = cells.map((cell) => {
        const spans = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
        return `<td${spans}>${cell.html}</td>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('');
  return `<table>${body}</table>`;
}

/** The distinct cell edges of all rows: the table's grid columns. */
function gridEdges(rows: WordRow[]): number[] {
  const all = rows.flatMap((row) => row.format?.edges ?? []).sort((a, b) => a - b);
  const edges: number[] = [];
  for (const edge of all)
    if (edges.length === 0 || edge - edges[edges.length - 1]! > SAME_EDGE) edges.push(edge);
  return edges;
}

function rowCells(row: WordRow, edges: number[]): GridCell[] {
  const format = row.format && row.format.edges.length === row.cells.length + 1 ? row.format : undefined;
  const cells: GridCell[] = [];
  row.cells.forEach((cell, index) => {
    const html = cellHtml(cell);
    const flags = format?.cells[index];
    const previous = cells[cells.length - 1];
    // Word 97's horizontal merge: a continuation cell joins the one before it.
    if (previous && flags && flags.horizontalMerge >= 2) {
      previous.html += html;
      previous.colspan += format ? span(format.edges[index]!, format.edges[index + 1]!, edges) : 1;
      return;
    }
    const column = format ? edgeIndex(format.edges[index]!, edges) : index;
    const colspan = format ? span(format.edges[index]!, format.edges[index + 1]!, edges) : 1;
    cells.push({ html, column, colspan, rowspan: 1, verticalMerge: flags?.verticalMerge ?? 0 });
  });
  return cells;
}

const edgeIndex = (edge: number, edges: number[]): number => {
  let best = 0;
  edges.forEach((candidate, index) => {
    if (Math.abs(candidate - edge) < Math.abs(edges[best]! - edge)) best = index;
  });
  return best;
};

const span = (from: number, to: number, edges: number[]): number =>
  Math.max(1, edgeIndex(to, edges) - edgeIndex(from, edges));

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
