// What an export covers: the reports, and how many of them no reviewer has marked 审查完毕
// (the dialog warns about those; the exported file marks them too).
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { isReportReviewed } from '../../../shared/review-state';

export interface ExportTarget {
  reportIds: ReportId[];
  /** Reports not marked 审查完毕. */
  unreviewed: number;
}

/** The target of an export from the library, counted from the summaries it lists. */
export function libraryExportTarget(reportIds: ReportId[], summaries: ReportSummary[]): ExportTarget {
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const unreviewed = reportIds.filter((id) => {
    const summary = byId.get(id);
    return summary !== undefined && !isReportReviewed(summary);
  }).length;
  return { reportIds, unreviewed };
}
