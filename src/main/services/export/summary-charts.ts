// The 汇总's charts drawn for print: the view's own chart options, fewer bars, as PNG.
import type { SummaryChart } from '../../../shared/ipc-contract';
import { buildChart } from '../../../shared/charts/index';
import type { RegionSummary } from '../../../shared/summary';
import { renderChartPng, type ChartPng } from './chart-png';

export interface PrintedChart extends ChartPng {
  chart: SummaryChart;
  title: string;
}

/** Bars in a printed chart; the rest are added up into one. */
const printedBars = 25;

export function printedCharts(summary: RegionSummary): PrintedChart[] {
  const charts: SummaryChart[] = ['requestsByBody', 'resultsByBody', 'problemsByRule'];
  if (summary.scope.years.length > 1) charts.push('trend');
  return charts.flatMap((chart) => {
    const spec = buildChart(chart, summary, { maxBars: printedBars });
    return spec.empty ? [] : [{ chart, title: spec.title, ...renderChartPng(spec, { widthPx: 900 }) }];
  });
}
