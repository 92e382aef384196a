// values.valid: counts are whole numbers ≥ 0; only 2019 本年增/减 may be negative; money is ≥ 0.
import type { Finding } from '../../../../shared/report';
import { cellDef, cellIdsOf } from '../../template/definitions';
import { makeFinding } from '../../findings';
import { BASIS, invalidValueMessage, type ValueKind } from '../messages';
import type { Rule } from '../rule';

/** `value` is finite: a cell whose number is not is blank, not a value. */
function isValid(value: number, kind: ValueKind): boolean {
  if (kind === 'money') return value >= 0;
  if (kind === 'signed') return Number.isInteger(value);
  return Number.isInteger(value) && value >= 0;
}

export const valuesValid: Rule = {
  id: 'values.valid',
  check(context) {
    const findings: Finding[] = [];
    for (const id of cellIdsOf(context.template)) {
      const state = context.state(id);
      if (state.kind !== 'value') continue;
      // Every cell id of the format has its definition.
      const { column } = cellDef(context.template, id)!;
      const kind: ValueKind = column.money ? 'money' : column.signed ? 'signed' : 'count';
      if (isValid(state.value, kind)) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'error',
          message: invalidValueMessage(
            context.place(id),
            context.report.cells[id]!.raw,
            state.value,
            kind,
          ),
          cells: [id],
          basis: BASIS.valid,
        }),
      );
    }
    return findings;
  },
};
