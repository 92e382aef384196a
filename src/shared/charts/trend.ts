// 历年趋势: per year, the requests received, those granted in full, and the appeals and suits, for the whole
// scope, one region or one body.
import type { BodyRow, RegionSummary } from '../summary';
import { appealGroupLabels, requestFigureLabels } from '../summary-labels';
import { baseOption, type ChartSpec } from './chart-spec';

/** Whom the trend is of: every report of the scope, a region, or a body. */
export interface TrendSubject {
  kind: 'all' | 'region' | 'body';
  name: string;
}

export const allSubject: TrendSubject = { kind: 'all', name: '全部' };

/** The subjects the trend chart offers: the whole scope, each region, each body. */
export function trendSubjects(summary: RegionSummary): TrendSubject[] {
  const regions = [...new Set(summary.byBody.flatMap((row) => (row.region ? [row.region] : [])))];
  const bodies = [...new Set(summary.byBody.map((row) => row.agency))];
  return [
    allSubject,
    ...regions.sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => ({ kind: 'region' as const, name })),
    ...bodies.sort((a, b) => a.localeCompare(b, 'zh-CN')).map((name) => ({ kind: 'body' as const, name })),
  ];
}

/** `region:淮安市` / `body:洪泽区商务局` / anything else: all. */
export function parseSubject(value: string | undefined): TrendSubject {
  const match = /^(region|body):(.+)$/.exec(value ?? '');
  return match ? { kind: match[1] as 'region' | 'body', name: match[2] ?? '' } : allSubject;
}

export const subjectKey = (subject: TrendSubject): string =>
  subject.kind === 'all' ? 'all' : `${subject.kind}:${subject.name}`;

const belongs = (row: BodyRow, subject: TrendSubject): boolean =>
  subject.kind === 'all' ||
  (subject.kind === 'region' ? row.region === subject.name : row.agency === subject.name);

export function trendChart(summary: RegionSummary, subject: TrendSubject = allSubject): ChartSpec {
  const rows = summary.byBody.filter((row) => row.year !== null && belongs(row, subject));
  const years = [...new Set(rows.map((row) => row.year as number))].sort((a, b) => a - b);
  const inYear = (year: number) => rows.filter((row) => row.year === year);
  const sum = (year: number, value: (row: BodyRow) => number) =>
    inYear(year).reduce((total, row) => total + value(row), 0);
  const series = [
    { name: requestFigureLabels.new, color: '#2f6fba', value: (row: BodyRow) => row.requests.new },
    { name: requestFigureLabels.granted, color: '#3a8a3f', value: (row: BodyRow) => row.requests.granted },
    { name: appealGroupLabels.review, color: '#e8b04a', value: (row: BodyRow) => row.appeals.review.total },
    {
      name: '行政诉讼',
      color: '#c00000',
      value: (row: BodyRow) => row.appeals.suitDirect.total + row.appeals.suitAfterReview.total,
    },
  ];
  return {
    title: `历年趋势：${subject.kind === 'all' ? '全部单位' : subject.name}`,
    heightPx: 320,
    targets: years.map((year) => ({
      label: `${subject.kind === 'all' ? '' : subject.name} ${year} 年`.trim(),
      reportIds: inYear(year).map((row) => row.reportId),
    })),
    empty: years.length === 0,
    option: {
      ...baseOption,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: series.map((entry) => entry.name) },
      grid: {
        left: 12,
        right: 24,
        top: 40,
        bottom: 24,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'category', data: years.map((year) => `${year}年`), triggerEvent: true },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((entry, index) => ({
        type: 'line' as const,
        name: entry.name,
        data: years.map((year) => sum(year, entry.value)),
        itemStyle: { color: entry.color },
        lineStyle: { color: entry.color, width: 2 },
        symbolSize: 8,
        // Only the main line is labelled: four sets of numbers on top of each other cannot be read.
        label: { show: index === 0 && years.length <= 10, position: 'top' as const },
        cursor: 'pointer',
      })),
    },
  };
}
