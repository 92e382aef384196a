// requests.rowSum: in every row of table 三, 总计 = the six applicant columns.
import { cellId, requestColumns } from '../../template/definitions';
import { checkEquations, type Equation } from '../arithmetic';
import { BASIS, RELATION, rowPlace, rowSumMessage } from '../messages';
import { sumOf } from '../numbers';
import type { SumRule } from '../rule';

const applicantColumns = requestColumns.filter((column) => column.id !== 'total');

export const requestsRowSum: SumRule = {
  id: 'requests.rowSum',
  equations(context): Equation[] {
    const table = context.table('requests');
    // A row that is not in the report at all (or the whole table) is reported once as missing
    // (structure), not as 无法核验.
    const present = table.rows.filter((row) =>
      requestColumns.some(
        (column) => context.state(cellId('requests', row.id, column.id)).kind !== 'missing',
      ),
    );
    return present.map((row) => ({
      name: rowPlace(table, row),
      left: applicantColumns.map((column) => ({
        label: column.label,
        ids: [cellId('requests', row.id, column.id)],
      })),
      right: [{ label: '总计', ids: [cellId('requests', row.id, 'total')] }],
    }));
  },
  check(context) {
    return checkEquations(
      context,
      this.id,
      RELATION.rowSum,
      BASIS.rowSum,
      this.equations(context),
      (result) =>
        rowSumMessage(
          context.place(result.equation.right[0]!.ids[0]!),
          sumOf(result.right),
          sumOf(result.left),
        ),
    );
  },
};
