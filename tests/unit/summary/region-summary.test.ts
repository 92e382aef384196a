// The 汇总's numbers against a straight sum of the reports' cells.
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../src/main/domain/scoring/index';
import { regionSummary } from '../../../src/main/domain/summary/region-summary';
import { buildDetail } from './build-detail';
import { sampleLibrary, sumOf, sumRows } from './sample-library';

describe('regionSummary', () => {
  const details = sampleLibrary();
  const summary = regionSummary(details, defaultRubric, (rule) => `规则 ${rule}`);

  it('adds up table 三 and 四 exactly as a straight sum of the cells', () => {
    const { requests, appeals } = summary.totals;
    expect(requests.new).toBe(sumOf(details, 'requests.new.total'));
    expect(requests.carriedOver).toBe(sumOf(details, 'requests.carriedOver.total'));
    expect(requests.granted).toBe(sumOf(details, 'requests.granted.total'));
    expect(requests.partial).toBe(sumOf(details, 'requests.partial.total'));
    expect(requests.denied).toBe(sumRows(details, 'denied.'));
    expect(requests.unavailable).toBe(sumRows(details, 'unavailable.'));
    expect(requests.rejected).toBe(sumRows(details, 'rejected.'));
    // 2019's single （六） row and 2021's three sub-rows alike.
    expect(requests.other).toBe(sumRows(details, 'other'));
    expect(requests.total).toBe(sumOf(details, 'requests.total.total'));
    expect(requests.carriedForward).toBe(sumOf(details, 'requests.carriedForward.total'));
    for (const group of ['review', 'suitDirect', 'suitAfterReview'] as const)
      for (const column of ['upheld', 'corrected', 'other', 'pending', 'total'] as const)
        expect(appeals[group][column]).toBe(sumOf(details, `appeals.${group}.${column}`));
    expect(summary.totals.withBlanks).toBe(2);
  });

  it('groups by region and year, and the groups add up to the totals', () => {
    expect(summary.byRegionYear.map((row) => `${row.region} ${row.year} ${row.bodies}`)).toEqual([
      '淮安市洪泽区 2023 2',
      '淮安市洪泽区 2024 2',
      '沭阳县 2023 2',
      '沭阳县 2024 2',
    ]);
    const summed = summary.byRegionYear.reduce((sum, row) => sum + row.requests.new, 0);
    expect(summed).toBe(summary.totals.requests.new);
    const hongze2024 = details.filter(
      (detail) => detail.summary.region === '淮安市洪泽区' && detail.summary.year === 2024,
    );
    expect(summary.byRegionYear[1]?.requests.granted).toBe(sumOf(hongze2024, 'requests.granted.total'));
    expect(summary.scope).toMatchObject({ reports: 8, bodies: 4, regions: 2, years: [2023, 2024] });
  });

  it('counts timeliness, problems by rule and the reports still under review', () => {
    expect(summary.totals.timeliness).toEqual({ onTime: 5, late: 2, unknown: 1 });
    expect(summary.problemsByRule).toEqual([
      expect.objectContaining({
        rule: 'publication.deadline',
        label: '规则 publication.deadline',
        problems: 2,
        open: 0,
      }),
      expect.objectContaining({ rule: 'requests.balance', problems: 0, open: 2 }),
    ]);
    expect(summary.scope.unreviewed).toBe(2);
    const county = summary.byBody.find((row) => row.agency === '沭阳县人民政府');
    expect(county?.problems).toEqual({ error: 1, warning: 0, info: 0 });
    expect(county?.score).toMatchObject({ score: 91, provisional: true });
  });

  it('includes the cross-body check of the county’s own report', () => {
    expect(
      summary.crossBody.map((check) => `${check.summary.agency} ${check.year} ${check.parts.length}`),
    ).toEqual(['沭阳县人民政府 2023 1', '沭阳县人民政府 2024 1']);
  });
});

describe('bodies written two ways', () => {
  it('are one body, under the longer name', () => {
    const details = [
      buildDetail({ agency: '洪泽区人民政府', region: '洪泽区', year: 2023 }),
      buildDetail({ agency: '淮安市洪泽区人民政府', region: '淮安市洪泽区', year: 2024 }),
      buildDetail({ agency: '淮安市洪泽区商务局', region: '淮安市洪泽区', year: 2024 }),
    ];
    const summary = regionSummary(details, defaultRubric);
    expect(summary.scope.bodies).toBe(2);
    expect(summary.byRegionYear.map((row) => `${row.region} ${row.year}`)).toEqual(['淮安市洪泽区 2023', '淮安市洪泽区 2024']);
    expect(summary.byBody.map((row) => row.agency)).toEqual([
      '淮安市洪泽区人民政府',
      '淮安市洪泽区人民政府',
      '淮安市洪泽区商务局',
    ]);
  });
});
