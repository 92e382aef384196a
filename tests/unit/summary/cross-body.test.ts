import { describe, expect, it } from 'vitest';
import { checkRegionSums } from '../../../src/main/domain/checks/cross-body/region-sum';
import { completePaths, divisionsOf, isGovernment } from '../../../src/main/domain/checks/cross-body/places';
import { buildDetail } from './build-detail';

const body = (agency: string, region: string, cells: Record<string, number | null>, year = 2024) => {
  const detail = buildDetail({ agency, region, year, cells });
  return { reportId: detail.summary.id, agency, region, year, cells: detail.cells };
};

describe('places', () => {
  it('splits regions into divisions and finds the government itself', () => {
    expect(divisionsOf('淮安市洪泽区')).toEqual(['淮安市', '洪泽区']);
    expect(divisionsOf('城步苗族自治县')).toEqual(['城步苗族自治县']);
    expect(isGovernment('淮安市洪泽区人民政府', '淮安市洪泽区')).toBe(true);
    expect(isGovernment('淮安市洪泽区人民政府办公室', '淮安市洪泽区')).toBe(false);
    expect(isGovernment('洪泽区商务局', '洪泽区')).toBe(false);
  });

  it('completes a short region from a longer one only when that is unambiguous', () => {
    const completed = completePaths([
      ['洪泽区'],
      ['淮安市', '洪泽区'],
      ['鼓楼区'],
      ['南京市', '鼓楼区'],
      ['徐州市', '鼓楼区'],
    ]);
    expect(completed.get('洪泽区')).toEqual(['淮安市', '洪泽区']);
    expect(completed.get('鼓楼区')).toEqual(['鼓楼区']);
  });
});

describe('crossBody.regionSum', () => {
  it('flags each figure of a summary report below the sum of its departments', () => {
    const summary = body('淮安市洪泽区人民政府', '淮安市洪泽区', {
      'requests.new.total': 20,
      'appeals.review.total': 1,
    });
    const commerce = body('洪泽区商务局', '洪泽区', { 'requests.new.total': 15, 'appeals.review.total': 1 });
    const finance = body('淮安市洪泽区财政局', '淮安市洪泽区', { 'requests.new.total': 9 });
    const elsewhere = body('淮安市财政局', '淮安市', { 'requests.new.total': 500 });
    const lastYear = body('洪泽区教育局', '洪泽区', { 'requests.new.total': 500 }, 2023);
    const [check, ...others] = checkRegionSums([summary, commerce, finance, elsewhere, lastYear]);
    expect(others).toEqual([]);
    expect(check?.summary.agency).toBe('淮安市洪泽区人民政府');
    expect(check?.parts.map((part) => part.agency).sort()).toEqual(
      ['洪泽区商务局', '淮安市洪泽区财政局'].sort(),
    );
    const compared = check?.comparisons.find((comparison) => comparison.cellId === 'requests.new');
    expect(compared).toMatchObject({ summary: 20, partsSum: 24, difference: -4 });
    expect(check?.findings).toHaveLength(1);
    expect(check?.findings[0]).toMatchObject({
      rule: 'crossBody.regionSum',
      severity: 'warning',
      cells: ['requests.new.total'],
      formula: '20 < 15 + 9 = 24',
    });
    expect(check?.findings[0]?.message).toContain('小于所属 2 个单位的报告之和 24（相差 4）');
  });

  it('counts a lower government’s own summary instead of its departments, and raises nothing when the sums hold', () => {
    const city = body('淮安市人民政府', '淮安市', { 'requests.new.total': 100 });
    const cityDept = body('淮安市财政局', '淮安市', { 'requests.new.total': 30 });
    const district = body('淮安市洪泽区人民政府', '淮安市洪泽区', { 'requests.new.total': 50 });
    const districtDept = body('洪泽区商务局', '洪泽区', { 'requests.new.total': 40 });
    const checks = checkRegionSums([city, cityDept, district, districtDept]);
    const cityCheck = checks.find((check) => check.summary.agency === '淮安市人民政府');
    expect(cityCheck?.parts.map((part) => part.agency).sort()).toEqual(
      ['淮安市洪泽区人民政府', '淮安市财政局'].sort(),
    );
    expect(cityCheck?.comparisons[0]).toMatchObject({ summary: 100, partsSum: 80 });
    expect(cityCheck?.findings).toEqual([]);
    const districtCheck = checks.find((check) => check.summary.agency === '淮安市洪泽区人民政府');
    expect(districtCheck?.parts.map((part) => part.agency)).toEqual(['洪泽区商务局']);
    expect(districtCheck?.findings).toEqual([]);
  });

  it('without the lower government, its departments count toward the city', () => {
    const city = body('淮安市人民政府', '淮安市', { 'requests.new.total': 10 });
    const districtDept = body('淮安市洪泽区商务局', '淮安市洪泽区', { 'requests.new.total': 40 });
    const [check] = checkRegionSums([city, districtDept]);
    expect(check?.parts.map((part) => part.agency)).toEqual(['淮安市洪泽区商务局']);
    expect(check?.findings[0]?.message).toContain('相差 30');
  });

  it('needs both the summary and a part in the library', () => {
    expect(checkRegionSums([body('淮安市人民政府', '淮安市', {})])).toEqual([]);
    expect(checkRegionSums([body('淮安市财政局', '淮安市', {}), body('淮安市商务局', '淮安市', {})])).toEqual(
      [],
    );
  });
});
