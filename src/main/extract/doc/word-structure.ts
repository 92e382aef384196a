// The main text of a Word binary document as blocks: paragraphs, and tables of rows of cells (each
// cell its paragraphs), with each row's cell edges and merge flags. Field codes are dropped and their
// results kept; Word's other control characters become text or nothing.

import type { RowFormat } from './paragraph-properties';
import type { WordBody } from './word-binary';

export interface WordCell {
  paragraphs: string[];
}

export interface WordRow {
  cells: WordCell[];
  format?: RowFormat;
}

export type WordBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: WordRow[] };

const PARAGRAPH_END = '\r';
const CELL_END = '\x07';
const FIELD_BEGIN = '\x13';
const FIELD_SEPARATOR = '\x14';
const FIELD_END = '\x15';
/** Characters that stand for something drawn (pictures, objects, note references) or are deleted text. */
const DROPPED = /[\x00-\x06\x08\x0e-\x12\x16-\x1d\x1f]/g;

export function wordBlocks(body: WordBody): WordBlock[] {
  const blocks: WordBlock[] = [];
  let table: { kind: 'table'; rows: WordRow[] } | undefined;
  let row: WordRow = { cells: [] };
  let cell: WordCell = { paragraphs: [] };
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
      const properties = body.properties(cp);
      const paragraph = cleanText(text);
      text = '';
      if (!properties.inTable) {
        table = undefined;
        if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph });
        continue;
      }
      if (!table) {
        table = { kind: 'table', rows: [] };
        blocks.push(table);
        row = { cells: [] };
        cell = { paragraphs: [] };
      }
      if (properties.depth > 1) {
        // A nested table's text joins the outer cell it sits in, one line per inner cell or paragraph.
        if (paragraph) cell.paragraphs.push(paragraph);
      } else if (properties.rowEnd) {
        table.rows.push({ cells: row.cells, format: properties.row });
        row = { cells: [] };
        cell = { paragraphs: [] };
      } else {
        if (paragraph) cell.paragraphs.push(paragraph);
        if (char === CELL_END) {
          row.cells.push(cell);
          cell = { paragraphs: [] };
        }
      }
    }
  }
  const rest = cleanText(text);
  if (rest) blocks.push({ kind: 'paragraph', text: rest });
  return blocks.filter((block) => block.kind === 'paragraph' || block.rows.length > 0);
}

/** Visible text of one paragraph: line breaks and tabs as spaces, non-breaking hyphens as hyphens. */
function cleanText(raw: string): string {
  return raw
    .replace(/\x1e/g, '-')
    .replace(/[\x0b\x0c\t\u00a0]/g, ' ')
    .replace(DROPPED, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
