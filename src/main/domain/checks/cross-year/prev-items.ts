// crossYear.prevItems (2019 → 2020, 2019 format): 上一年项目数量 (2020) = 上一年项目数量 + 本年增/减 (2019).
import type { CellId, Finding } from '../../../../shared/report';
import { cellId } from '../../template/definitions';
import { makeFinding } from '../../findings';
import { unverifiable } from '../arithmetic';
import { BASIS, RELATION, prevItemsMessage } from '../messages';
import { sameNumber } from '../numbers';
import type { CrossYearRule } from '../rule';

export const crossYearPrevItems: CrossYearRule = {
  id: 'crossYear.prevItems',
  check(current, previous) {
    if (current.report.template !== '2019' || previous.report.template !== '2019') return [];
    if (!current.tablePresent('active') || !previous.tablePresent('active')) return [];
    const previousYear = previous.year ?? 0;
    const findings: Finding[] = [];
    const failures: { name: string; cells: CellId[] }[] = [];
    const rows = current
      .table('active')
      .rows.filter((row) => row.columns.some((column) => column.id === 'prevItems'));
    for (const row of rows) {
      const here = cellId('active', row.id, 'prevItems');
      const value = current.value(here);
      const items = previous.value(here);
      const change = previous.value(cellId('active', row.id, 'change'));
      if (value === undefined || items === undefined || change === undefined) {
        failures.push({ name: row.label, cells: value === undefined ? [here] : [] });
        continue;
      }
      if (sameNumber(value, items + change)) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'error',
          message: prevItemsMessage(current.place(here), value, previousYear, items + change),
          cells: [here],
          formula: `${current.year} 年 上一年项目数量 = ${value}，${previousYear} 年 上一年项目数量+本年增/减 = ${items}${change < 0 ? '' : '+'}${change} = ${items + change}，相差 ${Math.abs(value - items - change)}`,
          basis: BASIS.prevItems,
        }),
      );
    }
    return [...findings, ...unverifiable(current, this.id, RELATION.prevItems, failures, BASIS.prevItems)];
  },
};
