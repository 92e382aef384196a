// Which value tokens belong to a row, and how they map onto the row's columns.
import { stackedRowValues } from './stacked-labels';
import { isNumber, isText, type Token } from './tokens';

/** Row labels are short; prose that happens to contain a row's words is not a label. */
export const maxLabelLength = 60;

/** A short piece of text that is not a label: a character of a vertical label, a stray unit. */
export function isNoise(token: Token): boolean {
  return isText(token) && token.key.length <= 2 && !/\d/.test(token.key);
}

export type Placement =
  /** Every column has its token (a blank token for a blank cell). */
  | { kind: 'complete'; tokens: Token[] }
  /** Nothing written at all: every column blank. */
  | { kind: 'blank' }
  /** Fewer numbers than columns: `placed` maps column index to token; the others could not be placed. */
  | { kind: 'partial'; placed: Map<number, Token>; found: number }
  /** More numbers than columns: the first `columns` tokens are used, the rest reported. */
  | { kind: 'overflow'; tokens: Token[]; found: number };

/**
 * The value tokens of a row whose label is `label`: on the label's own line when it has any, else on the lines after.
 * `isOtherLabel` tells the label of another row, which never continues this row's wrapped label.
 */
export function rowValueTokens(
  tokens: Token[],
  label: Token,
  end: number,
  columns: number,
  isOtherLabel: (token: Token) => boolean,
): { values: Token[]; sameLine: boolean } {
  const values: Token[] = [];
  let i = label.index + 1;
  // Values on the label's own line (tab/pipe rows, real table rows, PDF lines).
  while (i < end && tokens[i]!.line === label.line) {
    const token = tokens[i]!;
    if (isText(token) && !isNoise(token)) break;
    if (!isNoise(token)) values.push(token);
    i++;
  }
  // Figures on the label's line are the row's. So are the slots of a table row with one for every column, all
  // blank: a blank row, the next row's figures are not its own.
  if (values.some(isNumber) || (label.inTable && values.length >= columns)) return { values, sameLine: true };
  const stacked = stackedRowValues(tokens, label, end, columns);
  if (stacked) return { values: stacked, sameLine: false };
  // One cell per line: the values follow the label; a wrapped label may continue first.
  const onOwnLine: Token[] = [];
  let wrapped = false;
  for (i = label.index + 1; i < end; i++) {
    const token = tokens[i]!;
    // An empty cell (of the label's row or another) is no value of a row written one cell per line.
    if (token.key === '') continue;
    if (isText(token)) {
      if (isNoise(token)) continue;
      // A wrapped label goes on; another row's label, or text holding another row's number ("公开 2.其他…",
      // a page-cut label), does not: a row left blank has no figures of its own.
      const otherRow =
        isOtherLabel(token) ||
        /^[(（]?[一二三四五六七八九十\d]+[)）.、]/.test(token.key) ||
        /[1-9][.．、]\s*[\u4e00-\u9fa5]/.test(token.piece.text);
      // The label and its second line are no longer than a label on one line: longer text is prose.
      if (onOwnLine.length === 0 && !wrapped && !otherRow && label.key.length + token.key.length <= maxLabelLength) {
        wrapped = true;
        continue;
      }
      break;
    }
    // A full row of figures is complete: the next line's figures belong to another row.
    const previous = onOwnLine[onOwnLine.length - 1];
    if (previous && previous.line !== token.line && onOwnLine.length >= columns) break;
    onOwnLine.push(token);
  }
  // Marks on the label's line were taken again above; what is left of that line is empty cells, which say nothing.
  return { values: onOwnLine, sameLine: false };
}

/** Maps value tokens onto `columns` columns (see Placement); `anchorEnds` places first and last of a short row. */
export function placeValues(values: Token[], columns: number, inTable: boolean, anchorEnds: boolean): Placement {
  const numbers = values.filter(isNumber);
  const explicit = values.filter((token) => token.key !== '');
  if (numbers.length === 0) return { kind: 'blank' };
  if (explicit.length === columns) return { kind: 'complete', tokens: explicit };
  // Exact cell slots (blank cells kept as empty cells) in a structured row. A real table row may carry padding
  // from merged label cells; a tab/pipe row's empty ends are conversion debris, never blank cells.
  let slots = values;
  const padding = (list: Token[], at: number) => list[at]!.key === '' && (!inTable || list.length > columns);
  // A figure always remains: only empty cells are padding.
  while (padding(slots, 0)) slots = slots.slice(1);
  while (padding(slots, slots.length - 1)) slots = slots.slice(0, -1);
  if (slots.length === columns && values.every((token) => token.cellsInLine > 1)) return { kind: 'complete', tokens: slots };
  if (explicit.length > columns) return { kind: 'overflow', tokens: explicit, found: explicit.length };
  const placed = new Map<number, Token>();
  if (anchorEnds && explicit.length >= 2) {
    placed.set(0, explicit[0]!);
    placed.set(columns - 1, explicit[explicit.length - 1]!);
  }
  return { kind: 'partial', placed, found: explicit.length };
}
