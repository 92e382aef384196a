// appeals.groupSum: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
import { appealColumns, appealGroups, cellId } from '../../template/definitions';
import { checkEquations, type Equation } from '../arithmetic';
import { BASIS, RELATION, groupSumMessage } from '../messages';
import { sumOf } from '../numbers';
import type { SumRule } from '../rule';

const parts = appealColumns.filter((column) => column.id !== 'total');

export const appealsGroupSum: SumRule = {
  id: 'appeals.groupSum',
  equations(context): Equation[] {
    if (!context.tablePresent('appeals')) return [];
    return appealGroups.map((group) => ({
      name: group.label,
      left: parts.map((column) => ({ label: column.label, ids: [cellId('appeals', group.id, column.id)] })),
      right: [{ label: '总计', ids: [cellId('appeals', group.id, 'total')] }],
    }));
  },
  check(context) {
    return checkEquations(
      context,
      this.id,
      RELATION.groupSum,
      BASIS.groupSum,
      this.equations(context),
      (result) =>
        groupSumMessage(
          context.place(result.equation.right[0]!.ids[0]!),
          sumOf(result.right),
          sumOf(result.left),
        ),
    );
  },
};
