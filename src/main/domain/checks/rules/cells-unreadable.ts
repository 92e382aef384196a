// cells.unreadable: cells whose place in the original is known but whose content the reader could
// not read (无法识别). They are never reported as blank (漏填): one warning per row asks the reviewer
// to read them off the original and enter them.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { rowCellIds } from '../context';
import { BASIS, columnWord, rowPlace, unreadableRowMessage } from '../messages';
import type { Rule } from '../rule';

const TABLES = ['active', 'requests', 'appeals'] as const;

export const cellsUnreadable: Rule = {
  id: 'cells.unreadable',
  check(context) {
    const findings: Finding[] = [];
    for (const tableId of TABLES) {
      const table = context.table(tableId);
      for (const row of table.rows) {
        const ids = rowCellIds(tableId, row);
        const unreadable = ids.filter(
          (id) => context.report.cells[id]?.reading?.kind === 'unreadable' && !context.parserCells.has(id),
        );
        if (unreadable.length === 0) continue;
        const columns = unreadable.map((id) => columnWord(tableId, row.columns[ids.indexOf(id)]!.label));
        findings.push(
          makeFinding({
            rule: this.id,
            severity: 'warning',
            message: unreadableRowMessage(rowPlace(table, row), columns, unreadable.length === ids.length),
            cells: unreadable,
            basis: BASIS.unreadable,
          }),
        );
      }
    }
    return findings;
  },
};
