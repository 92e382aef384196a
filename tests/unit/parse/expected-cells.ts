// Builds a report's expected cell values from its rows, the way a reviewer reads them off the tables.
import { cellIdsOf } from '../../../src/main/domain/template/definitions';
import type { TemplateVersion } from '../../../src/shared/report';

/** `rows` maps "table.row" to its values left to right; rows not given are `fill` in every column. */
export function expectedCells(
  template: TemplateVersion,
  rows: Record<string, (number | null)[]>,
  fill: number | null = 0,
): Record<string, number | null> {
  const expected: Record<string, number | null> = {};
  const columnIndex = new Map<string, number>();
  for (const id of cellIdsOf(template)) {
    const rowKey = id.slice(0, id.lastIndexOf('.'));
    const index = columnIndex.get(rowKey) ?? 0;
    columnIndex.set(rowKey, index + 1);
    const values = rows[rowKey];
    expected[id] = values && index < values.length ? values[index]! : fill;
  }
  for (const rowKey of Object.keys(rows)) {
    if (!columnIndex.has(rowKey)) throw new Error(`no such row in the ${template} format: ${rowKey}`);
  }
  return expected;
}

/** Table 四 as the form writes it: 15 figures in one row. */
export function appealsRow(values: number[]): Record<string, number[]> {
  return {
    'appeals.review': values.slice(0, 5),
    'appeals.suitDirect': values.slice(5, 10),
    'appeals.suitAfterReview': values.slice(10, 15),
  };
}

const n = null;
/** A table 三 row in which only the 自然人 and 总计 columns could be placed. */
export const ends = (natural: number, total: number): (number | null)[] => [natural, n, n, n, n, n, total];
