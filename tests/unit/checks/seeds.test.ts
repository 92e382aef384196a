// The seed reports (../shared/seeds) rebuilt by hand with their values and sentences: what the
// checks must say about each once the parser produces them.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, rulesOf } from './build-report';
import * as seed from './seed-texts';

const errorsOf = (findings: ReturnType<typeof checkReport>) =>
  findings.filter((finding) => finding.severity === 'error');

describe('seed reports', () => {
  it('000 (all zero, consistent, "2020年收到政府信息公开0件。未收到行政复议、行政诉讼。"): no finding at all', () => {
    const report = buildReport({
      year: 2020,
      agency: '烟台市芝罘区商务局',
      title: '烟台市芝罘区商务局 2020 年政府信息公开工作年度报告',
      date: '2021-01-28',
      preamble: '发布时间:2021-01-28 13:55:16\n本年度报告根据《中华人民共和国政府信息公开条例》编制。',
      sections: { 1: seed.SEED000_SECTION1, 5: seed.SEED000_SECTION5, 6: seed.SEED000_SECTION6 },
    });
    expect(report.sections[0]?.text).toContain('2020年收到政府信息公开0件。未收到行政复议、行政诉讼。');
    expect(checkReport(report)).toEqual([]);
  });

  it('001 (2 received, 行政诉讼 4, 未产生行政复议, 办结率100%): text and tables agree', () => {
    const report = buildReport({
      year: 2020,
      agency: '芝罘区行政审批服务局',
      title: '芝罘区行政审批服务局 2020 年政府信息公开工作年度报告',
      date: '2021-01-28',
      rows: {
        'active.licensing': [48, 65, 44192],
        'active.otherServices': [10, 3, 323],
        'active.fees': [1, 0],
        'active.procurement': [2, 317.7],
        'requests.new': [2, 0, 0, 0, 0, 0, 2],
        'requests.granted': [1, 0, 0, 0, 0, 0, 1],
        'requests.other': [1, 0, 0, 0, 0, 0, 1],
        'requests.total': [2, 0, 0, 0, 0, 0, 2],
        'appeals.suitDirect': [1, 1, 0, 2, 4],
      },
      sections: { 1: seed.SEED001_SECTION1, 5: seed.SEED001_SECTION5 },
    });
    expect(checkReport(report)).toEqual([]);
  });

  it('002 (2019 report dated 2020-02-12): publication.deadline and nothing else', () => {
    const report = buildReport({
      year: 2019,
      agency: '城步苗族自治县商务局',
      title: '县商务局2019年政府信息公开工作年度报告',
      date: '2020-02-12',
      sections: { 1: seed.SEED002_SECTION1, 6: '无其他需要报告的事项。' },
    });
    const findings = checkReport(report);
    expect(rulesOf(findings)).toEqual(['publication.deadline']);
    expect(findings[0]?.severity).toBe('error');
  });

  it('003 (（七）总计 all 0 though 1 received and 1 granted): balance and resultSum in 自然人 and 总计, no other error', () => {
    const report = buildReport({
      year: 2020,
      agency: '眉山市经济和信息化局',
      title: null,
      date: null,
      preamble: seed.SEED003_PREAMBLE,
      rows: {
        'active.normativeDocs': [0, 0, 2],
        'active.licensing': [5, 0, 32],
        'active.otherServices': [6, 0, 42],
        'active.penalty': [9, 0, 0],
        'active.coercion': [2, 0, 0],
        'active.procurement': [4, 297],
        'requests.new': [1, 0, 0, 0, 0, 0, 1],
        'requests.granted': [1, 0, 0, 0, 0, 0, 1],
      },
      sections: { 1: seed.SEED003_SECTION1, 5: seed.SEED003_SECTION5, 6: '无。' },
    });
    const errors = errorsOf(checkReport(report));
    expect(errors.map((finding) => `${finding.rule} ${finding.cells.at(-1) ?? ''}`).sort()).toEqual([
      'requests.balance requests.carriedForward.natural',
      'requests.balance requests.carriedForward.total',
      'requests.resultSum requests.total.natural',
      'requests.resultSum requests.total.total',
    ]);
  });

  it('004 (2021 format, blank rows （一）（二）（三）1, section 六 "无"): blanks, fee statement, 无法核验, no error', () => {
    const blank = Array<null>(7).fill(null);
    const report = buildReport({
      year: 2021,
      agency: '老城区商务和工业信息化局',
      title: '老城区商务和工业信息化局2021年政府信息公开工作年度报告',
      date: null,
      rows: { 'requests.granted': blank, 'requests.partial': blank, 'requests.denied.stateSecret': blank },
      sections: { 1: seed.SEED004_SECTION1, 5: seed.SEED004_SECTION5, 6: '无' },
    });
    const findings = checkReport(report);
    expect(errorsOf(findings)).toEqual([]);
    expect(only(findings, 'cells.blank').map((finding) => finding.cells[0])).toEqual([
      'requests.granted.natural',
      'requests.partial.natural',
      'requests.denied.stateSecret.natural',
    ]);
    expect(only(findings, 'text.feeStatement')).toMatchObject([{ severity: 'warning' }]);
    expect(only(findings, 'requests.rowSum')).toMatchObject([{ severity: 'info' }]);
    expect(only(findings, 'requests.resultSum')).toMatchObject([{ severity: 'info' }]);
    expect(only(findings, 'requests.balance')).toEqual([]);
    expect(rulesOf(findings)).toEqual([
      'cells.blank',
      'cells.blank',
      'cells.blank',
      'publication.deadline',
      'requests.resultSum',
      'requests.rowSum',
      'text.feeStatement',
    ]);
  });
});
