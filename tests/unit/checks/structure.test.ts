import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only } from './build-report';

describe('structure.sections', () => {
  it('passes a report with all six sections', () => {
    expect(only(checkReport(buildReport()), 'structure.sections')).toEqual([]);
  });

  it('names each missing section', () => {
    const findings = only(checkReport(buildReport({ sections: { 4: null, 6: null } })), 'structure.sections');
    expect(findings.map((finding) => finding.message)).toEqual([
      '缺少第四部分“四、政府信息公开行政复议、行政诉讼情况”。',
      '缺少第六部分“六、其他需要报告的事项”。',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', basis: '《条例》第五十条' });
  });

  it('says once that no section was found at all', () => {
    const report = buildReport({ sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } });
    expect(only(checkReport(report), 'structure.sections')).toHaveLength(1);
  });
});

describe('structure.tables', () => {
  it('passes a report with every table, row and column', () => {
    expect(only(checkReport(buildReport()), 'structure.tables')).toEqual([]);
  });

  it('reports a missing table once, as an error, and no 无法核验 for it', () => {
    const findings = checkReport(buildReport({ omitTables: ['appeals'] }));
    expect(only(findings, 'structure.tables')).toMatchObject([
      { severity: 'error', message: '缺少表格：未找到表四“政府信息公开行政复议、行政诉讼情况”。' },
    ]);
    expect(only(findings, 'appeals.groupSum')).toEqual([]);
  });

  it('names missing rows once per row and missing columns of a row', () => {
    const row = (id: string) =>
      Object.fromEntries(
        ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => [
          `requests.${id}.${c}`,
          'missing' as const,
        ]),
      );
    const report = buildReport({
      year: 2023,
      cells: { ...row('other.noCorrection'), ...row('other.unpaidFee'), 'requests.new.legal': 'missing' },
    });
    const findings = only(checkReport(report), 'structure.tables');
    expect(findings.map((finding) => finding.message)).toEqual([
      '表格缺项：表三 一、本年新收政府信息公开申请数量 缺少 法律服务机构列。',
      '表格缺项：未找到 表三 （六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 这一行。',
      '表格缺项：未找到 表三 （六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 这一行。',
    ]);
    expect(findings[1]?.cells).toHaveLength(7);
  });
});

describe('format.version', () => {
  it('passes the format due for the year', () => {
    expect(only(checkReport(buildReport({ year: 2020 })), 'format.version')).toEqual([]);
    expect(only(checkReport(buildReport({ year: 2021 })), 'format.version')).toEqual([]);
  });

  it('flags the old format used for 2021 or later', () => {
    const findings = only(checkReport(buildReport({ year: 2022, template: '2019' })), 'format.version');
    expect(findings).toMatchObject([{ severity: 'error' }]);
    expect(findings[0]?.message).toContain('使用旧版格式');
  });

  it('flags the 2021 format used for 2020 or earlier', () => {
    expect(
      only(
        checkReport(
          buildReport({ year: 2020, template: '2021', sections: { 6: '本年度未收取信息处理费。' } }),
        ),
        'format.version',
      ),
    ).toMatchObject([{ severity: 'error' }]);
  });

  it('gives a 2018 report one note and nothing else', () => {
    const report = buildReport({ year: 2018, template: null, date: '2019-05-01', sections: { 4: null } });
    expect(checkReport(report)).toMatchObject([
      {
        rule: 'format.version',
        severity: 'info',
        message: '2018 年及以前的报告没有统一表格，不支持核验',
        cells: [],
      },
    ]);
  });
});

describe('structure.tables and the parser’s own findings', () => {
  const parserFinding = (cells: string[]) => [
    { id: 'p', rule: 'structure.unplaced', severity: 'warning' as const, message: '无法定位', cells },
  ];

  it('does not report a table again when the parser already said something about its cells', () => {
    const findings = checkReport(
      buildReport({ omitTables: ['appeals'], findings: parserFinding(['appeals.review.total']) }),
    );
    expect(only(findings, 'structure.tables')).toEqual([]);
  });

  it('reports the missing cells of a row the parser did not name, and only those', () => {
    const report = buildReport({
      cells: {
        'requests.new.legal': 'missing',
        'requests.new.otherOrg': 'missing',
        'appeals.review.total': 'missing',
      },
      findings: parserFinding(['requests.new.otherOrg', 'appeals.review.total']),
    });
    expect(only(checkReport(report), 'structure.tables')).toMatchObject([
      {
        id: 'structure.tables|requests.new.legal',
        severity: 'warning',
        cells: ['requests.new.legal'],
        message: '表格缺项：表三 一、本年新收政府信息公开申请数量 缺少 法律服务机构列。',
      },
    ]);
  });

  it('names the columns of tables 二 and 四 by their header', () => {
    const report = buildReport({
      cells: { 'active.rules.issued': 'missing', 'appeals.suitDirect.pending': 'missing' },
    });
    expect(only(checkReport(report), 'structure.tables').map((finding) => finding.message)).toEqual([
      '表格缺项：表二 规章 缺少 本年制发件数。',
      '表格缺项：表四 行政诉讼·未经复议直接起诉 缺少 尚未审结。',
    ]);
  });
});

describe('structure.sections ids and order', () => {
  it('lists the missing sections in the form’s order, each with its own id', () => {
    const findings = only(
      checkReport(buildReport({ sections: { 6: null, 2: null, 5: null } })),
      'structure.sections',
    );
    expect(findings.map((finding) => finding.id)).toEqual([
      'structure.sections|section2',
      'structure.sections|section5',
      'structure.sections|section6',
    ]);
  });

  it('says that no section was found in one warning', () => {
    const report = buildReport({ sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } });
    expect(only(checkReport(report), 'structure.sections')).toEqual([
      {
        id: 'structure.sections|none',
        rule: 'structure.sections',
        severity: 'warning',
        message: '未识别出“一、总体情况”至“六、其他需要报告的事项”等部分标题，请核对报告结构是否完整。',
        cells: [],
        basis: '《条例》第五十条',
      },
    ]);
  });
});
