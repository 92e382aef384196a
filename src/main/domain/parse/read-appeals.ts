// Table 四 is one row of 15 numbers (three groups of five) under a three-level header.
import type { CellId, ExtractedCell, Finding } from '../../../shared/report';
import { makeFinding } from '../findings';
import { appealColumns, appealGroups, cellId } from '../template/definitions';
import { ocrReading } from './ocr-reading';
import { parseMessages } from './messages';
import { isNoise, placeValues } from './row-values';
import { isNumber, isText, type Token } from './tokens';
import type { TableRegion } from './read-table';

const appealIds: CellId[] = appealGroups.flatMap((group) =>
  appealColumns.map((column) => cellId('appeals', group.id, column.id)),
);

/** The longest run of value tokens in the region: the data row (headers are text). */
function longestValueRun(tokens: Token[], region: TableRegion): Token[] {
  let best: Token[] = [];
  let run: Token[] = [];
  for (let i = region.start; i < region.end; i++) {
    const token = tokens[i]!;
    if (isText(token) && !isNoise(token)) {
      if (run.filter(isNumber).length > best.filter(isNumber).length) best = run;
      run = [];
      continue;
    }
    if (!isNoise(token)) run.push(token);
  }
  return run.filter(isNumber).length > best.filter(isNumber).length ? run : best;
}

/** A row of the real table with a cell for each of the 15 figures, all left empty: a blank table 四. */
function blankDataRow(tokens: Token[], region: TableRegion): Token[] | undefined {
  const byLine = new Map<number, Token[]>();
  for (const token of tokens.slice(region.start, region.end)) byLine.set(token.line, [...(byLine.get(token.line) ?? []), token]);
  return [...byLine.values()].find((line) => line.length === appealIds.length && line.every((token) => token.inTable && token.key === ''));
}

function valueTokens(tokens: Token[], region: TableRegion): Token[] {
  return tokens.slice(region.start, region.end).filter((token) => !isText(token) && !isNoise(token));
}

export function readAppeals(tokens: Token[], region: TableRegion): { cells: Record<CellId, ExtractedCell>; findings: Finding[] } {
  const cells: Record<CellId, ExtractedCell> = {};
  for (const id of appealIds) cells[id] = { value: null, raw: '' };
  // The 15 figures stand in one row, or in three rows of five under their own headers.
  const all = valueTokens(tokens, region);
  const run = all.filter((token) => token.key !== '').length === appealIds.length ? all : longestValueRun(tokens, region);
  // Either run holds a figure (or, taken whole, 15 written cells): an empty one means no figures at all.
  if (run.length === 0) {
    const blank = blankDataRow(tokens, region);
    blank?.forEach((token, i) => (cells[appealIds[i]!] = { value: null, raw: '', source: token.piece.source }));
    return { cells, findings: [] };
  }
  const inTable = run.every((token) => token.inTable);
  const placement = placeValues(run, appealIds.length, inTable, false);
  if (placement.kind === 'partial') {
    const first = run[0]!;
    for (const id of appealIds) cells[id] = { value: null, raw: '', source: first.piece.source };
    const finding = makeFinding({
      rule: 'structure.unplaced',
      severity: 'warning',
      message: parseMessages.appealsShort(placement.found),
      cells: appealIds,
      basis: parseMessages.unplacedBasis,
    });
    return { cells, findings: [finding] };
  }
  // A row of 15 marks ("-", "/", "无") is 15 blank cells, each written as it stands.
  const placed = placement.kind === 'blank' ? run.filter((token) => token.key !== '') : placement.tokens;
  appealIds.forEach((id, i) => {
    const token = placed[i]!;
    const reading = token.reading;
    cells[id] = {
      value: reading.kind === 'number' ? reading.value : null,
      raw: token.piece.text.trim(),
      source: token.piece.source,
      ...ocrReading(token.piece),
    };
  });
  return { cells, findings: [] };
}
