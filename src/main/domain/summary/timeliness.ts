// Publication timeliness of a report for the 汇总: late when the deadline check raised a finding that
// the reviewer did not dismiss, unknown when the report carries no date, on time otherwise.
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { Timeliness } from '../../../shared/summary';

export function timelinessOf(detail: Pick<ReportDetail, 'summary' | 'findings'>): Timeliness {
  if (!detail.summary.date) return 'unknown';
  const late = detail.findings.some(
    (finding) =>
      finding.rule === 'publication.deadline' &&
      finding.severity !== 'info' &&
      !finding.resolved &&
      finding.review?.status !== 'dismissed',
  );
  return late ? 'late' : 'onTime';
}
