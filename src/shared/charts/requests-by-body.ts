// 各单位本年新收申请: one horizontal bar per body, largest first.
import type { RegionSummary } from '../summary';
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

export function requestsByBodyChart(summary: RegionSummary, { maxBars = 25 }: ChartOptions = {}): ChartSpec {
  const groups = groupByBody(summary.byBody).map(({ label, rows }) => ({
    label,
    reportIds: rows.map((row) => row.reportId),
    value: rows.reduce((sum, row) => sum + row.requests.new, 0),
  }));
  const shown = topGroups(
    groups,
    (group) => group.value,
    maxBars,
    (rest) => ({
      label: restLabel(rest.length),
      reportIds: rest.flatMap((group) => group.reportIds),
      value: rest.reduce((sum, group) => sum + group.value, 0),
    }),
  );
  return {
    title: `各单位${requestFigureLabels.new}数量`,
    heightPx: barChartHeight(shown.length),
    targets: shown.map(({ label, reportIds }) => ({ label, reportIds })),
    empty: shown.length === 0,
    option: {
      ...baseOption,
      ...horizontalBars(
        shown.map((group) => group.label),
        16,
        48,
      ),
      series: [
        {
          type: 'bar',
          name: requestFigureLabels.new,
          data: shown.map((group) => group.value),
          itemStyle: { color: '#2f6fba' },
          label: { show: true, position: 'right' },
          barMaxWidth: 18,
          cursor: 'pointer',
        },
      ],
    },
  };
}
