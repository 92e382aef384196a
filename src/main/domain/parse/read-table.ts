// Reads the rows of one statutory table out of the token stream, in the form's order.
import type { CellId, ExtractedCell, Finding } from '../../../shared/report';
import { makeFinding } from '../findings';
import { cellId, type RowDef, type TableDef } from '../template/definitions';
import { toWanYuan } from './normalize';
import { maxLabelLength, placeValues, rowValueTokens, type Placement } from './row-values';
import { isNumber, isText, type Token } from './tokens';
import { inferMissingRows } from './infer-rows';
import { nearRow } from './ocr-labels';
import { ocrReading } from './ocr-reading';
import { parseMessages } from './messages';

export interface TableRegion {
  start: number;
  end: number;
}

export interface TableReading {
  cells: Record<CellId, ExtractedCell>;
  findings: Finding[];
  /** Token index of each row's label, for rows that were found. */
  labels: Map<string, Token>;
  /** Index after the last token read. */
  cursor: number;
  /** Rows with fewer numbers than columns. */
  shortRows: ShortRow[];
  /** Token indexes of the figures already placed. */
  used: Set<number>;
  /** Rows whose label stands alone with no figures after it: blank, or figures displaced by a conversion. */
  looseBlank: Set<string>;
}

interface ShortRow {
  row: RowDef;
  found: number;
  anchored: boolean;
  unplaced: CellId[];
}

/** One finding per kind of shortfall: a table whose every row lost a column is one problem, not twenty. */
function shortRowFindings(table: TableDef, shortRows: ShortRow[]): Finding[] {
  const groups = new Map<string, ShortRow[]>();
  for (const short of shortRows) {
    const key = `${short.found}/${short.anchored}`;
    groups.set(key, [...(groups.get(key) ?? []), short]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const message =
      group.length === 1
        ? parseMessages.unplaced(table, first.row, first.found, first.anchored)
        : parseMessages.unplacedRows(table, group.map((short) => short.row), first.found, first.anchored);
    return makeFinding({
      rule: 'structure.unplaced',
      severity: 'warning',
      message,
      cells: group.flatMap((short) => short.unplaced),
      basis: parseMessages.unplacedBasis,
    });
  });
}

/** Patterns for rows of table 三 whose key alone is too common to match on its own (no other table has these ids). */
const strictRows: Record<string, RegExp> = {
  'other.other': /^(?:3[.、]?)?其他$/,
  // A scan may lose a bracket ("七)总计") or, after "（七）", the last character ("（七)总").
  total: /^(?:\(?七\)?总计|\(七\)总$|总计$)/,
};

function matchesRow(token: Token, table: TableDef, row: RowDef): boolean {
  if (!isText(token) || token.key.length > maxLabelLength) return false;
  const strict = strictRows[row.id];
  if (strict) return strict.test(token.key);
  if (row.keys.some((key) => token.key.includes(key))) return true;
  return token.piece.ocr !== undefined && nearRow(token.key, table.rows) === row;
}

/** How far a label may be repeated (a heading, then the real row) and still be the same row. */
const repeatWindow = 40;

/**
 * The row's label and its values. A label may stand twice, as a heading and again in the row that
 * carries the figures (Markdown conversions): the first occurrence with figures wins.
 */
function findRow(tokens: Token[], from: number, end: number, table: TableDef, row: RowDef) {
  let first: { label: Token; values: ReturnType<typeof rowValueTokens> } | undefined;
  const isOtherLabel = (token: Token) => table.rows.some((other) => other !== row && matchesRow(token, table, other));
  for (let i = from; i < end; i++) {
    if (first && i > first.label.index + repeatWindow) break;
    if (!matchesRow(tokens[i]!, table, row)) continue;
    const candidate = { label: tokens[i]!, values: rowValueTokens(tokens, tokens[i]!, end, row.columns.length, isOtherLabel) };
    if (candidate.values.values.some(isNumber)) return candidate;
    first ??= candidate;
  }
  return first;
}

function cellFromToken(token: Token, money: boolean): ExtractedCell {
  const reading = token.reading;
  const ocr = ocrReading(token.piece);
  if (reading.kind !== 'number') return { value: null, raw: token.piece.text.trim(), source: token.piece.source, ...ocr };
  const value = money ? toWanYuan(reading.value, reading) : reading.value;
  return { value, raw: token.piece.text.trim(), source: token.piece.source, ...ocr };
}

