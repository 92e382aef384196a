// ocr.uncertain: cells read by OCR that the reviewer must look at (识别存疑): those read with low
// confidence, and those that break the table's sums where the sums around them hold. A misread cell of
// table 三 breaks both its row's sum and its column's; the cell where two broken sums cross is the
// suspect. A broken sum crossing no other is pinned on its least sure OCR cell.
import type { CellId, Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, ocrDoubtMessage } from '../messages';
import type { Rule } from '../rule';
import { appealsGroupSum } from './appeals-group-sum';
import { requestsBalance } from './requests-balance';
import { requestsResultSum } from './requests-result-sum';
import { requestsRowSum } from './requests-row-sum';

const sumRules = [requestsBalance, requestsRowSum, requestsResultSum, appealsGroupSum];

export const ocrUncertain: Rule = {
  id: 'ocr.uncertain',
  check(context) {
    const { cells } = context.report;
    const confidence = (id: CellId): number | undefined => {
      const reading = cells[id]?.reading;
      return reading?.kind === 'ocr' ? reading.confidence : undefined;
    };
    const ocrCells = Object.keys(cells).filter((id) => confidence(id) !== undefined);
    if (ocrCells.length === 0) return [];

    const broken = sumRules
      .flatMap((rule) => rule.check(context))
      .filter((finding) => finding.severity === 'error')
      .map((finding) => finding.cells.filter((id) => confidence(id) !== undefined));
    const brokenCount = new Map<CellId, number>();
    for (const equation of broken) for (const id of equation) brokenCount.set(id, (brokenCount.get(id) ?? 0) + 1);
    const suspects = new Set<CellId>();
    for (const equation of broken) {
      const crossing = equation.filter((id) => (brokenCount.get(id) ?? 0) >= 2);
      if (crossing.length > 0) crossing.forEach((id) => suspects.add(id));
      else {
        const leastSure = [...equation].sort((a, b) => confidence(a)! - confidence(b)!)[0];
        if (leastSure) suspects.add(leastSure);
      }
    }

    const findings: Finding[] = [];
    for (const id of ocrCells) {
      const cell = cells[id]!;
      const lowConfidence = cell.reading?.kind === 'ocr' && cell.reading.uncertain;
      if (!lowConfidence && !suspects.has(id)) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'warning',
          message: ocrDoubtMessage(context.place(id), cell.raw, confidence(id)!, suspects.has(id)),
          cells: [id],
          basis: BASIS.ocr,
        }),
      );
    }
    return findings;
  },
};
