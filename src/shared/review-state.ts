// The review states, exact and the same everywhere (screens, exports, counts):
// a finding nobody has touched is 未处理 ('unreviewed'); 待复核 ('pending') is a reviewer's decision to
// look again later; a report is reviewed only when a reviewer has marked it 审查完毕.
import type { ReportSummary, ReviewedFinding } from './ipc-contract';

export type FindingState = 'unreviewed' | 'pending' | 'confirmed' | 'dismissed';

export const findingStates: FindingState[] = ['unreviewed', 'pending', 'confirmed', 'dismissed'];

export const findingStateOf = (finding: Pick<ReviewedFinding, 'review'>): FindingState =>
  finding.review?.status ?? 'unreviewed';

/** Confirmed or judged not a problem: nothing left to decide. 未处理 and 待复核 are open. */
export const isDecided = (finding: Pick<ReviewedFinding, 'review'>): boolean => {
  const state = findingStateOf(finding);
  return state === 'confirmed' || state === 'dismissed';
};

/** Is this report reviewed? Only a reviewer's 审查完毕 mark says so, never the absence of findings. */
export const isReportReviewed = (summary: Pick<ReportSummary, 'completed'>): boolean =>
  summary.completed != null;
