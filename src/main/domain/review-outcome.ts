// What a review decided, as the exports, the notices, the 通报, the scores and the 汇总 read it. Each
// question is one small function, so that a change to the review states changes one place.
import type { ReportDetail, ReviewedFinding } from '../../shared/ipc-contract';
import { isReportReviewed as isMarkedReviewed } from '../../shared/review-state';

/** Not decided yet: nobody touched it (未处理), or it waits for a second look (待复核). A correction that resolved it decides it. */
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

/** The review of a report is finished: a reviewer marked it 审查完毕 (having no findings is not enough). */
export const isReportReviewed = (detail: Pick<ReportDetail, 'summary'>): boolean => isMarkedReviewed(detail.summary);
