// The check every fixture set shares: metadata, every cell's value and the extra rows as the generator wrote them.
import { expect } from 'vitest';
import type { ExtractedReport } from '../../../src/shared/report';
import type { SpecExpectation } from '../../fixtures/generator/report-spec';

export function expectReport(report: ExtractedReport, expected: SpecExpectation): void {
  const { cells, extraRows, ...metadata } = expected;
  expect({ agency: report.agency, year: report.year, template: report.template, date: report.date }).toEqual(
    metadata,
  );
  expect(Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]))).toEqual(
    cells,
  );
  expect(report.extraRows.map((row) => ({ label: row.label, values: row.values }))).toEqual(
    extraRows.map((row) => ({ label: row.label, values: row.values })),
  );
}
