// Cells recovered from figures that ran together (run-together.ts): a unique split is marked 推断 with
// a note finding saying how; several splits leave the cells blank with a finding naming the candidates
// (rule structure.unplaced: the cells are 无法识别, never 漏填). Never a silent guess.
import type { CellId, ExtractedCell, Finding, TemplateVersion } from '../../../shared/report';
import { makeFinding } from '../findings';
import { appealColumns, appealGroups, cellId, requestColumns } from '../template/definitions';
import { parseMessages } from './messages';
import type { RecoveredRow } from './run-together';

const idsOf = (row: RecoveredRow): CellId[] =>
  row.row === 'appeals'
    ? appealGroups.flatMap((group) => appealColumns.map((column) => cellId('appeals', group.id, column.id)))
    : requestColumns.map((column) => cellId('requests', (row.row as { id: string }).id, column.id));

const rowLabel = (row: RecoveredRow): string => (row.row === 'appeals' ? '表四 数据行' : `表三 ${row.row.group ?? ''}${row.row.label}`);

export function markRecovered(
  cells: Record<CellId, ExtractedCell>,
  rows: RecoveredRow[],
  template: TemplateVersion | null,
): Finding[] {
  if (!template || rows.length === 0) return [];
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
    const message = parseMessages.ambiguousSplit(rowLabel(row), row.digits, row.candidates);
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
  if (inferred.length > 0) {
    findings.push(
      makeFinding({
        rule: 'cells.inferred',
        severity: 'info',
        message: parseMessages.inferredRows(inferred.map(rowLabel), inferred[0]!.digits),
        cells: inferred.flatMap(idsOf),
        basis: parseMessages.splitBasis(inferred.some((row) => row.table === 'requests') ? 'requests' : 'appeals'),
      }),
    );
  }
  return findings;
}
