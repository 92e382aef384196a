import { describe, expect, it } from 'vitest';
import { cellIdsOf } from '../../../src/main/domain/template/definitions';
import { conclusionOf, describeCells, scopeText } from '../../../src/main/services/export/report-view';
import { batch, checkedReport, cleanReport, failedReport } from './sample-reports';

describe('describeCells', () => {
  const requestsCells = cellIdsOf('2019').filter((id) => id.startsWith('requests.'));

  it('names the cells of one row together, in the form’s words', () => {
    expect(
      describeCells(checkedReport, ['requests.granted.commercial', 'requests.granted.research']),
    ).toEqual(['表三 （一）予以公开 · 商业企业、科研机构列']);
    const wholeRow = requestsCells.filter((id) => id.startsWith('requests.carriedOver.'));
    expect(describeCells(checkedReport, wholeRow)).toEqual([
      '表三 二、上年结转政府信息公开申请数量 · 全部 7 列',
    ]);
    expect(describeCells(checkedReport, ['requests.new.natural', 'requests.total.natural'])).toEqual([
      '表三 一、本年新收政府信息公开申请数量 · 自然人列',
      '表三 （七）总计 · 自然人列',
    ]);
  });

  it('counts rather than lists beyond the printed limit', () => {
    const lines = describeCells(checkedReport, requestsCells, 6);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe(`……等共 ${requestsCells.length / 7} 行 ${requestsCells.length} 个单元格`);
    expect(describeCells(checkedReport, requestsCells)).toHaveLength(requestsCells.length / 7);
  });

  it('keeps the ids when the format is unknown', () => {
    expect(describeCells(failedReport, ['requests.new.natural'])).toEqual(['requests.new.natural']);
  });
});

describe('scopeText', () => {
  it('counts bodies, years and reports', () => {
    expect(scopeText(batch)).toBe('单位 3 个，2020—2021 年度，报告 3 份（其中导入失败 1 份）');
    expect(scopeText([cleanReport])).toBe('单位 1 个，2021 年度，报告 1 份');
  });
});

describe('conclusionOf', () => {
  const marked = { reviewer: '李审查', at: '2024-03-02T03:00:00.000Z' };
  const reviewOnly = (status: 'pending' | 'dismissed', resolved: boolean, completed = true) => ({
    ...cleanReport,
    summary: { ...cleanReport.summary, completed: completed ? marked : null },
    findings: cleanReport.findings.map((finding) => ({
      ...finding,
      review:
        status === 'pending'
          ? null
          : { status, comment: '', reviewer: '李审查', at: '2024-03-02T02:00:00.000Z' },
      resolved,
    })),
  });

  it('gives each state of review its verdict; only the 审查完毕 mark makes a report reviewed', () => {
    expect(conclusionOf(checkedReport)).toBe('存在问题');
    expect(conclusionOf(reviewOnly('dismissed', false))).toBe('经复核无问题');
    expect(conclusionOf(reviewOnly('dismissed', false, false))).toBe('尚未审查完毕');
    expect(conclusionOf(cleanReport)).toBe('尚未审查完毕');
    // No findings, and nobody opened it: not reviewed.
    expect(conclusionOf({ ...cleanReport, findings: [] })).toBe('尚未审查完毕');
    expect(conclusionOf({ ...reviewOnly('dismissed', false), findings: [] })).toBe('未发现问题');
    expect(conclusionOf(failedReport)).toBe('导入失败');
  });

  it('does not wait for a review of a finding a correction has already resolved', () => {
    expect(conclusionOf(reviewOnly('pending', true))).toBe('经复核无问题');
  });
});
