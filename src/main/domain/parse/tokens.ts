// The document as a flat stream of cell tokens, the form in which tables are read whatever the layout:
// one cell per line, tab- or pipe-separated rows, real table rows, or PDF lines rebuilt from positions.
import type { SourceDocument, TextPiece } from '../../../shared/document';
import { normalizeLabel, readCell, type CellReading } from './normalize';

export interface Token {
  /** Index in the stream. */
  index: number;
  line: number;
  /** Position of the cell in its line. */
  cell: number;
  /** Number of cells in the line. */
  cellsInLine: number;
  /** True when the line is a row of a real table (DOCX/HTML/ruled PDF). */
  inTable: boolean;
  piece: TextPiece;
  /** Normalised text for matching. */
  key: string;
  reading: CellReading;
}

/** A row label: no sentence punctuation ("，" too, which NFKC has made ","), not ending in a digit. */
const LABEL = '([^\\s,，。；;：:][^,，。；;：:]{0,58}?[^\\d\\s,，。；;：:])';
const FIGURE = '[-+]?\\d[\\d,]*(?:\\.\\d+)?';

/**
 * "行政处罚 0", "规章 0 0 3", "1.属于国家秘密 0 0 0 0 0 0 0": a label and its figures in one cell, separated by
 * spaces (a conversion, or a viewer's copy with a space for each gap between cells).
 */
const labelWithFigures = new RegExp(`^${LABEL}\\s+((?:${FIGURE}\\s*(?:万元|元)?\\s*)+)$`);
/** "总计1 0 0 0 1 …": the same with the first figure touching the label, the others kept apart. */
const labelTouchingFigures = new RegExp(`^${LABEL}(${FIGURE}(?:\\s+${FIGURE})+)$`);
/** How such a cell ends: a figure's last digit (or separator), or its unit. */
const FIGURE_END = /[\d,元]$/;
/** Each figure of such a cell, with its unit. */
const figureWithUnit = new RegExp(`${FIGURE}(?:\\s*(?:万元|元))?`, 'g');

/** A figure as a form writes it: 0, or no leading zero (a run of digits that lost its separators is not one). */
const CLEAN_FIGURE = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/**
 * "31 5 1 2 3 4 46": a row's figures alone, a space for each gap between cells (a text copy, a Word row of
 * tabs). Three figures or more, each clean; not when every figure after the first has three digits, which
 * may be one number grouped by spaces ("12 345 678").
 */
function isFiguresAlone(cell: string): boolean {
  const figures = cell.split(/\s+/);
  if (figures.length < 3 || !figures.every((figure) => CLEAN_FIGURE.test(figure))) return false;
  return !figures.slice(1).every((figure) => /^\d{3}$/.test(figure));
}

function slice(piece: TextPiece, from: number, to: number): TextPiece {
  const text = piece.text.slice(from, to);
  if (piece.source.kind !== 'text') return { ...piece, text };
  const start = piece.source.start + from;
  return { text, source: { kind: 'text', start, end: start + text.length } };
}

/** Splits a label-and-figures cell into its pieces; other cells are left whole. */
export function splitCell(piece: TextPiece): TextPiece[] {
  // Full-width digits read as digits; NFKC keeps their positions when it keeps the length.
  const folded = piece.text.normalize('NFKC');
  const text = folded.length === piece.text.length ? folded : piece.text;
  const cell = text.trim();
  // Both patterns end in a figure or its unit: a line of prose ends otherwise, and is not tried.
  if (!FIGURE_END.test(cell)) return [piece];
  if (isFiguresAlone(cell)) return [...text.matchAll(/\S+/g)].map((figure) => slice(piece, figure.index, figure.index + figure[0].length));
  const match = labelWithFigures.exec(cell) ?? labelTouchingFigures.exec(cell);
  if (!match || !/[\u4e00-\u9fff]/.test(match[1]!)) return [piece];
  const offset = text.indexOf(match[1]!);
  const pieces = [slice(piece, offset, offset + match[1]!.length)];
  const rest = offset + match[1]!.length;
  for (const figure of text.slice(rest).matchAll(figureWithUnit)) {
    pieces.push(slice(piece, rest + figure.index, rest + figure.index + figure[0].length));
  }
  return pieces;
}

export function tokenize(document: SourceDocument): Token[] {
  const tokens: Token[] = [];
  document.lines.forEach((line, lineIndex) => {
    const cells = line.cells.length === 1 ? splitCell(line.cells[0]!) : line.cells;
    const structured = cells.length > 1;
    cells.forEach((piece, cellIndex) => {
      const key = normalizeLabel(piece.text);
      // An empty cell only means something inside a row of several cells (a blank cell).
      if (!key && !structured) return;
      tokens.push({
        index: tokens.length,
        line: lineIndex,
        cell: cellIndex,
        cellsInLine: cells.length,
        inTable: line.table !== undefined,
        piece,
        key,
        reading: readCell(piece.text),
      });
    });
  });
  return tokens;
}

export const isNumber = (token: Token): boolean => token.reading.kind === 'number';
export const isText = (token: Token): boolean => token.reading.kind === 'text';
