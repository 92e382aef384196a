// The years at which the formats change: 2018 and earlier have no tables, 2019–2020 use the 2019
// format, 2021 on the 2021 format, whose section 六 must state the 信息处理费.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type ReportInput } from './build-report';

const rule = (input: ReportInput, id: string) => only(checkReport(buildReport(input)), id);
const FEE_MISSING =
  '第六部分“其他需要报告的事项”未说明信息处理费的收取情况（2021 年版格式要求报告，如“本年度未收取信息处理费”）。';

describe('format.version at the change of format', () => {
  it('checks a 2019 report in full and a 2018 report not at all', () => {
    expect(checkReport(buildReport({ year: 2019 }))).toEqual([]);
    expect(
      checkReport(
        buildReport({ year: 2018, template: '2019', rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 2] } }),
      ),
    ).toMatchObject([{ rule: 'format.version', severity: 'info', id: 'format.version|unsupported' }]);
  });

  it('wants the 2021 format from the 2021 report on, and the 2019 format up to 2020', () => {
    expect(
      rule({ year: 2021, template: '2019', sections: { 6: '本年度未收取信息处理费。' } }, 'format.version'),
    ).toMatchObject([
      {
        severity: 'error',
        cells: [],
        basis: '国办公开办函〔2021〕30号：2021 年度起的报告使用新格式',
        message:
          '使用旧版格式：2021 年度报告应使用 2021 年版表格（国办公开办函〔2021〕30号），本报告使用的是 2019 年版表格。',
      },
    ]);
    expect(
      rule({ year: 2020, template: '2021', sections: { 6: '本年度未收取信息处理费。' } }, 'format.version'),
    ).toMatchObject([
      {
        severity: 'error',
        basis: '国办公开办函〔2019〕60号：2019、2020 年度的报告使用该格式',
        message:
          '格式与年度不符：2020 年度报告应使用 2019 年版表格（国办公开办函〔2019〕60号），本报告使用的是 2021 年版表格。',
      },
    ]);
    expect(
      rule({ year: 2019, template: '2021', sections: { 6: '本年度未收取信息处理费。' } }, 'format.version'),
    ).toHaveLength(1);
  });

  it('says nothing of the format when the year is unknown', () => {
    expect(rule({ year: null, template: '2019' }, 'format.version')).toEqual([]);
    expect(
      rule({ year: null, template: '2021', sections: { 6: '本年度未收取信息处理费。' } }, 'format.version'),
    ).toEqual([]);
  });
});

describe('text.feeStatement at the change of format', () => {
  it('is due from the 2021 report on, in whichever format, and for a 2021-format report of any year', () => {
    expect(
      rule({ year: 2021, template: '2019', sections: { 6: '无其他需要报告的事项。' } }, 'text.feeStatement'),
    ).toMatchObject([
      {
        severity: 'warning',
        message: FEE_MISSING,
        excerpt: '无其他需要报告的事项。',
        id: 'text.feeStatement|section6',
      },
    ]);
    expect(rule({ year: 2020, template: '2021', sections: { 6: '无' } }, 'text.feeStatement')).toHaveLength(
      1,
    );
    expect(rule({ year: null, template: '2021', sections: { 6: '无' } }, 'text.feeStatement')).toHaveLength(
      1,
    );
    expect(rule({ year: 2020, template: '2019', sections: { 6: '无' } }, 'text.feeStatement')).toEqual([]);
    expect(rule({ year: null, template: '2019', sections: { 6: '无' } }, 'text.feeStatement')).toEqual([]);
  });

  it('shows the start of section 六 (80 characters) and where it stands; nothing to show when it is missing', () => {
    const long = `  ${'无其他事项'.repeat(20)}`;
    const [finding] = rule({ year: 2022, sections: { 6: long } }, 'text.feeStatement');
    expect(finding?.excerpt).toBe('无其他事项'.repeat(16));
    expect(finding?.excerptSource).toMatchObject({ kind: 'text' });
    const [missing] = rule({ year: 2022, sections: { 6: null } }, 'text.feeStatement');
    expect(missing).toMatchObject({ severity: 'warning', message: FEE_MISSING });
    expect(missing).not.toHaveProperty('excerpt');
    expect(missing).not.toHaveProperty('excerptSource');
  });

  it('accepts the ways reports state it, spaces and all', () => {
    for (const text of [
      '本年度未收取信息处理费。',
      '本机关收取信息公开处理费 380 元。',
      '未收取任何费用。',
      '本年度未发生政府信息公开收费情况。',
      '没有发生依申请公开收费的情况。',
      '收 取 相 关 费 用 0 元。',
    ])
      expect(rule({ year: 2022, sections: { 6: text } }, 'text.feeStatement'), text).toEqual([]);
  });
});
