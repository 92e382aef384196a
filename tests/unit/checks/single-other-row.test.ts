// A 2021 report that kept the 2019 form's single （六）其他处理 row: its figures stand for the three
// sub-rows in the （七）总计 sum, and the missing sub-rows are not reported again as 无法核验.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import type { ExtractedReport } from '../../../src/shared/report';
import { buildReport, only } from './build-report';

const subRows = ['other.noCorrection', 'other.unpaidFee', 'other.other'];

/** The report as the parser gives it: sub-rows not found, the single row kept as an extra row. */
function withSingleOtherRow(other: number[], total: number[]): ExtractedReport {
  const report = buildReport({
    year: 2023,
    rows: {
      'requests.new': [5, 0, 0, 0, 0, 0, 5],
      'requests.granted': [3, 0, 0, 0, 0, 0, 3],
      'requests.total': total,
    },
  });
  for (const row of subRows) {
    for (const id of Object.keys(report.cells).filter((id) => id.startsWith(`requests.${row}.`))) {
      report.cells[id] = { value: null, raw: '' };
    }
  }
  report.extraRows.push({ table: 'requests', label: '（六）其他处理', values: other });
  return report;
}

describe('requests.resultSum with a single （六） row', () => {
  it('adds the single row and finds the sum consistent', () => {
    const findings = checkReport(withSingleOtherRow([2, 0, 0, 0, 0, 0, 2], [5, 0, 0, 0, 0, 0, 5]));
    expect(only(findings, 'requests.resultSum')).toEqual([]);
    expect(findings.filter((finding) => finding.message.includes('无法核验'))).toEqual([]);
  });

  it('flags a total that the single row does not account for', () => {
    const findings = only(checkReport(withSingleOtherRow([1, 0, 0, 0, 0, 0, 1], [5, 0, 0, 0, 0, 0, 5])), 'requests.resultSum');
    expect(findings.map((finding) => [finding.severity, finding.cells.includes('requests.total.natural')])).toContainEqual(['error', true]);
    expect(findings[0]!.formula).toContain('（六）');
  });

  it('takes no other extra row for the （六） row', () => {
    const report = withSingleOtherRow([2, 0, 0, 0, 0, 0, 2], [5, 0, 0, 0, 0, 0, 5]);
    report.extraRows = [
      { table: 'requests', label: '（八）其他情况', values: [2, 0, 0, 0, 0, 0, 2] },
      { table: 'appeals', label: '其他处理', values: [2, 0, 0, 0, 0, 0, 2] },
    ];
    const findings = only(checkReport(report), 'requests.resultSum');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.message.startsWith('无法核验'))).toBe(true);
  });

  it('keeps to the sub-rows when the report has any of them, whatever extra row it also has', () => {
    for (const kept of subRows) {
      const report = withSingleOtherRow([2, 0, 0, 0, 0, 0, 2], [3, 0, 0, 0, 0, 0, 3]);
      for (const id of Object.keys(report.cells).filter((id) => id.startsWith(`requests.${kept}.`)))
        report.cells[id] = { value: 0, raw: '0', source: { kind: 'element', path: `body/${id}` } };
      // The two sub-rows left out make the sum 无法核验; the extra row does not stand in for them.
      const findings = only(checkReport(report), 'requests.resultSum');
      expect(findings.length, kept).toBeGreaterThan(0);
      expect(findings.map((finding) => finding.severity), kept).toEqual(findings.map(() => 'info'));
      expect(findings[0]?.message, kept).toContain('（自然人列、商业企业列、科研机构列');
    }
  });
});
