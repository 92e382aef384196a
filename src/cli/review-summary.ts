// What `nianbao review` tells on stdout once the file is written: where, how many reports, the findings
// by severity, what could not be read, and whether the findings still await a reviewer.
import type { ReportSummary } from '../shared/ipc-contract';
import type { Severity } from '../shared/report';
import { cliMessages } from './messages';
import type { InputProblem } from './review-inputs';

export interface ReviewRun {
  outPath: string;
  /** The exported reports, in the order given. */
  reports: ReportSummary[];
  /** How many of them were in the library before this run. */
  existing: number;
  /** Inputs that could not be read at all (not in the library, not in the file). */
  skipped: InputProblem[];
  /** Reports whose findings still await a decision. */
  unreviewed: number;
}

function countBySeverity(reports: ReportSummary[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    for (const severity of Object.keys(counts) as Severity[]) counts[severity] += report.counts[severity];
  }
  return counts;
}

/** The import's messages usually start with the file name already. */
const failureLine = ({ fileName, error }: ReportSummary): string =>
  `  ${error?.startsWith(fileName) ? error : `${fileName}：${error}`}`;

export function reviewSummary(run: ReviewRun): string {
  const text = cliMessages.review;
  const failed = run.reports.filter((report) => report.error !== null);
  const lines = [
    text.written(run.outPath),
    text.reports(run.reports.length, run.existing),
    text.findings(countBySeverity(run.reports)),
  ];
  if (failed.length > 0) lines.push(text.failedHeader(failed.length), ...failed.map(failureLine));
  if (run.skipped.length > 0) {
    lines.push(
      text.skippedHeader(run.skipped.length),
      ...run.skipped.map(({ path, reason }) => `  ${text.unreadable(path, reason)}`),
    );
  }
  if (run.unreviewed > 0) lines.push(text.unreviewed(run.unreviewed));
  return `${lines.join('\n')}\n`;
}
