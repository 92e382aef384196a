// A small library of hand-built reports for the 汇总 tests: two regions, two years, a county government
// whose own report is smaller than its departments' sum, blanks, problems in every review state.
import { cellIdsOf } from '../../../src/main/domain/template/definitions';
import type { ReportDetail } from '../../../src/shared/ipc-contract';
import { buildDetail, finding } from './build-detail';

export function sampleLibrary(): ReportDetail[] {
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
      const cells: Record<string, number | null> = Object.fromEntries(
        cellIdsOf(template).map((id) => [id, next()]),
      );
      if (index === 2) cells['requests.partial.total'] = null;
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

/** A straight sum of one cell over the reports, blanks as 0. */
export const sumOf = (details: ReportDetail[], id: string): number =>
  details.reduce((sum, detail) => sum + (detail.cells[id]?.value ?? 0), 0);

/** A straight sum of every 总计-column cell of table 三 whose row id starts with `prefix`. */
export const sumRows = (details: ReportDetail[], prefix: string): number =>
  details.reduce(
    (sum, detail) =>
      sum +
      Object.entries(detail.cells)
        .filter(([id]) => id.startsWith(`requests.${prefix}`) && id.endsWith('.total'))
        .reduce((inner, [, cell]) => inner + (cell.value ?? 0), 0),
    0,
  );
