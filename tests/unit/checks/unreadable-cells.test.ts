// cells.unreadable: cells the reader found but could not read (无法识别) get one warning per row asking
// the reviewer to read them off the original; they are never 漏填, and the sums they enter are 无法核验.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import type { ExtractedReport } from '../../../src/shared/report';
import { buildReport, only } from './build-report';

function unreadable(report: ExtractedReport, ids: string[]): ExtractedReport {
  for (const id of ids)
    report.cells[id] = {
      ...report.cells[id]!,
      value: null,
      reading: { kind: 'unreadable', note: '未能读出' },
    };
  return report;
}

describe('cells.unreadable', () => {
  // Checked inside each test (not while the tests are collected), so that every test runs the checks.
  const checked = () =>
    checkReport(
      unreadable(buildReport({ cells: { 'appeals.review.total': null } }), [
        'active.rules.issued',
        'active.rules.repealed',
        'active.rules.inForce',
        'requests.new.natural',
        'requests.new.legal',
      ]),
    );

  it('says a wholly unreadable row as 整行 and a partly unreadable one column by column', () => {
    const findings = checked();
    expect(
      only(findings, 'cells.unreadable').map((finding) => [finding.id, finding.severity, finding.message]),
    ).toEqual([
      [
        'cells.unreadable|active.rules.issued,active.rules.repealed,active.rules.inForce',
        'warning',
        '无法识别：表二 规章 整行未能从原件中读出，请对照原件读取并更正（不作漏填处理）。',
      ],
      [
        'cells.unreadable|requests.new.natural,requests.new.legal',
        'warning',
        '无法识别：表三 一、本年新收政府信息公开申请数量 的 自然人列、法律服务机构列未能从原件中读出，请对照原件读取并更正（不作漏填处理）。',
      ],
    ]);
    expect(only(findings, 'cells.unreadable')[0]?.basis).toBe(
      '原件中该处的内容未能读出；未读出不等于漏填，须对照原件核实',
    );
  });

  it('does not call them 漏填, and makes the sums they enter 无法核验', () => {
    const findings = checked();
    expect(only(findings, 'cells.blank').map((finding) => finding.cells)).toEqual([['appeals.review.total']]);
    expect(only(findings, 'requests.rowSum')).toMatchObject([
      { severity: 'info', cells: ['requests.new.natural', 'requests.new.legal'] },
    ]);
    expect(only(findings, 'requests.rowSum')[0]?.message).toContain('自然人列（无法识别）');
    expect(only(findings, 'appeals.groupSum')[0]?.message).toContain('表四 行政复议 · 总计（空白）');
  });

  it('leaves cells the parser already reported to the parser’s finding', () => {
    const reported = unreadable(
      buildReport({
        findings: [
          {
            id: 'p',
            rule: 'structure.unplaced',
            severity: 'warning',
            message: '无法定位',
            cells: ['requests.new.natural'],
          },
        ],
      }),
      ['requests.new.natural', 'requests.new.legal'],
    );
    expect(only(checkReport(reported), 'cells.unreadable')).toMatchObject([
      { cells: ['requests.new.legal'] },
    ]);
  });
});
