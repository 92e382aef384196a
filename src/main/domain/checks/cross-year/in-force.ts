// crossYear.inForce (2021 format both years): 现行有效件数 (Y) ≈ 现行有效件数 (Y−1) + 本年制发 (Y) − 本年废止 (Y).
// Documents also lapse without being repealed, so a difference is a "please explain" (info).
import type { Finding } from '../../../../shared/report';
import { cellId } from '../../template/definitions';
import { makeFinding } from '../../findings';
import { BASIS, inForceMessage } from '../messages';
import { sameNumber } from '../numbers';
import type { CrossYearRule } from '../rule';

const ROWS = ['rules', 'normativeDocs'];

export const crossYearInForce: CrossYearRule = {
  id: 'crossYear.inForce',
  check(current, previous) {
    if (current.report.template !== '2021' || previous.report.template !== '2021') return [];
    const previousYear = previous.year ?? 0;
    const findings: Finding[] = [];
    for (const row of ROWS) {
      const here = cellId('active', row, 'inForce');
      const value = current.value(here);
      const before = previous.value(here);
      const issued = current.value(cellId('active', row, 'issued'));
      const repealed = current.value(cellId('active', row, 'repealed'));
      // Unreadable cells are already reported on each report; a "please explain" needs all four.
      if (value === undefined || before === undefined || issued === undefined || repealed === undefined)
        continue;
      const expected = before + issued - repealed;
      if (sameNumber(value, expected)) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'info',
          message: inForceMessage(current.place(here), value, previousYear, expected),
          cells: [here, cellId('active', row, 'issued'), cellId('active', row, 'repealed')],
          formula: `${previousYear} 年现行有效+本年制发−本年废止 = ${before}+${issued}−${repealed} = ${expected}，本年现行有效 = ${value}，相差 ${Math.abs(value - expected)}`,
          basis: BASIS.inForce,
        }),
      );
    }
    return findings;
  },
};
