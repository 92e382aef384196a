import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only } from './build-report';

describe('values.valid', () => {
  it('accepts whole counts, a negative 本年增/减 (2019) and decimal money', () => {
    const report = buildReport({
      year: 2020,
      rows: { 'active.licensing': [48, -3, 44192], 'active.procurement': [2, 317.7] },
    });
    expect(only(checkReport(report), 'values.valid')).toEqual([]);
  });

  it('flags a negative count, a fractional count and negative money', () => {
    const report = buildReport({
      year: 2022,
      cells: {
        'active.licensing.decisions': -2,
        'active.penalty.decisions': 1.5,
        'active.fees.amount': -0.5,
      },
      raw: { 'active.penalty.decisions': '1.5', 'active.licensing.decisions': '（-2）' },
    });
    const findings = only(checkReport(report), 'values.valid');
    expect(findings.map((finding) => finding.cells[0])).toEqual([
      'active.licensing.decisions',
      'active.penalty.decisions',
      'active.fees.amount',
    ]);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findings[0]?.message).toContain('填写为“（-2）”（读作 -2）');
    expect(findings[1]?.message).toBe(
      '数值错误：表二 行政处罚 · 本年处理决定数量 填写为“1.5”（读作 1.5），件数应为不小于 0 的整数。',
    );
  });

  it('flags a negative change only when it is not a 本年增/减 cell', () => {
    const report = buildReport({ year: 2020, cells: { 'active.licensing.prevItems': -1 } });
    expect(only(checkReport(report), 'values.valid')).toHaveLength(1);
  });
});

describe('cells.blank', () => {
  it('says nothing when every cell holds a number', () => {
    expect(only(checkReport(buildReport()), 'cells.blank')).toEqual([]);
  });

  it('reports one warning per row, listing its blank cells and what was written', () => {
    const report = buildReport({
      cells: { 'requests.new.commercial': null, 'requests.new.research': null, 'appeals.review.total': null },
      raw: { 'requests.new.commercial': '-', 'requests.new.research': '/' },
    });
    const findings = only(checkReport(report), 'cells.blank');
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      cells: ['requests.new.commercial', 'requests.new.research'],
    });
    expect(findings[0]?.message).toBe(
      '漏填：表三 一、本年新收政府信息公开申请数量 的 商业企业列、科研机构列 未填数字（填写为“-”“/”），没有发生的应填 0。',
    );
    expect(findings[1]?.message).toContain('表四 行政复议 的 总计');
  });

  it('says a whole blank row in one finding', () => {
    const report = buildReport({ rows: { 'requests.partial': Array<null>(7).fill(null) } });
    const findings = only(checkReport(report), 'cells.blank');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('整行未填数字');
  });

  it('does not repeat cells the parser already reported', () => {
    const report = buildReport({
      cells: { 'requests.new.commercial': null },
      findings: [
        {
          id: 'p',
          rule: 'cells.blank',
          severity: 'warning',
          message: '漏填',
          cells: ['requests.new.commercial'],
        },
      ],
    });
    expect(only(checkReport(report), 'cells.blank')).toEqual([]);
  });
});

describe('values.valid by kind of cell', () => {
  it('wants whole 本年增/减, money of at least 0 and whole counts in table 四, and says which rule each breaks', () => {
    const report = buildReport({
      year: 2020,
      cells: {
        'active.licensing.change': 1.5,
        'active.procurement.amount': -2,
        'active.fees.amount': 0.25,
        'active.fees.prevItems': 0,
        'appeals.review.upheld': 0.5,
      },
      raw: { 'active.procurement.amount': ' ' },
    });
    expect(
      only(checkReport(report), 'values.valid').map((finding) => [
        finding.id,
        finding.severity,
        finding.message,
      ]),
    ).toEqual([
      [
        'values.valid|active.licensing.change',
        'error',
        '数值错误：表二 行政许可 · 本年增/减 填写为“1.5”（读作 1.5），增减数应为整数。',
      ],
      // A raw text of spaces shows the figure as read.
      [
        'values.valid|active.procurement.amount',
        'error',
        '数值错误：表二 政府集中采购 · 采购总金额 填写为“-2”（读作 -2），金额应为不小于 0 的数。',
      ],
      [
        'values.valid|appeals.review.upheld',
        'error',
        '数值错误：表四 行政复议 · 结果维持 填写为“0.5”（读作 0.5），件数应为不小于 0 的整数。',
      ],
    ]);
  });

  it('does not judge blank, missing or unreadable cells', () => {
    const report = buildReport({
      cells: {
        'active.licensing.decisions': null,
        'active.penalty.decisions': 'missing',
        'appeals.review.upheld': -1,
      },
      findings: [
        {
          id: 'p',
          rule: 'structure.unplaced',
          severity: 'warning',
          message: '无法定位',
          cells: ['appeals.review.upheld'],
        },
      ],
    });
    expect(only(checkReport(report), 'values.valid')).toEqual([]);
  });
});
