// Cell ids looked up in a format: each of the form's cells is found with its own table, row and column,
// and an id the format does not have is not.
import { describe, expect, it } from 'vitest';
import { cellDef, cellId, cellIdsOf, cellPlace, templates } from '../../../src/main/domain/template/definitions';

describe('cell definitions', () => {
  it.each(['2019', '2021'] as const)('finds every cell of the %s format with its table, row and column', (version) => {
    const ids = cellIdsOf(version);
    expect(ids.length).toBeGreaterThan(190);
    // One id per cell of the form: none shared by two cells.
    const cells = templates[version].reduce((sum, table) => sum + table.rows.reduce((n, row) => n + row.columns.length, 0), 0);
    expect(new Set(ids).size).toBe(cells);
    expect(ids.length).toBe(cells);
    for (const id of ids) {
      const def = cellDef(version, id);
      expect(def?.id).toBe(id);
      expect(cellId(def!.table.id, def!.row.id, def!.column.id)).toBe(id);
    }
  });

  it('finds no cell the format does not have', () => {
    const only2021 = cellIdsOf('2021').filter((id) => !cellIdsOf('2019').includes(id));
    expect(only2021).toContain('active.rules.issued');
    for (const id of only2021) expect(cellDef('2019', id)).toBeUndefined();
    expect(cellDef('2021', 'requests.total.nobody')).toBeUndefined();
    expect(cellPlace('2021', 'requests.total.nobody')).toBe('requests.total.nobody');
  });

  it('names a cell in the form’s own words', () => {
    expect(cellPlace('2021', 'requests.total.natural')).toBe('表三 （七）总计 · 自然人列');
  });
});
