// crossBody.regionSum in detail: which bodies count toward a government's summary, and what its flag shows.
import { describe, expect, it } from 'vitest';
import {
  checkRegionSums,
  type BodyReport,
} from '../../../src/main/domain/checks/cross-body/region-sum';
import { completePaths, divisionsOf, isGovernment, normalisePlace } from '../../../src/main/domain/checks/cross-body/places';
import { buildDetail } from '../summary/build-detail';

const body = (agency: string | null, region: string | null, cells: Record<string, number | null>, year: number | null = 2024): BodyReport => {
  const detail = buildDetail({ agency: agency ?? '', region, year: year ?? 2024, cells });
  return { reportId: detail.summary.id, agency, region, year, cells: detail.cells };
};
const agencies = (check: { parts: { agency: string }[] } | undefined) => check?.parts.map((part) => part.agency).sort();

describe('places of bodies', () => {
  it('reads a region written with spaces or the OCR slip 沐 for 沭', () => {
    expect(normalisePlace(' 宿迁市\u3000沐阳县 ')).toBe('宿迁市沭阳县');
    expect(divisionsOf('宿迁市 沐阳县')).toEqual(['宿迁市', '沭阳县']);
    expect(divisionsOf('')).toEqual([]);
    expect(isGovernment('宿迁市沐阳县政府', '宿迁市 沭阳县')).toBe(true);
    expect(isGovernment('宿迁市沭阳县人民政府', '宿迁市泗阳县')).toBe(false);
  });

  it('completes a region to the longest one ending with it, and keeps one that none ends with', () => {
    const completed = completePaths([['洪泽区'], ['淮安市', '清江浦区'], ['淮安市', '洪泽区'], ['江苏省', '淮安市', '洪泽区']]);
    expect(completed.get('洪泽区')).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(completed.get('淮安市›洪泽区')).toEqual(['江苏省', '淮安市', '洪泽区']);
    expect(completed.get('淮安市›清江浦区')).toEqual(['淮安市', '清江浦区']);
  });
});

