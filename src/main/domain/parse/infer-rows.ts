// Rows whose label was lost in conversion (a Markdown tool dropped it, a page break cut it) leave their
// figures as an unlabelled line. When a run of missing rows and a run of such lines match one to one,
// the figures are placed by the form's order, and a finding says so: never a silent guess.
import type { Finding } from '../../../shared/report';
import { makeFinding } from '../findings';
import { cellId, type RowDef, type TableDef } from '../template/definitions';
import { parseMessages } from './messages';
import { isText, type Token } from './tokens';
import { isNoise } from './row-values';
import type { TableReading, TableRegion } from './read-table';

/** How a group of the form's rows is labelled ("（六）其他处理", as keys are written: "(六)其他处理"). */
const GROUP_LABEL = /^\([一二三四五六七八九十]\)/;

/** Lines between `from` and `to` holding exactly one row's figures, not used by any found row. */
function orphanLines(tokens: Token[], from: number, to: number, columns: number, used: Set<number>): Token[][] {
  const byLine = new Map<number, Token[]>();
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    byLine.set(token.line, [...(byLine.get(token.line) ?? []), token]);
  }
  const orphans: Token[][] = [];
  for (const line of byLine.values()) {
    if (line.some((token) => used.has(token.index))) continue;
    // A group's label in a cell of its own ("（六）其他处理" left of "2.申请人…") is not the row's.
    const row = line.filter((token, k) => !(isText(token) && GROUP_LABEL.test(token.key) && line.slice(k + 1).some(isText)));
    const text = row.filter((token) => isText(token) && !isNoise(token));
    // An unlabelled line, or a line whose label matched no row (a label cut in two, or misread on a scan) and
    // stands first: after the empty cells of merged columns on its left, if any.
    const first = row.find((token) => token.key !== '');
    if (text.length > 1 || (text.length === 1 && text[0] !== first)) continue;
    const values = line.filter((token) => !isText(token) && token.key !== '');
    if (values.length === columns) orphans.push(values);
  }
  return orphans;
}

export function inferMissingRows(
  tokens: Token[],
  table: TableDef,
  rows: RowDef[],
  region: TableRegion,
  reading: TableReading,
  cellFromToken: (token: Token, money: boolean) => TableReading['cells'][string],
): Finding[] {
  const findings: Finding[] = [];
  const missing = (row: RowDef) => !reading.labels.has(row.id) || reading.looseBlank.has(row.id);
  for (let i = 0; i < rows.length; i++) {
    if (!missing(rows[i]!)) continue;
    let j = i;
    while (j + 1 < rows.length && missing(rows[j + 1]!)) j++;
    const group = rows.slice(i, j + 1);
    const before = i > 0 ? reading.labels.get(rows[i - 1]!.id) : undefined;
    const after = j + 1 < rows.length ? reading.labels.get(rows[j + 1]!.id) : undefined;
    const from = before ? before.index + 1 : region.start;
    const to = after ? after.index : region.end;
    const columns = group[0]!.columns.length;
    const orphans = orphanLines(tokens, from, to, columns, reading.used);
    if (orphans.length === group.length && group.every((row) => row.columns.length === columns)) {
      group.forEach((row, k) => {
        row.columns.forEach((column, c) => {
          const token = orphans[k]![c]!;
          reading.cells[cellId(table.id, row.id, column.id)] = cellFromToken(token, Boolean(column.money));
          reading.used.add(token.index);
        });
      });
      findings.push(
        makeFinding({
          rule: 'structure.inferred',
          severity: 'warning',
          message: parseMessages.inferred(table, group),
          cells: group.flatMap((row) => row.columns.map((column) => cellId(table.id, row.id, column.id))),
          basis: parseMessages.inferredBasis,
        }),
      );
    }
    i = j;
  }
  return findings;
}
