// The score of one report: full marks less the points of its problems, each section's loss capped.
// Problems still awaiting a decision count provisionally; dismissed and resolved findings cost nothing.
// Scores are derived on every read, never stored: a rubric change recomputes them and decides nothing.
import type { ReviewedFinding } from '../../../shared/ipc-contract';
import type { Deduction, ReportScore, Rubric, SectionScore } from '../../../shared/scoring';
import { awaitsDecision, countsAsProblem } from '../review-outcome';
import { pointsFor, scoringSections, sectionOf } from './rubric';

export function deductionsOf(findings: readonly ReviewedFinding[], rubric: Rubric): Deduction[] {
  const deductions: Deduction[] = [];
  for (const finding of findings) {
    const provisional = awaitsDecision(finding);
    if (!provisional && !countsAsProblem(finding)) continue;
    const points = pointsFor(rubric, finding.rule, finding.severity);
    if (points <= 0) continue;
    deductions.push({
      findingId: finding.id,
      rule: finding.rule,
      severity: finding.severity,
      section: sectionOf(finding.rule),
      points,
      message: finding.message,
      provisional,
    });
  }
  return deductions;
}

const tenth = (value: number): number => Math.round(value * 10) / 10;

export function scoreReport(findings: readonly ReviewedFinding[], rubric: Rubric): ReportScore {
  const deductions = deductionsOf(findings, rubric);
  const sections: SectionScore[] = [];
  for (const { id } of scoringSections) {
    const deducted = tenth(
      deductions.filter((deduction) => deduction.section === id).reduce((sum, { points }) => sum + points, 0),
    );
    if (deducted === 0) continue;
    const cap = rubric.sectionCaps[id];
    sections.push({ section: id, deducted, lost: Math.min(deducted, cap), cap });
  }
  const lost = sections.reduce((sum, section) => sum + section.lost, 0);
  return {
    score: tenth(Math.max(0, rubric.fullMarks - lost)),
    fullMarks: rubric.fullMarks,
    deductions,
    sections,
    provisional: deductions.some((deduction) => deduction.provisional),
  };
}
