import { describe, expect, it } from 'vitest';
import { checkAcrossYears } from '../../../src/main/domain/checks/index';
import { COPIED_THRESHOLD } from '../../../src/main/domain/checks/cross-year/copied';
import { jaccard } from '../../../src/main/domain/checks/cross-year/similarity';
import { crossYearChecks } from '../../../src/main/domain/checks/messages';
import { buildReport, only } from './build-report';

const SECTION_1_2023 =
  '2023 年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《条例》相关规范要求，不断完善政府信息公开制度，建立健全政府信息公开保障机制，始终将政务公开工作摆在重要位置，推进政府信息公开工作规范、有序、健康发展。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。2023 年，我区在政府网站平台主动公开政府信息 1136 条。';
const SECTION_1_2024 =
  '2024 年，淮安市洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央国务院、省委省政府、淮安市委市政府关于全面推进政务公开工作的各项决策部署，围绕区委、区政府中心工作，以完善信息公开制度、推进公开平台建设为抓手，全面推动政务公开工作转职能、增效能、强功能，有力服务保障我区经济社会高质量发展。2024 年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7 期。';

describe('crossYear.carryOver', () => {
  it('passes when this year’s 上年结转 equals last year’s 结转下年度', () => {
    const previous = buildReport({
      year: 2023,
      rows: {
        'requests.new': [3, 0, 0, 0, 0, 0, 3],
        'requests.total': [1, 0, 0, 0, 0, 0, 1],
        'requests.granted': [1, 0, 0, 0, 0, 0, 1],
        'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2],
      },
    });
    const current = buildReport({
      year: 2024,
      rows: {
        'requests.carriedOver': [2, 0, 0, 0, 0, 0, 2],
        'requests.granted': [2, 0, 0, 0, 0, 0, 2],
        'requests.total': [2, 0, 0, 0, 0, 0, 2],
      },
    });
    expect(checkAcrossYears(current, previous)).toEqual([]);
  });

  it('flags each column that does not carry over', () => {
    const previous = buildReport({ year: 2023, rows: { 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2] } });
    const current = buildReport({ year: 2024 });
    const findings = only(checkAcrossYears(current, previous), 'crossYear.carryOver');
    expect(findings.map((finding) => finding.cells)).toEqual([
      ['requests.carriedOver.natural'],
      ['requests.carriedOver.total'],
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      formula: '2024 年 二 = 0，2023 年 四 = 2，相差 2',
    });
    expect(findings[0]?.message).toContain('2023 年报告的 表三 四、结转下年度继续办理 · 自然人列 为 2');
  });

  it('reports an unreadable cell as 无法核验', () => {
    const findings = checkAcrossYears(
      buildReport({ year: 2024, cells: { 'requests.carriedOver.total': null } }),
      buildReport({ year: 2023 }),
    );
    expect(findings).toMatchObject([
      { rule: 'crossYear.carryOver', severity: 'info', cells: ['requests.carriedOver.total'] },
    ]);
  });
});

describe('crossYear.prevItems', () => {
  it('passes 2020 上一年项目数量 = 2019 上一年项目数量 + 本年增/减', () => {
    const previous = buildReport({ year: 2019, rows: { 'active.licensing': [48, 65, 100] } });
    const current = buildReport({ year: 2020, rows: { 'active.licensing': [113, 0, 90] } });
    expect(checkAcrossYears(current, previous)).toEqual([]);
  });

  it('flags a 上一年项目数量 that does not follow', () => {
    const previous = buildReport({ year: 2019, rows: { 'active.licensing': [48, -5, 100] } });
    const current = buildReport({ year: 2020, rows: { 'active.licensing': [48, 0, 90] } });
    const findings = checkAcrossYears(current, previous);
    expect(findings).toMatchObject([
      { rule: 'crossYear.prevItems', severity: 'error', cells: ['active.licensing.prevItems'] },
    ]);
    expect(findings[0]?.formula).toBe(
      '2020 年 上一年项目数量 = 48，2019 年 上一年项目数量+本年增/减 = 48-5 = 43，相差 5',
    );
  });
});

