// What an export covers: the reports, and how many of them still have findings awaiting a decision
// (the dialog warns about those; the exported file marks them too).
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';

export interface ExportTarget {
  reportIds: ReportId[];
  /** Reports with findings still 待复核. */
  unreviewed: number;
}

const isFullyReviewed = (summary: Pick<ReportSummary, 'reviewed' | 'total'>): boolean =>
  summary.reviewed >= summary.total;

/** The target of an export from the library, counted from the summaries it lists. */
export function libraryExportTarget(reportIds: ReportId[], summaries: ReportSummary[]): ExportTarget {
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  const unreviewed = reportIds.filter((id) => {
    const summary = byId.get(id);
    return summary !== undefined && !isFullyReviewed(summary);
  }).length;
  return { reportIds, unreviewed };
}
