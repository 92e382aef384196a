// The region at a glance (汇总) over a set of reports: totals by region and year, one row per report,
// problems by rule, publication timeliness and the cross-body check. Failed imports are left out.
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { Severity } from '../../../shared/report';
import type { Rubric } from '../../../shared/scoring';
import type { BodyRow, RegionSummary, RegionYearRow, RuleCount, Totals } from '../../../shared/summary';
import { unknownRegion } from '../../../shared/summary-labels';
import { checkRegionSums } from '../checks/cross-body/region-sum';
import { completePaths, divisionsOf, pathKey } from '../checks/cross-body/places';
import { sameBody } from '../checks/same-body';
import { awaitsDecision, countsAsProblem, isReportReviewed } from '../review-outcome';
import { scoreReport } from '../scoring/score-report';
import { addAppeals, addRequests, reportFigures, zeroAppeals, zeroRequests } from './figures';
import { timelinessOf } from './timeliness';

export type SummaryDetail = Pick<ReportDetail, 'summary' | 'cells' | 'findings'>;

export const emptyTotals = (): Totals => ({
  requests: zeroRequests(),
  appeals: zeroAppeals(),
  timeliness: { onTime: 0, late: 0, unknown: 0 },
  withBlanks: 0,
});

function addRow(totals: Totals, row: BodyRow, blanks: number): void {
  addRequests(totals.requests, row.requests);
  addAppeals(totals.appeals, row.appeals);
  totals.timeliness[row.timeliness] += 1;
  if (blanks > 0) totals.withBlanks += 1;
}

function bodyRow(detail: SummaryDetail, rubric: Rubric): { row: BodyRow; blanks: number } {
  const { summary, findings } = detail;
  const { requests, appeals, blanks } = reportFigures(detail.cells);
  const problems: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) if (countsAsProblem(finding)) problems[finding.severity] += 1;
  return {
    row: {
      reportId: summary.id,
      agency: summary.agency ?? summary.fileName,
      region: summary.region,
      year: summary.year,
      requests,
      appeals,
      timeliness: timelinessOf(detail),
      problems,
      open: findings.filter(awaitsDecision).length,
      reviewed: isReportReviewed(detail),
      score: scoreReport(findings, rubric),
    },
    blanks,
  };
}

function problemsByRule(details: SummaryDetail[], labelOf: (rule: string) => string): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const { summary, findings } of details) {
    for (const finding of findings) {
      const problem = countsAsProblem(finding);
      const open = awaitsDecision(finding);
      if (!problem && !open) continue;
      const entry = byRule.get(finding.rule) ?? {
        rule: finding.rule,
        label: labelOf(finding.rule),
        problems: 0,
        open: 0,
        reportIds: [],
      };
      if (problem) entry.problems += 1;
      else entry.open += 1;
      if (entry.reportIds.at(-1) !== summary.id) entry.reportIds.push(summary.id);
      byRule.set(finding.rule, entry);
    }
  }
  return [...byRule.values()].sort(
    (a, b) => b.problems - a.problems || b.open - a.open || a.rule.localeCompare(b.rule),
  );
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * One name per body: "洪泽区人民政府" and "淮安市洪泽区人民政府" are the same body (sameBody) and are
 * counted and charted once, under the longer name.
 */
function canonicalNames(names: string[]): Map<string, string> {
  const groups: string[][] = [];
  for (const name of new Set(names)) {
    const group = groups.find((candidate) => sameBody(candidate[0] ?? '', name));
    if (group) group.push(name);
    else groups.push([name]);
  }
  const canonical = new Map<string, string>();
  for (const group of groups) {
    const longest = group.reduce((best, name) => (name.length > best.length ? name : best));
    for (const name of group) canonical.set(name, longest);
  }
  return canonical;
}

/** One name per region: "洪泽区" is written "淮安市洪泽区" when the scope knows it so, unambiguously. */
function canonicalRegions(regions: (string | null)[]): Map<string, string> {
  const known = [...new Set(regions.filter((region): region is string => region !== null))];
  const completed = completePaths(known.map(divisionsOf).filter((path) => path.length > 0));
  return new Map(known.map((region) => [region, completed.get(pathKey(divisionsOf(region)))?.join('') ?? region]));
}

export function regionSummary(
  all: SummaryDetail[],
  rubric: Rubric,
  labelOf: (rule: string) => string = (rule) => rule,
): RegionSummary {
  const details = all.filter((detail) => detail.summary.error === null);
  const totals = emptyTotals();
  const groups = new Map<string, RegionYearRow & { agencies: Set<string> }>();
  const byBody: BodyRow[] = [];
  const names = canonicalNames(details.map(({ summary }) => summary.agency ?? summary.fileName));
  const regions = canonicalRegions(details.map(({ summary }) => summary.region));
  for (const detail of details) {
    const { row, blanks } = bodyRow(detail, rubric);
    row.agency = names.get(row.agency) ?? row.agency;
    if (row.region) row.region = regions.get(row.region) ?? row.region;
    byBody.push(row);
    addRow(totals, row, blanks);
    const region = row.region ?? unknownRegion;
    const key = `${region}|${row.year ?? ''}`;
    const group = groups.get(key) ?? {
      ...emptyTotals(),
      region,
      year: row.year,
      bodies: 0,
      reportIds: [],
      agencies: new Set<string>(),
    };
    addRow(group, row, blanks);
    group.reportIds.push(row.reportId);
    group.agencies.add(row.agency);
    groups.set(key, group);
  }
  const byRegionYear = [...groups.values()]
    .map(({ agencies, ...row }) => ({ ...row, bodies: agencies.size }))
    .sort((a, b) => collator.compare(a.region, b.region) || (a.year ?? 0) - (b.year ?? 0));
  byBody.sort((a, b) => collator.compare(a.agency, b.agency) || (a.year ?? 0) - (b.year ?? 0));
  const years = [...new Set(details.flatMap(({ summary }) => (summary.year === null ? [] : [summary.year])))];
  return {
    scope: {
      reports: details.length,
      bodies: new Set(byBody.map((row) => row.agency)).size,
      regions: new Set(byBody.map((row) => row.region ?? unknownRegion)).size,
      years: years.sort((a, b) => a - b),
      unreviewed: byBody.filter((row) => !row.reviewed).length,
    },
    totals,
    byRegionYear,
    byBody,
    problemsByRule: problemsByRule(details, labelOf),
    crossBody: checkRegionSums(
      details.map(({ summary, cells }) => ({
        reportId: summary.id,
        agency: summary.agency,
        region: summary.region,
        year: summary.year,
        cells,
      })),
    ),
  };
}
