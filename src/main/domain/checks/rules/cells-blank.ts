// cells.blank: a cell where the form expects a number was found blank ("", "-", "/", "无"):
// one warning per row listing its blank cells (漏填, reported apart from 数值错误).
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { rowCellIds } from '../context';
import { BASIS, columnWord, blankRowMessage, rowPlace } from '../messages';
import type { Rule } from '../rule';

const TABLES = ['active', 'requests', 'appeals'] as const;

export const cellsBlank: Rule = {
  id: 'cells.blank',
  check(context) {
    const findings: Finding[] = [];
    for (const tableId of TABLES) {
      const table = context.table(tableId);
      for (const row of table.rows) {
        const ids = rowCellIds(tableId, row);
        // Cells the parser already reported (blank, unplaced, …) are not reported again.
        const blank = ids.filter((id) => context.state(id).kind === 'blank' && !context.parserCells.has(id));
        if (blank.length === 0) continue;
        const columns = blank
          .map((id) => row.columns[ids.indexOf(id)]?.label ?? id)
          .map((label) => columnWord(tableId, label));
        findings.push(
          makeFinding({
            rule: this.id,
            severity: 'warning',
            message: blankRowMessage(
              rowPlace(table, row),
              columns,
              blank.map((id) => context.report.cells[id]?.raw ?? ''),
              blank.length === ids.length,
            ),
            cells: blank,
            basis: BASIS.blank,
          }),
        );
      }
    }
    return findings;
  },
};
