// The region at a glance (汇总): what the summary service computes over a set of reports, for the view,
// its charts and the Word/Excel summaries. Types only.
import type { ReportId } from './ipc-contract';
import type { Finding, Severity } from './report';
import type { ReportScore } from './scoring';

/** Table 三, 总计 column: the requests and their results by category (sums of the category's rows). */
export interface RequestFigures {
  new: number;
  carriedOver: number;
  granted: number;
  partial: number;
  denied: number;
  unavailable: number;
  rejected: number;
  other: number;
  total: number;
  carriedForward: number;
}
export type RequestFigure = keyof RequestFigures;

/** One group of table 四. */
export interface AppealGroupFigures {
  upheld: number;
  corrected: number;
  other: number;
  pending: number;
  total: number;
}
export type AppealGroup = 'review' | 'suitDirect' | 'suitAfterReview';
export type AppealFigures = Record<AppealGroup, AppealGroupFigures>;

export type Timeliness = 'onTime' | 'late' | 'unknown';

export interface Totals {
  requests: RequestFigures;
  appeals: AppealFigures;
  timeliness: Record<Timeliness, number>;
  /** Reports of these totals whose summed cells include blanks (counted as 0). */
  withBlanks: number;
}

export interface RegionYearRow extends Totals {
  /** The region guessed from the bodies' names; 未识别地区 when none. */
  region: string;
  year: number | null;
  bodies: number;
  reportIds: ReportId[];
}

/** One report of the scope, as the summary lists it. */
export interface BodyRow {
  reportId: ReportId;
  agency: string;
  region: string | null;
  year: number | null;
  requests: RequestFigures;
  appeals: AppealFigures;
  timeliness: Timeliness;
  /** Problems (confirmed or added by the reviewer) by severity. */
  problems: Record<Severity, number>;
  /** Findings still awaiting a decision. */
  open: number;
  reviewed: boolean;
  score: ReportScore;
}

export interface RuleCount {
  rule: string;
  label: string;
  /** Problems (confirmed or added by the reviewer). */
  problems: number;
  /** Findings of the rule still awaiting a decision. */
  open: number;
  /** Reports with at least one such problem or open finding. */
  reportIds: ReportId[];
}

/** A region's own summary report against the reports of the bodies under it, for one year. */
export interface CrossBodyCheck {
  region: string;
  year: number;
  summary: { reportId: ReportId; agency: string };
  /** The reports summed: departments, and lower governments' own summaries in place of their departments. */
  parts: { reportId: ReportId; agency: string }[];
  comparisons: {
    cellId: string;
    label: string;
    summary: number | null;
    partsSum: number;
    difference: number | null;
  }[];
  /** One finding (rule crossBody.regionSum) per figure where the summary is below the sum of its parts. */
  findings: Finding[];
}

export interface RegionSummary {
  scope: {
    reports: number;
    bodies: number;
    regions: number;
    years: number[];
    /** Reports whose review is not finished. */
    unreviewed: number;
  };
  totals: Totals;
  byRegionYear: RegionYearRow[];
  byBody: BodyRow[];
  problemsByRule: RuleCount[];
  crossBody: CrossBodyCheck[];
}
