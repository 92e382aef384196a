// structure.sections: one of the six parts required by 《条例》第五十条 was not found.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, missingSectionMessage, noSectionsMessage } from '../messages';
import type { Rule } from '../rule';

export const structureSections: Rule = {
  id: 'structure.sections',
  check(context) {
    const found = new Set<number>(context.report.sections.map((section) => section.number));
    if (found.size === 0) {
      return [
        makeFinding({
          rule: this.id,
          severity: 'warning',
          message: noSectionsMessage(),
          cells: [],
          basis: BASIS.sections,
          discriminator: 'none',
        }),
      ];
    }
    const findings: Finding[] = [];
    for (const number of [1, 2, 3, 4, 5, 6]) {
      if (found.has(number)) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'warning',
          message: missingSectionMessage(number),
          cells: [],
          basis: BASIS.sections,
          discriminator: `section${number}`,
        }),
      );
    }
    return findings;
  },
};
