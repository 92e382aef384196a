// cells.blank: a cell where the form expects a number was found blank ("", "-", "/", "无"):
// one warning per row listing its blank cells (漏填, reported apart from 数值错误); rows of a table that
// leave the same columns blank (a body that fills only 自然人 and 总计) are one warning, not thirty.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { rowCellIds } from '../context';
import { BASIS, blankRowMessage, blankRowsPlace, columnWord, rowPlace } from '../messages';
import type { Rule } from '../rule';

const TABLES = ['active', 'requests', 'appeals'] as const;

interface BlankRow {
  place: string;
  columns: string[];
  cells: string[];
  raws: string[];
  whole: boolean;
}

/**
 * Rows with the same blank columns are reported together from three on; wholly blank rows from four on
 * (a few empty rows are worth naming one by one, a blank form is one problem).
 */
const sameGapRows = 3;
const wholeBlankRows = 4;

function rowFindings(rule: string, rows: BlankRow[]): Finding[] {
  const groups = new Map<string, BlankRow[]>();
  for (const row of rows) {
    const key = row.whole ? 'whole' : row.columns.join('|');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    const together = group.length >= (group[0]!.whole ? wholeBlankRows : sameGapRows);
    const parts = together ? [group] : group.map((row) => [row]);
    for (const part of parts) {
      const first = part[0]!;
      const place = blankRowsPlace(part.map((row) => row.place));
      findings.push(
        makeFinding({
          rule,
          severity: 'warning',
          message: blankRowMessage(place, first.columns, part.flatMap((row) => row.raws), first.whole),
          cells: part.flatMap((row) => row.cells),
          basis: BASIS.blank,
        }),
      );
    }
  }
  return findings;
}

export const cellsBlank: Rule = {
  id: 'cells.blank',
  check(context) {
    const findings: Finding[] = [];
    for (const tableId of TABLES) {
      const table = context.table(tableId);
      const blankRows: BlankRow[] = [];
      for (const row of table.rows) {
        const ids = rowCellIds(tableId, row);
        // Cells the parser already reported (blank, unplaced, …) are not reported again.
        const blank = ids.filter((id) => context.state(id).kind === 'blank' && !context.parserCells.has(id));
        if (blank.length === 0) continue;
        const columns = blank.map((id) => columnWord(tableId, row.columns[ids.indexOf(id)]!.label));
        blankRows.push({
          place: rowPlace(table, row),
          columns,
          cells: blank,
          raws: blank.map((id) => context.report.cells[id]!.raw),
          whole: blank.length === ids.length,
        });
      }
      findings.push(...rowFindings(this.id, blankRows));
    }
    return findings;
  },
};
