import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type ReportInput } from './build-report';

const fee = (input: ReportInput) => only(checkReport(buildReport(input)), 'text.feeStatement');

describe('text.feeStatement', () => {
  it('passes a 2021-format report whose section 六 states the fee', () => {
    expect(
      fee({
        year: 2023,
        sections: {
          6: '2023 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。',
        },
      }),
    ).toEqual([]);
    expect(fee({ year: 2025, sections: { 6: '2025 年度本机关未收取信息公开处理费。' } })).toEqual([]);
  });

  it('warns when section 六 says nothing about the fee', () => {
    const findings = fee({ year: 2021, sections: { 6: '无' } });
    expect(findings).toMatchObject([{ severity: 'warning', excerpt: '无', excerptSource: { kind: 'text' } }]);
  });

  it('is info only when the statement stands in another section', () => {
    expect(fee({ year: 2022, sections: { 1: '本年度未收取信息处理费。', 6: '无' } })).toMatchObject([
      { severity: 'info' },
    ]);
  });

  it('does not apply to the 2019 format', () => {
    expect(fee({ year: 2020, sections: { 6: '无' } })).toEqual([]);
  });

  it('reads a statement broken across lines (a PDF line end inside 处理费)', () => {
    expect(fee({ year: 2023, sections: { 6: '本年度未收取信息处\n理费。' } })).toEqual([]);
  });

  it('applies to any report of 2021 or later, even one in the 2019 format', () => {
    expect(fee({ year: 2021, template: '2019', sections: { 6: '无' } })).toMatchObject([{ severity: 'warning' }]);
  });

  it('quotes the first 80 characters of section 六 as it stands, and keeps one id', () => {
    const text = `  \n${'本机关将继续做好政府信息公开工作。'.repeat(6)}`;
    expect(fee({ year: 2022, sections: { 6: text } })).toEqual([
      {
        id: 'text.feeStatement|section6',
        rule: 'text.feeStatement',
        severity: 'warning',
        message:
          '第六部分“其他需要报告的事项”未说明信息处理费的收取情况（2021 年版格式要求报告，如“本年度未收取信息处理费”）。',
        cells: [],
        excerpt: `${'本机关将继续做好政府信息公开工作。'.repeat(4)}本机关将继续做好政府信息`,
        excerptSource: expect.objectContaining({ kind: 'text' }),
        basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号 第六部分',
      },
    ]);
  });
});
