// Generated reports with known numbers (tests/fixtures/generator): every cell, in every format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { readDocument } from '../../../src/main/extract/read-document';
import { defaultOutDirs, readFixtureManifest } from '../../fixtures/generator/generate';

const manifest = await readFixtureManifest(defaultOutDirs.standard);

describe('generated fixtures', () => {
  it('exist (made by the global setup)', () => expect(manifest.length).toBeGreaterThanOrEqual(10));
});

for (const entry of manifest) {
  describe(entry.id, () => {
    for (const format of ['docx', 'pdf', 'html'] as const) {
      it(`${format}: metadata and every cell`, async () => {
        const name = entry.files[format];
        const read = await readDocument(name, new Uint8Array(readFileSync(join(defaultOutDirs.standard, name))));
        if (!read.ok) throw new Error(read.message);
        const report = parseReport(read.document);
        const { cells, extraRows, ...metadata } = entry.expected;
        expect({ agency: report.agency, year: report.year, template: report.template, date: report.date }).toEqual(metadata);
        const values = Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]));
        expect(values).toEqual(cells);
        expect(report.extraRows.map((row) => ({ label: row.label, values: row.values }))).toEqual(
          extraRows.map((row) => ({ label: row.label, values: row.values })),
        );
        for (const [id, cell] of Object.entries(report.cells)) {
          expect(cell.source, `${id} has no source`).toBeDefined();
        }
      });
    }
  });
}
