// What the 通报 says of each report of a batch: its problems by severity, its score, whether its review is
// finished; in the order of seriousness and in the order of rank.
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { Severity } from '../../../shared/report';
import type { ReportScore, Rubric } from '../../../shared/scoring';
import { countsAsProblem, isReportReviewed } from '../../domain/review-outcome';
import { rankByScore, scoreReport, sectionLabel } from '../../domain/scoring/index';
import { isFailed } from './report-view';

export interface BulletinEntry {
  detail: ReportDetail;
  agency: string;
  problems: Record<Severity, number> & { total: number };
  score: ReportScore;
  reviewed: boolean;
}

export function bulletinEntries(details: ReportDetail[], rubric: Rubric): BulletinEntry[] {
  return details
    .filter((detail) => !isFailed(detail))
    .map((detail) => {
      const problems = { error: 0, warning: 0, info: 0, total: 0 };
      for (const finding of detail.findings) {
        if (!countsAsProblem(finding)) continue;
        problems[finding.severity] += 1;
        problems.total += 1;
      }
      return {
        detail,
        agency: detail.summary.agency ?? detail.summary.fileName,
        problems,
        score: scoreReport(detail.findings, rubric),
        reviewed: isReportReviewed(detail),
      };
    });
}

/** Most serious first: more errors, then warnings, then hints, then the lower score; then by name. */
export const bySeriousness = (entries: BulletinEntry[]): BulletinEntry[] =>
  [...entries].sort(
    (a, b) =>
      b.problems.error - a.problems.error ||
      b.problems.warning - a.problems.warning ||
      b.problems.info - a.problems.info ||
      a.score.score - b.score.score ||
      a.agency.localeCompare(b.agency, 'zh-CN'),
  );

export const byRank = (entries: BulletinEntry[]) =>
  rankByScore(
    entries,
    (entry) => entry.score.score,
    (entry) => `${entry.agency}${entry.detail.summary.year ?? ''}`,
  );

/** "统计表数据 −12；发布时效 −5" */
export const deductionSummary = (score: ReportScore): string =>
  score.sections.length === 0
    ? '无扣分'
    : score.sections
        .map(
          ({ section, lost, deducted }) =>
            `${sectionLabel(section)} −${lost}${deducted > lost ? '（封顶）' : ''}`,
        )
        .join('；');

export const scoreText = (score: ReportScore): string =>
  `${score.score}${score.provisional ? '（暂定）' : ''}`;
