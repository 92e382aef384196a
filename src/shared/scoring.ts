// The quality score of a report (年报质量评估): the rubric the office edits and the score it gives.
import type { Severity } from './report';

/** The parts of a report the rubric caps separately. */
export type ScoringSection =
  'structure' | 'tables' | 'text' | 'timeliness' | 'crossYear' | 'reviewer' | 'other';

export interface Rubric {
  /** Points a report starts from. */
  fullMarks: number;
  /** Points deducted per problem of each severity, for rules without a line of their own. */
  severityPoints: Record<Severity, number>;
  /** Per rule id: points per severity, replacing severityPoints for that rule. */
  rulePoints: Record<string, Partial<Record<Severity, number>>>;
  /** The most points one section can lose. */
  sectionCaps: Record<ScoringSection, number>;
}

export interface Deduction {
  findingId: string;
  rule: string;
  severity: Severity;
  section: ScoringSection;
  points: number;
  message: string;
  /** The finding still awaits a decision: deducted for now, withdrawn if it is dismissed. */
  provisional: boolean;
}

export interface SectionScore {
  section: ScoringSection;
  /** Points of its deductions before the cap. */
  deducted: number;
  /** Points it takes off the score (deducted, capped). */
  lost: number;
  cap: number;
}

export interface ReportScore {
  score: number;
  fullMarks: number;
  deductions: Deduction[];
  /** Sections with at least one deduction, in rubric order. */
  sections: SectionScore[];
  /** Some deduction is provisional: the score may still change with the review. */
  provisional: boolean;
}
