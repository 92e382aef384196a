// requests.rowSum: in every row of table 三, 总计 = the six applicant columns.
import { cellId, requestColumns } from '../../template/definitions';
import { checkEquations, type Equation } from '../arithmetic';
import { BASIS, RELATION, rowPlace, rowSumMessage } from '../messages';
import { sumOf } from '../numbers';
import type { Rule } from '../rule';

const applicantColumns = requestColumns.filter((column) => column.id !== 'total');

export const requestsRowSum: Rule = {
  id: 'requests.rowSum',
  check(context) {
    if (!context.tablePresent('requests')) return [];
    const table = context.table('requests');
    const equations: Equation[] = table.rows.map((row) => ({
      name: rowPlace(table, row),
      left: applicantColumns.map((column) => ({
        label: column.label,
        ids: [cellId('requests', row.id, column.id)],
      })),
      right: [{ label: '总计', ids: [cellId('requests', row.id, 'total')] }],
    }));
    return checkEquations(context, this.id, RELATION.rowSum, BASIS.rowSum, equations, (result) =>
      rowSumMessage(
        context.place(result.equation.right[0]?.ids[0] ?? ''),
        sumOf(result.right),
        sumOf(result.left),
      ),
    );
  },
};