describe('crossYear.inForce', () => {
  it('passes 现行有效 = last year’s + 制发 − 废止', () => {
    const previous = buildReport({ year: 2022, rows: { 'active.normativeDocs': [2, 0, 27] } });
    const current = buildReport({ year: 2023, rows: { 'active.normativeDocs': [6, 1, 32] } });
    expect(checkAcrossYears(current, previous)).toEqual([]);
  });

  it('asks for an explanation (info) when it does not add up', () => {
    const previous = buildReport({ year: 2023, rows: { 'active.normativeDocs': [0, 5, 5] } });
    expect(
      checkAcrossYears(buildReport({ year: 2024, rows: { 'active.normativeDocs': [3, 0, 8] } }), previous),
    ).toEqual([]);
    const current = buildReport({ year: 2024, rows: { 'active.normativeDocs': [3, 0, 10] } });
    const findings = checkAcrossYears(current, previous);
    expect(findings).toMatchObject([{ rule: 'crossYear.inForce', severity: 'info' }]);
    expect(findings[0]?.formula).toBe(
      '2023 年现行有效+本年制发−本年废止 = 5+3−0 = 8，本年现行有效 = 10，相差 2',
    );
    expect(findings[0]?.message).toContain('请说明');
  });
});

describe('crossYear.copied', () => {
  it('measures consecutive genuine reports well below the threshold', () => {
    expect(jaccard(SECTION_1_2023, SECTION_1_2024)).toBeLessThan(COPIED_THRESHOLD);
    expect(
      checkAcrossYears(
        buildReport({ year: 2024, sections: { 1: SECTION_1_2024 } }),
        buildReport({ year: 2023, sections: { 1: SECTION_1_2023 } }),
      ),
    ).toEqual([]);
  });

  it('flags a section re-used with only years and numbers changed', () => {
    const copied = SECTION_1_2023.replace(/2023/g, '2024').replace('1136', '1500');
    const findings = checkAcrossYears(
      buildReport({ year: 2024, sections: { 1: copied } }),
      buildReport({ year: 2023, sections: { 1: SECTION_1_2023 } }),
    );
    expect(findings).toMatchObject([
      { rule: 'crossYear.copied', severity: 'warning', cells: [], excerptSource: { kind: 'text' } },
    ]);
    expect(findings[0]?.message).toContain('“一、总体情况”与 2023 年报告的同一部分相似度为 100%');
  });

  it('ignores short sections such as "无"', () => {
    expect(
      checkAcrossYears(
        buildReport({ year: 2024, sections: { 5: '无' } }),
        buildReport({ year: 2023, sections: { 5: '无' } }),
      ),
    ).toEqual([]);
  });
});

describe('checkAcrossYears', () => {
  it('compares reports whose body is known in one year only', () => {
    const previous = buildReport({ year: 2023, agency: null, rows: { 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2] } });
    const current = buildReport({ year: 2024 });
    expect(checkAcrossYears(current, previous).map((finding) => finding.rule)).toEqual([
      'crossYear.carryOver',
      'crossYear.carryOver',
    ]);
    expect(checkAcrossYears(buildReport({ year: 2024, agency: null }), buildReport({ year: 2023, rows: { 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2] } })).map((finding) => finding.rule)).toEqual([
      'crossYear.carryOver',
      'crossYear.carryOver',
    ]);
  });

  it('compares only consecutive years of the same body', () => {
    const previous = buildReport({ year: 2022, rows: { 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2] } });
    expect(checkAcrossYears(buildReport({ year: 2024 }), previous)).toEqual([]);
    expect(checkAcrossYears(buildReport({ year: 2023, agency: '莱山区商务局' }), previous)).toEqual([]);
    expect(
      checkAcrossYears(buildReport({ year: 2023, agency: '烟台市芝罘区商务局' }), previous),
    ).toHaveLength(2);
  });
});

describe('what the checks across years compare, by the formats of the two reports', () => {
  const carry = '本年上年结转等于上年结转下年度（表三 二、上年结转 与上年 四、结转下年度继续办理）';
  const copied = '“一、总体情况”“五、存在的主要问题及改进情况”是否照搬上年';
  it('adds table 二 when both years use the same format', () => {
    expect(crossYearChecks('2019', '2019')).toEqual([carry, '本年上一年项目数量等于上年项目数量加增减（表二）', copied]);
    expect(crossYearChecks('2021', '2021')).toEqual([carry, '现行有效件数的年度衔接（表二 规章、规范性文件）', copied]);
    expect(crossYearChecks('2021', '2019')).toEqual([carry, copied]);
    expect(crossYearChecks('2019', '2021')).toEqual([carry, copied]);
    expect(crossYearChecks(null, '2021')).toEqual([carry, copied]);
  });
});
