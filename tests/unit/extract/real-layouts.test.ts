// Reports laid out as real ones reach reviewers (tests/fixtures/generator/layout-set.ts): portal pages
// with the site's chrome, saved and printed to PDF with narrow columns (borders kept, lost, or under the
// rows only), and narrow Word tables exported to PDF. Every cell, the metadata, and no false 漏填.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { readDocument } from '../../../src/main/extract/read-document';
import { layoutSetDir, readLayoutManifest } from '../../fixtures/generator/layout-set';

const manifest = await readLayoutManifest();

describe('layout fixtures', () => {
  it('exist (made by the global setup), printed pages and Word exports', () => {
    expect(manifest.filter((entry) => entry.source === 'portal').length).toBeGreaterThanOrEqual(6);
    expect(manifest.filter((entry) => entry.source === 'word').length).toBeGreaterThanOrEqual(2);
  });
});

for (const entry of manifest) {
  describe(entry.id, () => {
    for (const [kind, name] of Object.entries(entry.files)) {
      it(`${kind}: metadata, every cell, 漏填 only where the original is blank`, async () => {
        const read = await readDocument(name, new Uint8Array(readFileSync(join(layoutSetDir, name))));
        if (!read.ok) throw new Error(read.message);
        const report = parseReport(read.document);
        const { cells, agency, year, template, date, signedDate } = entry.expected;
        expect({ agency: report.agency, year: report.year, template: report.template, date: report.date }).toEqual({ agency, year, template, date });
        expect(report.signedDate).toBe(signedDate);
        const values = Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]));
        expect(values).toEqual(cells);
        const findings = [...report.findings, ...checkReport(report)];
        const blank = new Set(findings.filter((finding) => finding.rule === 'cells.blank').flatMap((finding) => finding.cells));
        const trulyBlank = Object.keys(cells).filter((id) => cells[id] === null);
        expect([...blank].sort()).toEqual(trulyBlank.sort());
        expect(findings.filter((finding) => finding.rule === 'cells.unreadable')).toEqual([]);
        for (const [id, cell] of Object.entries(report.cells)) expect(cell.source, `${id} has no source`).toBeDefined();
        // 第四十九条 against the page's publication date: 3月31日 for a government's own report, else 1月31日.
        const due = `${year + 1}-${/人民政府$/.test(agency) ? '03-31' : '01-31'}`;
        const late = findings.filter((finding) => finding.rule === 'publication.deadline' && finding.severity === 'error');
        expect(late.length, `published ${date}, due ${due}`).toBe(date > due ? 1 : 0);
      });
    }
  });
}
