// The 汇总's numbers against a straight sum of the reports' cells.
import { describe, expect, it } from 'vitest';
import { defaultRubric } from '../../../src/main/domain/scoring/index';
import { regionSummary } from '../../../src/main/domain/summary/region-summary';
import { cellIdsOf } from '../../../src/main/domain/template/definitions';
import type { ReportDetail } from '../../../src/shared/ipc-contract';
import { buildDetail, finding } from './build-detail';

/** A straight sum of one cell over the reports, blanks as 0. */
const sumOf = (details: ReportDetail[], id: string): number =>
  details.reduce((sum, detail) => sum + (detail.cells[id]?.value ?? 0), 0);
/** A straight sum of every 总计-column cell of table 三 whose row starts with `prefix`. */
const sumRows = (details: ReportDetail[], prefix: string): number =>
  details.reduce(
    (sum, detail) =>
      sum +
      Object.entries(detail.cells)
        .filter(([id]) => id.startsWith(`requests.${prefix}`) && id.endsWith('.total'))
        .reduce((inner, [, cell]) => inner + (cell.value ?? 0), 0),
    0,
  );

function library(): ReportDetail[] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) % 40;
  const bodies = [
    ['淮安市洪泽区商务局', '淮安市洪泽区'],
    ['淮安市洪泽区财政局', '淮安市洪泽区'],
    ['沭阳县发展和改革局', '沭阳县'],
    ['沭阳县人民政府', '沭阳县'],
  ] as const;
  return bodies.flatMap(([agency, region], index) =>
    [2023, 2024].map((year) => {
      const template = year === 2023 && index === 0 ? '2019' : '2021';
      const cells = Object.fromEntries(cellIdsOf(template).map((id) => [id, next()]));
      if (index === 2) cells['requests.partial.total'] = null as unknown as number;
      return buildDetail({
        agency,
        region,
        year,
        template,
        cells,
        date: index === 1 && year === 2024 ? null : `${year + 1}-01-2${index}`,
        findings:
          index === 3
            ? [
                finding({ rule: 'publication.deadline', status: 'confirmed' }),
                finding({ rule: 'requests.balance' }),
              ]
            : [finding({ rule: 'requests.balance', status: 'dismissed' })],
      });
    }),
  );
}

describe('regionSummary', () => {
  const details = library();
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
