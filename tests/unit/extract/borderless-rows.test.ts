// Tables printed without cell borders: each label goes to the row whose figures stand level with it, no row
// takes another's figures, and a section heading under a table stays a heading. Cell by cell against the
// originals (tests/fixtures/pdf/borderless-*.html).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyzeFile } from '../../../src/main/services/analyze-file';

const fixture = (name: string) => path.join(__dirname, '../../fixtures/pdf', name);
const analyze = async (name: string) => {
  const analysis = await analyzeFile(name, new Uint8Array(readFileSync(fixture(name))));
  if (!analysis.ok) throw new Error(analysis.error);
  return analysis;
};

it('reads 规章 and 行政规范性文件 each with its own figures when their labels stand close', async () => {
  const { cells } = (await analyze('borderless-close-rows.pdf')).report;
  const row = (id: string) =>
    ['issued', 'repealed', 'inForce'].map((column) => cells[`active.${id}.${column}`]?.value);
  expect(row('rules')).toEqual([2, 1, 15]);
  expect(row('normativeDocs')).toEqual([7, 3, 42]);
  expect(cells['active.licensing.decisions']?.value).toBe(1286);
});

it('takes a section heading under the last row, left of the figures, for the heading it is, not for a row label', async () => {
  const { report, findings } = await analyze('borderless-heading-below.pdf');
  expect(report.sections.map((section) => section.number)).toContain(4);
  expect(findings.filter((finding) => finding.rule === 'structure.sections')).toEqual([]);
  const columns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
  const row = (id: string) => columns.map((column) => report.cells[`requests.${id}.${column}`]?.value);
  expect(row('new')).toEqual([31, 5, 1, 2, 3, 4, 46]);
  expect(row('carriedForward')).toEqual([2, 0, 0, 0, 1, 0, 3]);
});
