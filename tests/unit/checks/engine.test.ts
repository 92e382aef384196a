import { describe, expect, it } from 'vitest';
import { checkReport, crossYearRules, reportRules } from '../../../src/main/domain/checks/index';
import { buildReport } from './build-report';

/** A report breaking many rules at once. */
const messy = () =>
  buildReport({
    year: 2022,
    template: '2019',
    date: '2023-03-01',
    rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 2], 'appeals.review': [1, 0, 0, 0, 0] },
    cells: { 'requests.granted.legal': null, 'active.rules.made': -1, 'requests.partial.total': 'missing' },
    sections: { 1: '2021年，我局共收到政府信息公开申请9件。', 6: '无', 4: null },
    preamble: '统计期限为2021年1月1日至2021年12月31日。',
  });

describe('check engine', () => {
  it('has the rule ids of the spec', () => {
    expect(reportRules.map((rule) => rule.id).sort()).toEqual([
      'agency.place',
      'appeals.groupSum',
      'cells.blank',
      'cells.unreadable',
      'format.version',
      'ocr.uncertain',
      'publication.deadline',
      'requests.balance',
      'requests.resultSum',
      'requests.rowSum',
      'structure.sections',
      'structure.tables',
      'text.feeStatement',
      'text.vsTable',
      'text.year',
      'values.valid',
    ]);
    expect(crossYearRules.map((rule) => rule.id)).toEqual([
      'crossYear.carryOver',
      'crossYear.prevItems',
      'crossYear.inForce',
      'crossYear.copied',
    ]);
  });

  it('gives unique ids that stay the same when the report is checked again, and does not change the report', () => {
    const report = messy();
    const before = JSON.stringify(report);
    const first = checkReport(report);
    const ids = first.map((finding) => finding.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(checkReport(messy()).map((finding) => finding.id)).toEqual(ids);
    expect(JSON.stringify(report)).toBe(before);
    expect(new Set(first.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(10);
  });

  it('writes messages in Chinese without internal cell ids, each with a basis', () => {
    for (const finding of checkReport(messy())) {
      expect(finding.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(finding.message).not.toMatch(/\b(requests|appeals|active)\.[a-zA-Z]+/);
      expect(finding.formula ?? '').not.toMatch(/\b(requests|appeals|active)\.[a-zA-Z]+/);
      expect(finding.basis).toBeTruthy();
    }
  });
});
