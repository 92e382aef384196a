// The main text of a Word binary document as blocks: paragraphs, and tables of rows of cells, each
// cell holding paragraphs and nested tables, each row with its cell edges and merge flags. Field
// codes are dropped and their results kept; Word's other control characters become text or nothing.
//
// Marks ([MS-DOC] 2.4.3): in an outer table a cell ends with \x07 and a row with a \x07 whose
// paragraph has sprmPFTtp; in a nested table both are paragraph marks flagged sprmPFInnerTableCell
// and sprmPFInnerTtp, and sprmPItap gives the depth.

import type { ParagraphProperties, RowFormat } from './paragraph-properties';
import type { WordBody } from './word-binary';

export type WordBlock = { kind: 'paragraph'; text: string } | WordTable;

export interface WordTable {
  kind: 'table';
  rows: WordRow[];
}

export interface WordRow {
  cells: WordCell[];
  format?: RowFormat;
}

export interface WordCell {
  blocks: WordBlock[];
}

const PARAGRAPH_END = '\r';
const CELL_END = '\x07';
const FIELD_BEGIN = '\x13';
const FIELD_SEPARATOR = '\x14';
const FIELD_END = '\x15';
/** Deeper tables are read as the text of the table above them. */
const MAX_DEPTH = 16;

/** An open table at some depth, with its row and cell being filled. */
interface OpenTable {
  table: WordTable;
  row: WordRow;
  cell: WordCell;
}

export function wordBlocks(body: WordBody): WordBlock[] {
  const blocks: WordBlock[] = [];
  const open: OpenTable[] = [];
  let text = '';
  // Fields nest: for each open field, whether its code part (dropped) or its result (kept) is being read.
  const fields: Array<'code' | 'result'> = [];

  for (let cp = 0; cp < body.text.length; cp++) {
    const char = body.text[cp]!;
    if (char === FIELD_BEGIN) fields.push('code');
    else if (char === FIELD_SEPARATOR) fields[fields.length - 1] = 'result';
    else if (char === FIELD_END) fields.pop();
    else if (char !== PARAGRAPH_END && char !== CELL_END) {
      if (!fields.includes('code')) text += char;
    } else {
      const paragraph = cleanText(text);
      text = '';
      addParagraph(blocks, open, paragraph, char === CELL_END, body.properties(cp));
    }
  }
  const rest = cleanText(text);
  if (rest) blocks.push({ kind: 'paragraph', text: rest });
  return blocks;
}

function addParagraph(
  blocks: WordBlock[],
  open: OpenTable[],
  paragraph: string,
  cellMark: boolean,
  properties: ParagraphProperties,
): void {
  const depth = properties.inTable ? Math.min(properties.depth, MAX_DEPTH) : 0;
  open.length = Math.min(open.length, depth); // tables deeper than this paragraph have ended
  while (open.length < depth) {
    const table: WordTable = { kind: 'table', rows: [] };
    const parent = open[open.length - 1];
    (parent ? parent.cell.blocks : blocks).push(table);
    open.push({ table, row: { cells: [] }, cell: { blocks: [] } });
  }
  const current = open[open.length - 1];
  if (!current) {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph });
    return;
  }
  const rowEnd = depth === 1 ? properties.rowEnd && cellMark : properties.innerRowEnd;
  if (rowEnd) {
    current.table.rows.push({ cells: current.row.cells, format: properties.row });
    current.row = { cells: [] };
    current.cell = { blocks: [] };
    return;
  }
  if (paragraph) current.cell.blocks.push({ kind: 'paragraph', text: paragraph });
  if (depth === 1 ? cellMark : properties.innerCellEnd) {
    current.row.cells.push(current.cell);
    current.cell = { blocks: [] };
  }
}

/**
 * Visible text of one paragraph: line breaks and page breaks as spaces, non-breaking hyphens as hyphens,
 * tabs kept (they separate the cells of a row typed as a paragraph); other control characters (pictures,
 * objects, note references, deleted text) dropped.
 */
function cleanText(raw: string): string {
  let text = '';
  for (const char of raw) {
    const code = char.charCodeAt(0);
    if (code === 0x1e) text += '-';
    else if (code === 0x0b || code === 0x0c || code === 0xa0) text += ' ';
    else if (code >= 0x20 || code === 0x09) text += char;
  }
  return text.replace(/ {2,}/g, ' ').trim();
}
