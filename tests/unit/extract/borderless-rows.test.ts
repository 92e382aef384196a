// A table printed without cell borders whose label lines stand close together: each label goes to the row
// whose figures stand level with it, and no row takes another's figures. Cell by cell against the original
// (tests/fixtures/pdf/borderless-close-rows.html).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyzeFile } from '../../../src/main/services/analyze-file';

const file = path.join(__dirname, '../../fixtures/pdf/borderless-close-rows.pdf');

it('reads 规章 and 行政规范性文件 each with its own figures when their labels stand close', async () => {
  const analysis = await analyzeFile('borderless-close-rows.pdf', new Uint8Array(readFileSync(file)));
  if (!analysis.ok) throw new Error(analysis.error);
  const { cells } = analysis.report;
  const row = (id: string) =>
    ['issued', 'repealed', 'inForce'].map((column) => cells[`active.${id}.${column}`]?.value);
  expect(row('rules')).toEqual([2, 1, 15]);
  expect(row('normativeDocs')).toEqual([7, 3, 42]);
  expect(cells['active.licensing.decisions']?.value).toBe(1286);
});