function applyPlacement(
  placement: Placement,
  table: TableDef,
  row: RowDef,
  label: Token,
  values: Token[],
  reading: TableReading,
): void {
  const ids = row.columns.map((column) => cellId(table.id, row.id, column.id));
  const blankAtLabel: ExtractedCell = { value: null, raw: '', source: label.piece.source };
  const blankCells = placement.kind === 'blank' ? blankRowCells(label, values, row.columns.length) : [];
  row.columns.forEach((column, i) => {
    const id = ids[i]!;
    if (placement.kind === 'complete' || placement.kind === 'overflow') {
      reading.cells[id] = cellFromToken(placement.tokens[i]!, Boolean(column.money));
    } else if (placement.kind === 'blank') {
      reading.cells[id] = blankCells[i] ?? blankAtLabel;
    } else {
      const token = placement.placed.get(i);
      reading.cells[id] = token ? cellFromToken(token, Boolean(column.money)) : blankAtLabel;
    }
  });
  if (placement.kind === 'partial') {
    const unplaced = ids.filter((_, i) => !placement.placed.has(i));
    reading.shortRows.push({ row, found: placement.found, anchored: placement.placed.size > 0, unplaced });
  } else if (placement.kind === 'overflow') {
    reading.findings.push(
      makeFinding({
        rule: 'structure.unplaced',
        severity: 'info',
        message: parseMessages.overflow(table, row, placement.found),
        cells: [],
        discriminator: row.id,
      }),
    );
  }
}

/**
 * The cells of a row with no figures. A table row with a slot per column gives each cell its own slot
 * (visibly empty, or written "-", "/", "无"); so does a row written with a mark for each column (a text
 * copy's "- / 无"). On a page (PDF) a label with no slots beside it proves nothing about the cells: the
 * figures may stand where the reader could not place them, so the cells are 无法识别, never blank.
 * Elsewhere (text, where the row is written out) the label's row is blank.
 */
function blankRowCells(label: Token, values: Token[], columns: number): ExtractedCell[] {
  // The last slots: those before them are the label's own merged cell.
  const slots = values.filter((token) => token.inTable && token.line === label.line).slice(-columns);
  // Values found after the label's line are its marks (rowValueTokens leaves out empty cells there).
  const own = slots.length === columns ? slots : values.length === columns ? values : undefined;
  if (own) return own.map((token) => ({ value: null, raw: token.piece.text.trim(), source: token.piece.source }));
  if (label.piece.source.kind !== 'pdf') return [];
  const unreadable: ExtractedCell = {
    value: null,
    raw: '',
    source: label.piece.source,
    reading: { kind: 'unreadable', note: parseMessages.unreadableNote },
  };
  return Array.from({ length: columns }, () => unreadable);
}

/**
 * Reads `table`'s rows within `region`; rows not found keep cells without a source. Table 三's labels
 * repeat words of each other and are searched in the form's order; table 二's rows are distinct and
 * are found wherever they stand (conversions move its blocks around).
 */
export function readTable(tokens: Token[], table: TableDef, rows: RowDef[], region: TableRegion): TableReading {
  const ordered = table.id === 'requests';
  const reading: TableReading = { cells: {}, findings: [], labels: new Map(), cursor: region.start, shortRows: [], used: new Set(), looseBlank: new Set() };
  for (const row of rows) {
    for (const column of row.columns) reading.cells[cellId(table.id, row.id, column.id)] = { value: null, raw: '' };
    const found = findRow(tokens, ordered ? reading.cursor : region.start, region.end, table, row);
    if (!found) continue;
    const { label, values: { values, sameLine } } = found;
    reading.labels.set(row.id, label);
    for (const value of values) reading.used.add(value.index);
    const inTable = sameLine && label.inTable;
    const placement = placeValues(values, row.columns.length, inTable, table.id === 'requests');
    applyPlacement(placement, table, row, label, values, reading);
    if (placement.kind === 'blank' && label.cellsInLine === 1) reading.looseBlank.add(row.id);
    reading.cursor = label.index + 1;
  }
  reading.findings.push(...inferMissingRows(tokens, table, rows, region, reading, cellFromToken));
  reading.findings.push(...shortRowFindings(table, reading.shortRows));
  return reading;
}
