// 问题分布（按规则）: per rule, the problems confirmed or added by reviewers, and the findings still awaiting a decision.
import type { RegionSummary } from '../summary';
import { barChartHeight, baseOption, horizontalBars, type ChartSpec } from './chart-spec';

export const problemColors = { problems: '#c00000', open: '#e8b04a' };

export function problemsByRuleChart(summary: RegionSummary): ChartSpec {
  const rules = summary.problemsByRule;
  return {
    title: '发现的问题（按规则）',
    heightPx: barChartHeight(rules.length, 100),
    targets: rules.map((rule) => ({ label: rule.label, reportIds: rule.reportIds })),
    empty: rules.length === 0,
    option: {
      ...baseOption,
      legend: { top: 0, data: ['确认的问题', '待复核'] },
      ...horizontalBars(
        rules.map((rule) => rule.label),
        36,
        40,
        200,
      ),
      series: [
        {
          type: 'bar',
          name: '确认的问题',
          stack: 'findings',
          data: rules.map((rule) => rule.problems),
          itemStyle: { color: problemColors.problems },
          barMaxWidth: 18,
          cursor: 'pointer',
        },
        {
          type: 'bar',
          name: '待复核',
          stack: 'findings',
          data: rules.map((rule) => rule.open),
          itemStyle: { color: problemColors.open },
          barMaxWidth: 18,
          cursor: 'pointer',
        },
      ],
    },
  };
}
