// Cells recovered from figures that ran together (run-together.ts): a unique split is marked 推断 with
// a note finding saying how; several splits leave the cells blank with a finding naming the candidates
// (rule structure.unplaced: the cells are 无法识别, never 漏填). Never a silent guess.
import type { CellId, ExtractedCell, Finding } from '../../../shared/report';
import { makeFinding } from '../findings';
import { appealColumns, appealGroups, cellId, requestColumns } from '../template/definitions';
import { parseMessages } from './messages';
import type { RecoveredRow } from './run-together';

const idsOf = (row: RecoveredRow): CellId[] =>
  row.row === 'appeals'
    ? appealGroups.flatMap((group) => appealColumns.map((column) => cellId('appeals', group.id, column.id)))
    : row.table === 'active'
      ? row.row.columns.map((column) => cellId('active', (row.row as { id: string }).id, column.id))
      : requestColumns.map((column) => cellId('requests', (row.row as { id: string }).id, column.id));

const rowLabel = (row: RecoveredRow): string =>
  row.row === 'appeals' ? '表四 数据行' : `${row.table === 'active' ? '表二' : '表三'} ${row.row.group ?? ''}${row.row.label}`;

export function markRecovered(cells: Record<CellId, ExtractedCell>, rows: RecoveredRow[]): Finding[] {
  const findings: Finding[] = [];
  const inferred: RecoveredRow[] = [];
  for (const row of rows) {
    const ids = idsOf(row);
    const source = { kind: 'text' as const, start: row.start, end: row.end };
    if (row.values) {
      const note = parseMessages.inferredSplit(row.digits, row.values, row.table);
      ids.forEach((id, i) => (cells[id] = { value: row.values![i]!, raw: row.digits, source, reading: { kind: 'inferred', note } }));
      inferred.push(row);
      continue;
    }
    const message = parseMessages.ambiguousSplit(rowLabel(row), row.digits, row.candidates, row.table === 'active');
    for (const id of ids) cells[id] = { value: null, raw: row.digits, source, reading: { kind: 'unreadable', note: message } };
    findings.push(
      makeFinding({
        rule: 'structure.unplaced',
        severity: 'warning',
        message,
        cells: ids,
        basis: parseMessages.splitBasis(row.table),
      }),
    );
  }
  // One note for table 二 (split by digit count) and one for tables 三 and 四 (split by their sums). The rows
  // come in the tables' order, so the second note's first row is table 三's whenever it has one.
  for (const group of [inferred.filter((row) => row.table === 'active'), inferred.filter((row) => row.table !== 'active')]) {
    if (group.length === 0) continue;
    const table = group[0]!.table;
    findings.push(
      makeFinding({
        rule: 'cells.inferred',
        severity: 'info',
        message: parseMessages.inferredRows(group.map(rowLabel), group[0]!.digits, table === 'active'),
        cells: group.flatMap(idsOf),
        basis: parseMessages.splitBasis(table),
      }),
    );
  }
  return findings;
}
