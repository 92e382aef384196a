// crossYear.carryOver: 二、上年结转 (year Y) = 四、结转下年度继续办理 (year Y−1), column by column.
import type { CellId, Finding } from '../../../../shared/report';
import { cellId, requestColumns } from '../../template/definitions';
import { makeFinding } from '../../findings';
import { unverifiable } from '../arithmetic';
import { BASIS, RELATION, carryOverMessage } from '../messages';
import type { CrossYearRule } from '../rule';

export const crossYearCarryOver: CrossYearRule = {
  id: 'crossYear.carryOver',
  check(current, previous) {
    if (!current.tablePresent('requests') || !previous.tablePresent('requests')) return [];
    const previousYear = previous.year ?? 0;
    const findings: Finding[] = [];
    const failures: { name: string; cells: CellId[] }[] = [];
    for (const column of requestColumns) {
      const here = cellId('requests', 'carriedOver', column.id);
      const there = cellId('requests', 'carriedForward', column.id);
      const value = current.value(here);
      const before = previous.value(there);
      if (value === undefined || before === undefined) {
        failures.push({ name: `${column.label}列`, cells: value === undefined ? [here] : [] });
        continue;
      }
      if (value === before) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'error',
          message: carryOverMessage(current.place(here), value, previousYear, previous.place(there), before),
          cells: [here],
          formula: `${current.year} 年 二 = ${value}，${previousYear} 年 四 = ${before}，相差 ${Math.abs(value - before)}`,
          basis: BASIS.carryOver,
        }),
      );
    }
    return [...findings, ...unverifiable(current, this.id, RELATION.carryOver, failures, BASIS.carryOver)];
  },
};
