// The 审查完毕 mark says a reviewer judged the report's findings. A later change that raises a finding
// nobody has worked on (a correction, the year before imported, corrected or removed) withdraws the mark:
// otherwise notices and exports would treat a finding nobody has seen as judged. The reviewer marks the
// report again after a look.
import type { Finding } from '../../shared/report';
import type { StoredReviews } from '../storage/review-store';
import { workedOn } from './report-assembly';

/** Withdraws the mark when `after` holds a finding not in `before` that nobody has worked on; true if it did. */
export function withdrawForNewFindings(reviews: StoredReviews, before: Finding[], after: Finding[]): boolean {
  if (reviews.completion === null) return false;
  const known = new Set(before.map((finding) => finding.id));
  if (!after.some((finding) => !known.has(finding.id) && !workedOn(reviews, finding.id))) return false;
  reviews.completion = null;
  return true;
}
