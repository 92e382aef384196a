// crossBody.regionSum: a government's own summary report (本级政府年度报告, e.g. 淮安市洪泽区人民政府)
// covers the bodies under it, so each of its figures must be at least the sum of theirs: its departments',
// and its lower governments' own summaries (standing in for their departments). The library may not hold
// every body, so a summary above the sum proves nothing; below it, the numbers do not add up.
import type { ReportId } from '../../../../shared/ipc-contract';
import type { CrossBodyCheck } from '../../../../shared/summary';
import { appealGroupLabels, requestFigureLabels } from '../../../../shared/summary-labels';
import { makeFinding } from '../../findings';
import {
  reportFigures,
  requestCellsOf,
  requestFigureKeys,
  type Cells,
  type ReportFigures,
} from '../../summary/figures';
import { completePaths, divisionsOf, isGovernment, pathKey } from './places';

export const regionSumRule = 'crossBody.regionSum';

export interface BodyReport {
  reportId: ReportId;
  agency: string | null;
  /** The region guessed from the body's name. */
  region: string | null;
  year: number | null;
  cells: Cells;
}

interface Placed {
  report: BodyReport & { agency: string; region: string; year: number };
  path: string[];
  government: boolean;
  figures: ReportFigures;
}

/** The figures compared, with the summary report's cells each one reads. */
function comparedFigures(
  summary: Placed,
): { cellId: string; label: string; value: (figures: ReportFigures) => number; cells: string[] }[] {
  const requestCells = requestCellsOf(summary.report.cells);
  return [
    ...requestFigureKeys.map((figure) => ({
      cellId: `requests.${figure}`,
      label: `表三 ${requestFigureLabels[figure]}`,
      value: (figures: ReportFigures) => figures.requests[figure],
      cells: requestCells[figure],
    })),
    ...(['review', 'suitDirect', 'suitAfterReview'] as const).map((group) => ({
      cellId: `appeals.${group}.total`,
      label: `表四 ${appealGroupLabels[group]}总计`,
      value: (figures: ReportFigures) => figures.appeals[group].total,
      cells: [`appeals.${group}.total`],
    })),
  ];
}

function place(reports: BodyReport[]): Placed[] {
  const usable = reports.filter(
    (report): report is Placed['report'] =>
      report.agency !== null && report.region !== null && report.year !== null,
  );
  const paths = usable.map((report) => divisionsOf(report.region));
  const completed = completePaths(paths);
  return usable.flatMap((report, index) => {
    const path = paths[index]!;
    if (path.length === 0) return [];
    return [
      {
        report,
        path: completed.get(pathKey(path)) ?? path,
        government: isGovernment(report.agency, report.region),
        figures: reportFigures(report.cells),
      },
    ];
  });
}

const startsWith = (path: string[], prefix: string[]): boolean =>
  prefix.length <= path.length && prefix.every((part, index) => path[index] === part);

/** The reports a government's summary covers directly, each lower body counted once. */
function partsOf(summary: Placed, sameYear: Placed[]): Placed[] {
  const top = summary.path;
  const governmentAt = new Set(
    sameYear.filter((other) => other.government).map((other) => pathKey(other.path)),
  );
  // A government between the summary and the body already counts the body.
  const coveredBelow = (path: string[], upTo: number): boolean => {
    for (let length = top.length + 1; length <= upTo; length += 1)
      if (governmentAt.has(pathKey(path.slice(0, length)))) return true;
    return false;
  };
  return sameYear.filter((other) => {
    if (!startsWith(other.path, top)) return false;
    // A government at the summary's own place (the summary itself, or a second report of it) is no part.
    if (other.government)
      return other.path.length > top.length && !coveredBelow(other.path, other.path.length - 1);
    return !coveredBelow(other.path, other.path.length);
  });
}

export function checkRegionSums(reports: BodyReport[]): CrossBodyCheck[] {
  const placed = place(reports);
  const checks: CrossBodyCheck[] = [];
  for (const summary of placed.filter((entry) => entry.government)) {
    const sameYear = placed.filter((other) => other.report.year === summary.report.year);
    const parts = partsOf(summary, sameYear);
    if (parts.length === 0) continue;
    const { agency, year, reportId } = summary.report;
    const check: CrossBodyCheck = {
      region: summary.path.join(''),
      year,
      summary: { reportId, agency },
      parts: parts.map((part) => ({ reportId: part.report.reportId, agency: part.report.agency })),
      comparisons: [],
      findings: [],
    };
    for (const figure of comparedFigures(summary)) {
      const own = figure.value(summary.figures);
      const values = parts.map((part) => figure.value(part.figures));
      const partsSum = values.reduce((sum, value) => sum + value, 0);
      check.comparisons.push({
        cellId: figure.cellId,
        label: figure.label,
        summary: own,
        partsSum,
        difference: own - partsSum,
      });
      if (own >= partsSum) continue;
      const shown =
        values.slice(0, 6).join(' + ') + (values.length > 6 ? ` + …（共 ${values.length} 项）` : '');
      check.findings.push(
        makeFinding({
          rule: regionSumRule,
          severity: 'warning',
          message: `${figure.label}：${agency}的报告为 ${own}，小于所属 ${parts.length} 个单位的报告之和 ${partsSum}（相差 ${partsSum - own}）`,
          cells: figure.cells,
          formula: `${own} < ${shown} = ${partsSum}`,
          basis: '本级政府年度报告的统计数应涵盖本级政府各部门和下级政府，不应小于其报告之和；请核实统计口径',
          discriminator: `${reportId}:${year}`,
        }),
      );
    }
    checks.push(check);
  }
  return checks.sort((a, b) => a.region.localeCompare(b.region, 'zh-CN') || a.year - b.year);
}
