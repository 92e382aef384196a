// Reader for plain text and Markdown (.txt, .md): reports pasted or converted by other tools.
// Each cell keeps [start, end) offsets into the decoded string (UTF-16 code units, BOM
// excluded), so `text.slice(start, end) === cell.text` always holds.

import type { DocumentLine, TextPiece } from '../../../shared/document';
import { readError, type ReadResult } from '../read-result';
import { decodeText } from './decode-text';
import { looksLikeText } from './looks-like-text';

export const TEXT_MESSAGES = {
  notText: '文件内容不是文本（含大量控制字符或无法识别的字节），可能已损坏，或并非文本格式的报告',
} as const;

export async function readText(bytes: Uint8Array): Promise<ReadResult> {
  const { text } = decodeText(bytes);
  if (!looksLikeText(text)) return readError('corrupt', TEXT_MESSAGES.notText);
  return { ok: true, document: { format: 'txt', lines: textToLines(text) } };
}

/** Splits decoded text into lines and cells. Blank lines and Markdown separator rows are dropped. */
export function textToLines(text: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  // Markdown rows ("| a | b |") are rows of a real table: their empty cells are blank cells.
  let table = { index: -1, row: 0, open: false };
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const cells = lineCells(text, start, end);
    const markdownRow = text.slice(start, end).trimStart().startsWith('|');
    if (!markdownRow && cells) table.open = false;
    if (cells && markdownRow) {
      table = table.open ? { ...table, row: table.row + 1 } : { index: table.index + 1, row: 0, open: true };
      lines.push({ cells, table: { index: table.index, row: table.row } });
    } else if (cells) lines.push({ cells });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

/** Whitespace trimmed around cells; full-width spaces and NBSP are content, left for normalisation. */
const EDGE_SPACE = /[ \t\f\v]/;
/** Three dashes at least: a lone "-" in a cell is a reported blank, not a separator. */
const SEPARATOR_PIECE = /^[ \t]*:?-{3,}:?[ \t]*$/;
const HEADING = /^(#{1,6})[ \t]+/;

function lineCells(text: string, start: number, end: number): TextPiece[] | undefined {
  const line = text.slice(start, end);
  if (!/\S/.test(line)) return undefined;
  const trimmed = line.trim();
  if (trimmed.startsWith('|') || trimmed.endsWith('|')) {
    const pieces = pipePieces(line, start, trimmed);
    if (pieces.length > 0 && pieces.every(([from, to]) => SEPARATOR_PIECE.test(text.slice(from, to))))
      return undefined;
    return pieces.map(([from, to]) => piece(text, from, to));
  }
  // Tabs after the first character separate cells; tabs only in front are indentation
  // (Word conversions indent every paragraph with a tab, see seed 002).
  const indent = /^\t*/.exec(line)?.[0].length ?? 0;
  if (line.indexOf('\t', indent) >= 0)
    return tabPieces(line, start).map(([from, to]) => piece(text, from, to));
  return [headingAware(text, start + indent, end)];
}

/** "| a | b |" or "a |": pieces between unescaped pipes, minus the empty outer ones. */
function pipePieces(line: string, offset: number, trimmed: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  bounds.push([from, line.length]);
  if (trimmed.startsWith('|')) bounds.shift();
  if (trimmed.endsWith('|')) bounds.pop();
  return bounds.map(([a, b]) => [offset + a, offset + b]);
}

function tabPieces(line: string, offset: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === '\t') {
      bounds.push([offset + from, offset + i]);
      from = i + 1;
    }
  }
  return bounds;
}

/** The cell between [from, to) with surrounding ASCII spaces left out; an empty cell is ''. */
function piece(text: string, from: number, to: number): TextPiece {
  let start = from;
  let end = to;
  while (start < end && EDGE_SPACE.test(text[start] ?? '')) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1] ?? '')) end--;
  return { text: text.slice(start, end), source: { kind: 'text', start, end } };
}

/** A one-cell line; a Markdown heading loses its '#' marks but keeps offsets on the words. */
function headingAware(text: string, from: number, to: number): TextPiece {
  const heading = HEADING.exec(text.slice(from, to));
  return piece(text, heading ? from + heading[0].length : from, to);
}
