// requests.resultSum: in every column of table 三, （七）总计 = the result rows （一） … （六）.
import { cellId, requestColumns, type RowDef } from '../../template/definitions';
import { checkEquations, type Equation, type Term } from '../arithmetic';
import { BASIS, RELATION, resultSumMessage } from '../messages';
import { sumOf } from '../numbers';
import type { Rule, SumRule } from '../rule';

const NOT_RESULTS = new Set(['new', 'carriedOver', 'total', 'carriedForward']);

/** "（三）" out of "（三）不予公开" / "（一）予以公开" (every result row is numbered so). */
const itemOf = (row: RowDef): string => /^（[一二三四五六七八九十]）/.exec(row.group ?? row.label)![0];

/**
 * A 2021 report that kept the 2019 form's single （六）其他处理 row (the parser keeps it as an extra row
 * and says so): its figures stand for the three sub-rows the report left out, so the sum can still be checked.
 */
function singleOtherRow(context: Parameters<Rule['check']>[0]): (number | null)[] | undefined {
  const subRowsFound = ['other.noCorrection', 'other.unpaidFee', 'other.other'].some(
    (row) => context.report.cells[cellId('requests', row, 'total')]?.source !== undefined,
  );
  if (subRowsFound) return undefined;
  return context.report.extraRows.find((row) => row.table === 'requests' && /其他处理/.test(row.label))
    ?.values;
}

export const requestsResultSum: SumRule = {
  id: 'requests.resultSum',
  equations(context): Equation[] {
    if (!context.tablePresent('requests')) return [];
    const results = context.table('requests').rows.filter((row) => !NOT_RESULTS.has(row.id));
    const items = [...new Set(results.map(itemOf))];
    const single = singleOtherRow(context);
    return requestColumns.map((column, index) => ({
      name: `${column.label}列`,
      left: items.map((item): Term => {
        const value = single?.[index];
        if (item === '（六）' && typeof value === 'number') return { label: item, ids: [], fixed: value };
        return {
          label: item,
          ids: results
            .filter((row) => itemOf(row) === item)
            .map((row) => cellId('requests', row.id, column.id)),
        };
      }),
      right: [{ label: '（七）总计', ids: [cellId('requests', 'total', column.id)] }],
    }));
  },
  check(context) {
    return checkEquations(
      context,
      this.id,
      RELATION.resultSum,
      BASIS.resultSum,
      this.equations(context),
      (result) =>
        resultSumMessage(
          context.place(result.equation.right[0]!.ids[0]!),
          sumOf(result.right),
          sumOf(result.left),
        ),
    );
  },
};
