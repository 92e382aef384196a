// The charts' numbers against a straight sum of the reports' cells, and what a click on each bar selects.
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../src/main/domain/scoring/index';
import { regionSummary } from '../../../src/main/domain/summary/region-summary';
import { buildChart, parseSubject } from '../../../src/shared/charts/index';
import type { ChartSpec } from '../../../src/shared/charts/index';
import { sampleLibrary, sumOf, sumRows } from './sample-library';

const details = sampleLibrary();
const summary = regionSummary(details, defaultRubric, (rule) => rule);

/** Category labels and each series' numbers of a chart. */
function chartData(spec: ChartSpec): { categories: string[]; series: Map<string, number[]> } {
  const option = spec.option as {
    yAxis?: { data?: string[] };
    xAxis?: { data?: string[] };
    series: { name: string; data: number[] }[];
  };
  return {
    categories: option.yAxis?.data ?? option.xAxis?.data ?? [],
    series: new Map(option.series.map((entry) => [entry.name, entry.data])),
  };
}

const ofBody = (agency: string) => details.filter((detail) => detail.summary.agency === agency);

describe('the 汇总 charts', () => {
  it('requests by body: each bar is the straight sum of the body’s 本年新收 cells', () => {
    const spec = buildChart('requestsByBody', summary);
    const { categories, series } = chartData(spec);
    const values = series.get('本年新收申请') ?? [];
    expect(categories).toHaveLength(4);
    categories.forEach((agency, index) =>
      expect(values[index]).toBe(sumOf(ofBody(agency), 'requests.new.total')),
    );
    expect(values.reduce((a, b) => a + b, 0)).toBe(sumOf(details, 'requests.new.total'));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(spec.targets[0]?.reportIds.sort()).toEqual(
      ofBody(categories[0]!)
        .map((detail) => detail.summary.id)
        .sort(),
    );
  });

  it('results stacked by category: each segment is the straight sum of the category’s rows', () => {
    const { categories, series } = chartData(buildChart('resultsByBody', summary));
    const expected = {
      予以公开: 'granted',
      部分公开: 'partial',
      不予公开: 'denied.',
      无法提供: 'unavailable.',
      不予处理: 'rejected.',
      其他处理: 'other',
    };
    for (const [name, prefix] of Object.entries(expected)) {
      const values = series.get(name) ?? [];
      categories.forEach((agency, index) =>
        expect(values[index], `${agency} ${name}`).toBe(sumRows(ofBody(agency), prefix)),
      );
    }
  });

  it('folds the bodies beyond the limit into one bar that adds them up', () => {
    const spec = buildChart('requestsByBody', summary, { maxBars: 2 });
    const { categories, series } = chartData(spec);
    expect(categories[1]).toBe('其余 3 个单位');
    const values = series.get('本年新收申请') ?? [];
    expect((values[0] ?? 0) + (values[1] ?? 0)).toBe(sumOf(details, 'requests.new.total'));
    expect(spec.targets[1]?.reportIds).toHaveLength(6);
  });

  it('problems by rule: confirmed problems and findings awaiting a decision', () => {
    const spec = buildChart('problemsByRule', summary);
    const { categories, series } = chartData(spec);
    expect(categories).toEqual(['publication.deadline', 'requests.balance']);
    expect(series.get('确认的问题')).toEqual([2, 0]);
    expect(series.get('待复核')).toEqual([0, 2]);
  });

  it('trend: per year, for everything, a region or a body', () => {
    const inYear = (year: number, list = details) => list.filter((detail) => detail.summary.year === year);
    const all = chartData(buildChart('trend', summary));
    expect(all.categories).toEqual(['2023年', '2024年']);
    expect(all.series.get('本年新收申请')).toEqual(
      [2023, 2024].map((year) => sumOf(inYear(year), 'requests.new.total')),
    );
    expect(all.series.get('行政复议')).toEqual(
      [2023, 2024].map((year) => sumOf(inYear(year), 'appeals.review.total')),
    );
    const county = details.filter((detail) => detail.summary.region === '沭阳县');
    const region = chartData(buildChart('trend', summary, { trend: parseSubject('region:沭阳县') }));
    expect(region.series.get('予以公开')).toEqual(
      [2023, 2024].map((year) => sumOf(inYear(year, county), 'requests.granted.total')),
    );
    const body = buildChart('trend', summary, { trend: parseSubject('body:沭阳县人民政府') });
    expect(chartData(body).series.get('行政诉讼')).toEqual(
      [2023, 2024].map((year) => {
        const own = inYear(year, ofBody('沭阳县人民政府'));
        return sumOf(own, 'appeals.suitDirect.total') + sumOf(own, 'appeals.suitAfterReview.total');
      }),
    );
    expect(body.title).toBe('历年趋势：沭阳县人民政府');
  });
});
