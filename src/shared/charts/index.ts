// The 汇总's charts, built from a RegionSummary: the same options draw them in the window and as PNG.
import type { SummaryChart } from '../ipc-contract';
import type { RegionSummary } from '../summary';
import type { ChartOptions, ChartSpec } from './chart-spec';
import { problemsByRuleChart } from './problems-by-rule';
import { requestsByBodyChart } from './requests-by-body';
import { resultsByBodyChart } from './results-by-body';
import { trendChart, type TrendSubject } from './trend';

export type { ChartSpec, ChartTarget } from './chart-spec';
export { allSubject, parseSubject, subjectKey, trendSubjects, type TrendSubject } from './trend';

export function buildChart(
  chart: SummaryChart,
  summary: RegionSummary,
  options: ChartOptions & { trend?: TrendSubject } = {},
): ChartSpec {
  switch (chart) {
    case 'requestsByBody':
      return requestsByBodyChart(summary, options);
    case 'resultsByBody':
      return resultsByBodyChart(summary, options);
    case 'problemsByRule':
      return problemsByRuleChart(summary);
    case 'trend':
      return trendChart(summary, options.trend);
  }
}
