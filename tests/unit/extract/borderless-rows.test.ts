// Tables printed without cell borders: each label goes to the row whose figures stand level with it, no row
// takes another's figures, a section heading under a table stays a heading, and columns set tight keep
// their figures apart. Cell by cell against the originals (tests/fixtures/pdf/borderless-*.html,
// tight-columns.html).
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
  // Table 四's figures, 1 em apart ("4 1", "2 0" were read as one figure each).
  const appeals = Object.entries(report.cells).filter(([id]) => id.startsWith('appeals.'));
  expect(appeals.map(([, cell]) => cell.value)).toEqual([2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 1, 0, 0, 1]);
});

it('reads every cell of a page whose tables have no widths, set as tight as their text, and raises no 漏填', async () => {
  // A label column as wide as its longest label ("行政规范性文件 2"), figure columns a space apart
  // ("1338 210" in （七）总计), table 四 right under its heading and its figures 1 em apart.
  const { report, findings } = await analyze('tight-columns.pdf');
  const truth = JSON.parse(readFileSync(fixture('tight-columns.cells.json'), 'utf8')) as Record<
    string,
    number
  >;
  expect(Object.fromEntries(Object.keys(truth).map((id) => [id, report.cells[id]?.value]))).toEqual(truth);
  expect(findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
});
