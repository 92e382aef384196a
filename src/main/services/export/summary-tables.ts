// The 汇总's tables as rows of text, the same in the Word and the Excel summary.
import type { BodyRow, CrossBodyCheck, RegionSummary, RegionYearRow } from '../../../shared/summary';
import { requestFigureLabels, timelinessLabels } from '../../../shared/summary-labels';
import { requestFigureKeys } from '../../domain/summary/figures';

export type TableValue = string | number | null;

export interface SummaryTable {
  headers: string[];
  rows: TableValue[][];
}

const yearOf = (year: number | null): TableValue => year ?? '—';

export function requestsTable(rows: RegionYearRow[]): SummaryTable {
  return {
    headers: [
      '地区',
      '年度',
      '单位数',
      '报告数',
      ...requestFigureKeys.map((key) => requestFigureLabels[key]),
    ],
    rows: rows.map((row) => [
      row.region,
      yearOf(row.year),
      row.bodies,
      row.reportIds.length,
      ...requestFigureKeys.map((key) => row.requests[key]),
    ]),
  };
}

export function appealsTable(rows: RegionYearRow[]): SummaryTable {
  return {
    headers: [
      '地区',
      '年度',
      '复议·维持',
      '复议·纠正',
      '复议·其他',
      '复议·未结',
      '复议·总计',
      '直接起诉·总计',
      '复议后起诉·总计',
      '诉讼·纠正',
    ],
    rows: rows.map(({ region, year, appeals }) => [
      region,
      yearOf(year),
      appeals.review.upheld,
      appeals.review.corrected,
      appeals.review.other,
      appeals.review.pending,
      appeals.review.total,
      appeals.suitDirect.total,
      appeals.suitAfterReview.total,
      appeals.suitDirect.corrected + appeals.suitAfterReview.corrected,
    ]),
  };
}

export function timelinessTable(rows: RegionYearRow[]): SummaryTable {
  return {
    headers: [
      '地区',
      '年度',
      '报告数',
      timelinessLabels.onTime,
      timelinessLabels.late,
      timelinessLabels.unknown,
    ],
    rows: rows.map((row) => [
      row.region,
      yearOf(row.year),
      row.reportIds.length,
      row.timeliness.onTime,
      row.timeliness.late,
      row.timeliness.unknown,
    ]),
  };
}

const scoreCell = (row: BodyRow): string => `${row.score.score}${row.score.provisional ? '（暂定）' : ''}`;

export function bodiesTable(rows: BodyRow[]): SummaryTable {
  return {
    headers: [
      '单位',
      '地区',
      '年度',
      '新收申请',
      '予以公开',
      '行政复议',
      '行政诉讼',
      '发布时效',
      '错误',
      '警告',
      '提示',
      '待复核',
      '得分',
    ],
    rows: rows.map((row) => [
      row.agency,
      row.region ?? '—',
      yearOf(row.year),
      row.requests.new,
      row.requests.granted,
      row.appeals.review.total,
      row.appeals.suitDirect.total + row.appeals.suitAfterReview.total,
      timelinessLabels[row.timeliness],
      row.problems.error,
      row.problems.warning,
      row.problems.info,
      row.open,
      scoreCell(row),
    ]),
  };
}

export function rulesTable(summary: RegionSummary): SummaryTable {
  return {
    headers: ['规则', '规则编号', '确认的问题', '待复核', '涉及报告'],
    rows: summary.problemsByRule.map((rule) => [
      rule.label,
      rule.rule,
      rule.problems,
      rule.open,
      rule.reportIds.length,
    ]),
  };
}

export const crossBodyHeaders = ['项目', '本级报告', '所属单位之和', '差额', '结论'];

export function crossBodyTable(check: CrossBodyCheck): SummaryTable {
  return {
    headers: crossBodyHeaders,
    rows: check.comparisons.map((comparison) => [
      comparison.label,
      comparison.summary,
      comparison.partsSum,
      comparison.difference,
      comparison.difference !== null && comparison.difference < 0 ? '小于所属单位之和，请核实' : '—',
    ]),
  };
}

/** "淮安市洪泽区商务局、淮安市洪泽区财政局 等 12 个单位" */
export const partsText = (check: CrossBodyCheck): string =>
  `${check.parts
    .slice(0, 8)
    .map((part) => part.agency)
    .join('、')}${check.parts.length > 8 ? ` 等 ${check.parts.length} 个单位` : ''}`;

export const crossBodyTitle = (check: CrossBodyCheck): string =>
  `${check.summary.agency} ${check.year} 年度：与所属 ${check.parts.length} 个单位的报告之和比较（${partsText(check)}）`;
