// structure.tables: a statutory table not found at all (one error per table), or rows and columns
// of a found table that are missing (one warning per row, naming the missing columns).
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { rowCellIds } from '../context';
import { BASIS, columnWord, missingRowMessage, missingTableMessage, rowPlace } from '../messages';
import type { Rule } from '../rule';

const TABLES = ['active', 'requests', 'appeals'] as const;

export const structureTables: Rule = {
  id: 'structure.tables',
  check(context) {
    const findings: Finding[] = [];
    for (const tableId of TABLES) {
      const table = context.table(tableId);
      const ids = table.rows.flatMap((row) => rowCellIds(tableId, row));
      if (!context.tablePresent(tableId)) {
        if (ids.some((id) => context.parserCells.has(id))) continue; // the parser said it already
        findings.push(
          makeFinding({
            rule: this.id,
            severity: 'error',
            message: missingTableMessage(table),
            cells: [],
            basis: BASIS.tables,
            discriminator: tableId,
          }),
        );
        continue;
      }
      for (const row of table.rows) {
        const rowIds = rowCellIds(tableId, row);
        const missing = rowIds.filter(
          (id) => context.state(id).kind === 'missing' && !context.parserCells.has(id),
        );
        if (missing.length === 0) continue;
        const whole = missing.length === rowIds.length;
        const columns = missing.map((id) => columnWord(tableId, row.columns[rowIds.indexOf(id)]!.label));
        findings.push(
          makeFinding({
            rule: this.id,
            severity: 'warning',
            message: missingRowMessage(rowPlace(table, row), whole ? null : columns),
            cells: missing,
            basis: BASIS.tables,
          }),
        );
      }
    }
    return findings;
  },
};
