// Text as PDF and Word conversions hand it over: commas lost at line ends, prose running on from
// the last row of a table. Found by the check benchmark (bench/checks.bench.ts).
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type ReportInput } from './build-report';

const vsTable = (input: ReportInput) => only(checkReport(buildReport(input)), 'text.vsTable');
const requests = (received: number, handled: number, forward: number): ReportInput['rows'] => ({
  'requests.new': [received, 0, 0, 0, 0, 0, received],
  'requests.granted': [handled, 0, 0, 0, 0, 0, handled],
  'requests.total': [handled, 0, 0, 0, 0, 0, handled],
  'requests.carriedForward': [forward, 0, 0, 0, 0, 0, forward],
});

describe('text.vsTable on converted text', () => {
  it('does not read "办结2363件" as carried forward when the comma before 结转 was lost', () => {
    const findings = vsTable({
      year: 2023,
      rows: requests(2592, 2363, 229),
      sections: { 1: '2023 年共收到政府信息公开申请 2592 件，办结 2363 件\n结转下年度继续办理 229 件。' },
    });
    expect(findings).toEqual([]);
  });

  it('still reads "3件结转下年度办理"', () => {
    const findings = vsTable({
      rows: requests(10, 8, 2),
      sections: { 1: '本年度共收到政府信息公开申请10件，另有3件结转下年度办理。' },
    });
    expect(findings).toMatchObject([
      { cells: ['requests.carriedForward.total'], formula: '正文 3，表格 2，相差 1' },
    ]);
  });

  it('reads a sentence that follows the last row of a table in the same section', () => {
    const findings = vsTable({
      rows: requests(2, 2, 0),
      sections: { 2: '行政处罚\t49\t\t\n本年度共答复政府信息公开申请 6 件。' },
    });
    expect(findings).toMatchObject([{ cells: ['requests.total.total'], formula: '正文 6，表格 2，相差 4' }]);
  });
});
