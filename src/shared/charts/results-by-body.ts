// 各单位办理结果: one stacked bar per body, a segment per result category of table 三.
import type { RequestFigure, RegionSummary } from '../summary';
import { requestFigureLabels } from '../summary-labels';
import {
  barChartHeight,
  baseOption,
  horizontalBars,
  groupByBody,
  restLabel,
  topGroups,
  type ChartOptions,
  type ChartSpec,
} from './chart-spec';

export const resultCategoryColors: Record<string, string> = {
  granted: '#3a8a3f',
  partial: '#8bc34a',
  denied: '#c62828',
  unavailable: '#f0a202',
  rejected: '#795548',
  other: '#90a4ae',
};
const categories: RequestFigure[] = ['granted', 'partial', 'denied', 'unavailable', 'rejected', 'other'];

export function resultsByBodyChart(summary: RegionSummary, { maxBars = 25 }: ChartOptions = {}): ChartSpec {
  const groups = groupByBody(summary.byBody).map(({ label, rows }) => ({
    label,
    reportIds: rows.map((row) => row.reportId),
    values: categories.map((category) => rows.reduce((sum, row) => sum + row.requests[category], 0)),
  }));
  const total = (group: { values: number[] }): number => group.values.reduce((sum, value) => sum + value, 0);
  const shown = topGroups(groups, total, maxBars, (rest) => ({
    label: restLabel(rest.length),
    reportIds: rest.flatMap((group) => group.reportIds),
    values: categories.map((_, index) => rest.reduce((sum, group) => sum + (group.values[index] ?? 0), 0)),
  }));
  return {
    title: '各单位办理结果（按类别）',
    heightPx: barChartHeight(shown.length, 100),
    targets: shown.map(({ label, reportIds }) => ({ label, reportIds })),
    empty: shown.length === 0,
    option: {
      ...baseOption,
      legend: { top: 0, data: categories.map((category) => requestFigureLabels[category]) },
      ...horizontalBars(
        shown.map((group) => group.label),
        36,
        24,
      ),
      series: categories.map((category, index) => ({
        type: 'bar' as const,
        name: requestFigureLabels[category],
        stack: 'results',
        data: shown.map((group) => group.values[index] ?? 0),
        itemStyle: { color: resultCategoryColors[category] },
        barMaxWidth: 18,
        cursor: 'pointer',
      })),
    },
  };
}