describe('crossBody.regionSum in detail', () => {
  it('shows at most six parts in the formula, then the count', () => {
    const summary = body('淮安市人民政府', '淮安市', { 'requests.new.total': 1 });
    const parts = ['财政局', '商务局', '教育局', '民政局', '卫健委', '交通局', '水利局'].map((name) =>
      body(`淮安市${name}`, '淮安市', { 'requests.new.total': 1 }),
    );
    const [check] = checkRegionSums([summary, ...parts]);
    expect(check?.findings).toEqual([
      {
        id: expect.stringMatching(/^crossBody\.regionSum\|requests\.new\.total\|[0-9a-f]{16}:2024$/),
        rule: 'crossBody.regionSum',
        severity: 'warning',
        message: '表三 本年新收申请：淮安市人民政府的报告为 1，小于所属 7 个单位的报告之和 7（相差 6）',
        cells: ['requests.new.total'],
        formula: '1 < 1 + 1 + 1 + 1 + 1 + 1 + …（共 7 项） = 7',
        basis: '本级政府年度报告的统计数应涵盖本级政府各部门和下级政府，不应小于其报告之和；请核实统计口径',
      },
    ]);
    expect(check?.findings[0]?.id.endsWith(`|${summary.reportId}:2024`)).toBe(true);
    expect(check?.comparisons.map((comparison) => comparison.label)).toContain('表四 行政复议总计');
    expect(check).toMatchObject({ region: '淮安市', year: 2024, summary: { reportId: summary.reportId, agency: '淮安市人民政府' } });
  });

  it('flags a table 四 group total below its parts, naming the group’s total cell', () => {
    const summary = body('淮安市人民政府', '淮安市', { 'appeals.suitDirect.total': 0 });
    const part = body('淮安市财政局', '淮安市', { 'appeals.suitDirect.total': 2 });
    const [check] = checkRegionSums([summary, part]);
    expect(check?.findings).toMatchObject([
      { cells: ['appeals.suitDirect.total'], formula: '0 < 2 = 2', message: expect.stringContaining('表四 行政诉讼（未经复议直接起诉）总计') },
    ]);
    expect(check?.comparisons.find((comparison) => comparison.cellId === 'appeals.suitDirect.total')).toEqual({
      cellId: 'appeals.suitDirect.total',
      label: '表四 行政诉讼（未经复议直接起诉）总计',
      summary: 0,
      partsSum: 2,
      difference: -2,
    });
  });

  it('raises nothing when the summary equals the sum of its parts', () => {
    const summary = body('淮安市人民政府', '淮安市', { 'requests.new.total': 5 });
    const [check] = checkRegionSums([summary, body('淮安市财政局', '淮安市', { 'requests.new.total': 5 })]);
    expect(check?.findings).toEqual([]);
  });

  it('leaves out bodies without a name, a region, a year or a division in their region', () => {
    const summary = body('淮安市人民政府', '淮安市', { 'requests.new.total': 1 });
    const [check] = checkRegionSums([
      summary,
      body('淮安市财政局', '淮安市', { 'requests.new.total': 1 }),
      body(null, '淮安市', { 'requests.new.total': 50 }),
      body('淮安市商务局', null, { 'requests.new.total': 50 }),
      body('淮安市教育局', '淮安市', { 'requests.new.total': 50 }, null),
      body('某某单位', '某某', { 'requests.new.total': 50 }),
    ]);
    expect(agencies(check)).toEqual(['淮安市财政局']);
    expect(check?.findings).toEqual([]);
  });

  it('counts a department under a lower government toward that government only, and a second report of the same government is not a part of the first', () => {
    const city = body('淮安市人民政府', '淮安市', {});
    const county = body('淮安市洪泽区人民政府', '淮安市洪泽区', {});
    const countyAgain = body('淮安市洪泽区人民政府', '淮安市洪泽区', {});
    const countyDept = body('淮安市洪泽区商务局', '淮安市洪泽区', {});
    const town = body('淮安市洪泽区高良涧街道办事处', '淮安市洪泽区高良涧街道', {});
    const cityDept = body('淮安市财政局', '淮安市', {});
    const checks = checkRegionSums([city, county, countyAgain, countyDept, town, cityDept]);
    expect(checks.map((check) => check.region)).toEqual(['淮安市', '淮安市洪泽区', '淮安市洪泽区']);
    expect(agencies(checks[0])).toEqual(['淮安市洪泽区人民政府', '淮安市洪泽区人民政府', '淮安市财政局'].sort());
    expect(agencies(checks[1])).toEqual(['淮安市洪泽区商务局', '淮安市洪泽区高良涧街道办事处'].sort());
    expect(checks[2]?.summary.reportId).toBe(countyAgain.reportId);
    expect(agencies(checks[2])).toEqual(agencies(checks[1]));
  });

  it('sorts the checks by region, then year', () => {
    const pair = (year: number, place: string) => [
      body(`${place}人民政府`, place, {}, year),
      body(`${place}财政局`, place, {}, year),
    ];
    const checks = checkRegionSums([...pair(2024, '宿迁市'), ...pair(2023, '淮安市'), ...pair(2022, '淮安市')]);
    expect(checks.map((check) => `${check.region}${check.year}`)).toEqual(['淮安市2022', '淮安市2023', '宿迁市2024']);
  });

  it('counts only bodies of the same place and year, with a known place', () => {
    const checks = checkRegionSums([
      body('淮安市人民政府', '淮安市', {}),
      body('淮安市财政局', '淮安市', {}),
      body('宿迁市财政局', '宿迁市', {}),
      body('淮安市洪泽区人民政府', '淮安市洪泽区', {}),
      body('淮安市清江浦区商务局', '淮安市清江浦区', {}),
      body('某某人民政府', '某某', {}),
      body('淮安市人民政府', '淮安市', {}, null),
      body('淮安市商务局', '淮安市', {}, null),
    ]);
    expect(checks.map((check) => [check.summary.agency, check.year, agencies(check)])).toEqual([
      ['淮安市人民政府', 2024, ['淮安市财政局', '淮安市洪泽区人民政府', '淮安市清江浦区商务局'].sort()],
    ]);
  });

  it('leaves a district’s department to its city when the province sums up', () => {
    const checks = checkRegionSums([
      body('江苏省人民政府', '江苏省', {}),
      body('江苏省淮安市人民政府', '江苏省淮安市', {}),
      body('淮安市洪泽区商务局', '江苏省淮安市洪泽区', {}),
    ]);
    expect(checks.map((check) => [check.summary.agency, agencies(check)])).toEqual([
      ['江苏省人民政府', ['江苏省淮安市人民政府']],
      ['江苏省淮安市人民政府', ['淮安市洪泽区商务局']],
    ]);
  });

  it('writes six parts in full in the formula', () => {
    const parts = ['财政局', '商务局', '教育局', '民政局', '卫健委', '交通局'].map((name) =>
      body(`淮安市${name}`, '淮安市', { 'requests.new.total': 1 }),
    );
    const [check] = checkRegionSums([body('淮安市人民政府', '淮安市', { 'requests.new.total': 1 }), ...parts]);
    expect(check?.findings[0]?.formula).toBe('1 < 1 + 1 + 1 + 1 + 1 + 1 = 6');
  });
});
