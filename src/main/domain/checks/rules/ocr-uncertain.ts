// ocr.uncertain: cells read by OCR that the reviewer must look at (识别存疑): those read with low
// confidence, and those the table's broken sums point at as misread (see ../misreads.ts), with the
// value the sums agree on when they pin it.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, ocrDoubtMessage } from '../messages';
import type { Rule } from '../rule';

export const ocrUncertain: Rule = {
  id: 'ocr.uncertain',
  check(context) {
    const { cells } = context.report;
    const findings: Finding[] = [];
    for (const [id, cell] of Object.entries(cells)) {
      const confidence = context.ocrConfidence(id);
      if (confidence === undefined) continue;
      const lowConfidence = cell.reading?.kind === 'ocr' && cell.reading.uncertain;
      // Weighing every sum for misreads is left to reports with cells read by OCR.
      const misread = context.misreads().get(id);
      if (!lowConfidence && !misread) continue;
      findings.push(
        makeFinding({
          rule: this.id,
          severity: 'warning',
          message: ocrDoubtMessage(context.place(id), cell.raw, confidence, misread),
          cells: [id],
          basis: BASIS.ocr,
        }),
      );
    }
    return findings;
  },
};
