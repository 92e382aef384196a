// requests.balance: for each column of table 三, 一 + 二 = （七）总计 + 四 (the form's own corner note).
import { cellId, requestColumns } from '../../template/definitions';
import { checkEquations, type Equation } from '../arithmetic';
import { BASIS, RELATION, balanceMessage } from '../messages';
import { sumOf } from '../numbers';
import type { SumRule } from '../rule';

const id = (row: string, column: string): string => cellId('requests', row, column);

export const requestsBalance: SumRule = {
  id: 'requests.balance',
  equations(context): Equation[] {
    if (!context.tablePresent('requests')) return [];
    return requestColumns.map((column) => ({
      name: `${column.label}列`,
      left: [
        { label: '一', ids: [id('new', column.id)] },
        { label: '二', ids: [id('carriedOver', column.id)] },
      ],
      right: [
        { label: '（七）总计', ids: [id('total', column.id)] },
        { label: '四', ids: [id('carriedForward', column.id)] },
      ],
    }));
  },
  check(context) {
    return checkEquations(
      context,
      this.id,
      RELATION.balance,
      BASIS.balance,
      this.equations(context),
      (result) => balanceMessage(result.equation.name, sumOf(result.left), sumOf(result.right)),
    );
  },
};
