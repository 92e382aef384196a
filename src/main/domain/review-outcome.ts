// What a review decided, as the notices, the 通报, the scores and the 汇总 read it. Each question is one
// small function, so that a change to the review states changes one place.
import type { ReportDetail, ReviewedFinding } from '../../shared/ipc-contract';

/** Not decided yet: nobody touched it, or it waits for a second look. A correction that resolved it decides it. */
export const awaitsDecision = (finding: ReviewedFinding): boolean =>
  !finding.resolved && (finding.review === null || finding.review.status === 'pending');

/**
 * A problem the office holds against the body: confirmed by the reviewer, or added by one (unless later
 * dismissed). Dismissed findings (不是问题) and findings a correction resolved are not problems.
 */
export function countsAsProblem(finding: ReviewedFinding): boolean {
  if (finding.resolved) return false;
  const status = finding.review?.status;
  if (finding.origin === 'reviewer') return status !== 'dismissed';
  return status === 'confirmed';
}

/** The review of a report is finished: no finding waits for a decision. */
export const isReportReviewed = (detail: Pick<ReportDetail, 'findings'>): boolean =>
  !detail.findings.some(awaitsDecision);
