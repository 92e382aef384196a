// Cross-year checks at their edges: last year's figure unreadable, a negative 本年增/减, a previous
// report without statutory tables, sections just at the length and similarity thresholds.
import { describe, expect, it } from 'vitest';
import { checkAcrossYears, checkReport } from '../../../src/main/domain/checks/index';
import { COPIED_MIN_LENGTH, COPIED_THRESHOLD } from '../../../src/main/domain/checks/cross-year/copied';
import { chineseLength, jaccard, shinglesOf } from '../../../src/main/domain/checks/cross-year/similarity';
import { buildReport, only } from './build-report';

describe('crossYear.carryOver and prevItems when last year’s figure cannot be read', () => {
  it('says 无法核验 without cells when the missing figure is last year’s', () => {
    const findings = checkAcrossYears(
      buildReport({ year: 2024 }),
      buildReport({ year: 2023, cells: { 'requests.carriedForward.legal': null } }),
    );
    expect(findings).toEqual([
      {
        id: 'crossYear.carryOver|unverifiable',
        rule: 'crossYear.carryOver',
        severity: 'info',
        message:
          '无法核验“本年上年结转等于上年结转下年度”（法律服务机构列）：上年报告中所需的单元格未能读出数字。',
        cells: [],
        basis: '本年“二、上年结转”应等于上年报告“四、结转下年度继续办理”',
      },
    ]);
  });

  it('writes a positive 本年增/减 with its sign, and notes a row whose change was not read', () => {
    const findings = checkAcrossYears(
      buildReport({ year: 2020, rows: { 'active.licensing': [50, 0, 0] } }),
      buildReport({
        year: 2019,
        rows: { 'active.licensing': [48, 5, 0] },
        cells: { 'active.penalty.change': null },
      }),
    );
    expect(
      findings.map((finding) => [finding.id, finding.severity, finding.message, finding.formula]),
    ).toEqual([
      [
        'crossYear.prevItems|active.licensing.prevItems',
        'error',
        '与上年报告不衔接：表二 行政许可 · 上一年项目数量 为 50，而 2019 年报告的上一年项目数量加本年增/减为 53，相差 3。',
        '2020 年 上一年项目数量 = 50，2019 年 上一年项目数量+本年增/减 = 48+5 = 53，相差 3',
      ],
      [
        'crossYear.prevItems|unverifiable',
        'info',
        '无法核验“本年上一年项目数量等于上年项目数量加增减”（行政处罚）：上年报告中所需的单元格未能读出数字。',
        undefined,
      ],
    ]);
  });

  it('names this year’s unreadable 上一年项目数量 as the cell to check', () => {
    const findings = checkAcrossYears(
      buildReport({ year: 2020, cells: { 'active.fees.prevItems': null } }),
      buildReport({ year: 2019 }),
    );
    expect(only(findings, 'crossYear.prevItems')).toMatchObject([
      {
        severity: 'info',
        cells: ['active.fees.prevItems'],
        id: 'crossYear.prevItems|active.fees.prevItems|unverifiable',
      },
    ]);
    expect(only(findings, 'crossYear.prevItems')[0]?.message).toContain(
      '表二 行政事业性收费 · 上一年项目数量（空白）',
    );
  });

  it('compares table 二 only when both years use the 2019 format and show the table', () => {
    const previous = buildReport({ year: 2020, template: '2019', rows: { 'active.licensing': [48, 5, 0] } });
    const current = (input: Parameters<typeof buildReport>[0]) =>
      checkAcrossYears(
        buildReport({ year: 2021, sections: { 6: '本年度未收取信息处理费。' }, ...input }),
        previous,
      );
    expect(only(current({ template: '2019' }), 'crossYear.prevItems')).toHaveLength(1);
    expect(only(current({ template: '2021' }), 'crossYear.prevItems')).toEqual([]);
    expect(only(current({ template: '2019', omitTables: ['active'] }), 'crossYear.prevItems')).toEqual([]);
    expect(
      only(
        checkAcrossYears(
          buildReport({ year: 2021, template: '2019' }),
          buildReport({ year: 2020, omitTables: ['active'] }),
        ),
        'crossYear.prevItems',
      ),
    ).toEqual([]);
  });

  it('compares nothing, and notes nothing unverifiable, when only the later year is on the 2019 form', () => {
    // A 2023 report on the old form after a 2022 report on the new one: last year has no 上一年项目数量 to follow.
    const findings = checkAcrossYears(
      buildReport({ year: 2023, template: '2019', rows: { 'active.licensing': [48, 5, 0] } }),
      buildReport({ year: 2022, template: '2021' }),
    );
    expect(only(findings, 'crossYear.prevItems')).toEqual([]);
  });
});

describe('crossYear.inForce needs both years in the 2021 format and all four figures', () => {
  const previous = (template: '2019' | '2021') =>
    buildReport({ year: 2022, template, rows: { 'active.rules': [0, 0, 5] } });
  const current = buildReport({ year: 2023, rows: { 'active.rules': [1, 0, 9] } });

  it('asks about each row that does not follow, naming its three cells', () => {
    expect(checkAcrossYears(current, previous('2021'))).toMatchObject([
      {
        rule: 'crossYear.inForce',
        severity: 'info',
        cells: ['active.rules.inForce', 'active.rules.issued', 'active.rules.repealed'],
        formula: '2022 年现行有效+本年制发−本年废止 = 5+1−0 = 6，本年现行有效 = 9，相差 3',
        message:
          '请说明：表二 规章 · 现行有效件数 为 9，按 2022 年报告的现行有效件数加本年制发、减本年废止应为 6，相差 3（如有文件到期失效或清理，请在报告中说明）。',
      },
    ]);
  });

  it('says nothing across formats or when a figure is missing', () => {
    expect(only(checkAcrossYears(current, previous('2019')), 'crossYear.inForce')).toEqual([]);
    expect(
      only(
        checkAcrossYears(
          buildReport({ year: 2023, template: '2019', rows: { 'active.rules': [1, 0, 9] } }),
          previous('2021'),
        ),
        'crossYear.inForce',
      ),
    ).toEqual([]);
    for (const blank of ['active.rules.inForce', 'active.rules.issued', 'active.rules.repealed']) {
      const withBlank = buildReport({
        year: 2023,
        rows: { 'active.rules': [1, 0, 9] },
        cells: { [blank]: null },
      });
      expect(only(checkAcrossYears(withBlank, previous('2021')), 'crossYear.inForce'), blank).toEqual([]);
    }
    const previousBlank = buildReport({ year: 2022, cells: { 'active.rules.inForce': null } });
    expect(only(checkAcrossYears(current, previousBlank), 'crossYear.inForce')).toEqual([]);
  });
});

describe('checkAcrossYears with a previous report of 2018 or earlier', () => {
  it('compares no tables (2018 has no statutory ones), only the texts', () => {
    const text = `${'本年度我局认真贯彻落实政府信息公开条例，依法推进政府信息公开工作，完善制度建设，加强平台建设。'.repeat(2)}`;
    const findings = checkAcrossYears(
      buildReport({
        year: 2019,
        rows: { 'requests.carriedOver': [1, 0, 0, 0, 0, 0, 1] },
        sections: { 1: text },
      }),
      buildReport({ year: 2018, template: '2019', sections: { 1: text } }),
    );
    expect(findings.map((finding) => finding.id)).toEqual(['crossYear.copied|section1']);
    expect(findings[0]?.message).toBe(
      '内容雷同：“一、总体情况”与 2018 年报告的同一部分相似度为 100%，疑似照搬上年内容。',
    );
  });

  it('compares nothing when a year is unknown', () => {
    expect(checkAcrossYears(buildReport({ year: null }), buildReport({ year: 2023 }))).toEqual([]);
    expect(checkAcrossYears(buildReport({ year: 2024 }), buildReport({ year: null }))).toEqual([]);
  });
});

describe('crossYear.copied thresholds', () => {
  const chinese = (n: number) =>
    '政府信息公开工作年度报告依法推进主动公开完善制度加强平台建设提升质量'.repeat(4).slice(0, n);

  it('skips sections under 50 Chinese characters, in either year', () => {
    expect(COPIED_MIN_LENGTH).toBe(50);
    const at = chinese(50);
    const under = chinese(49);
    expect(chineseLength(`${at}2024，abc。`)).toBe(50);
    const copied = (now: string, before: string) =>
      only(
        checkAcrossYears(
          buildReport({ year: 2024, sections: { 5: now } }),
          buildReport({ year: 2023, sections: { 5: before } }),
        ),
        'crossYear.copied',
      );
    expect(copied(at, at)).toMatchObject([
      {
        severity: 'warning',
        id: 'crossYear.copied|section5',
        formula: '字符三元组 Jaccard 相似度 1.00 ≥ 0.8',
      },
    ]);
    expect(copied(at, at)[0]?.excerpt).toBe(at);
    expect(copied(under, under)).toEqual([]);
    expect(copied(at, under)).toEqual([]);
    expect(copied(under, at)).toEqual([]);
  });

  it('flags a similarity of exactly 0.8 and not below', () => {
    expect(COPIED_THRESHOLD).toBe(0.8);
    // 10 distinct characters give 8 shingles; one more shingle on one side makes 8 / 10 = 0.8.
    const base = '甲乙丙丁戊己庚辛壬癸';
    expect(jaccard(base, `${base}子`)).toBeCloseTo(8 / 9);
    expect(jaccard(base, `${base}子丑`)).toBe(0.8);
    expect(jaccard(base, `${base}子丑寅`)).toBeCloseTo(8 / 11);
  });

  it('reads only Chinese characters, three at a time', () => {
    expect([...shinglesOf('2024年，我局abc公开')]).toEqual(['年我局', '我局公', '局公开']);
    expect(shinglesOf('两个字').size).toBe(1);
    expect(shinglesOf('两个').size).toBe(0);
    expect(jaccard('两个', '两个')).toBe(0);
    expect(jaccard('甲乙丙', '')).toBe(0);
  });

  it('compares sections 一 and 五 only, and shows the first 80 characters of this year’s', () => {
    const long = chinese(100);
    const findings = checkAcrossYears(
      buildReport({ year: 2024, sections: { 2: long, 3: long, 5: `  ${long}` } }),
      buildReport({ year: 2023, sections: { 2: long, 3: long, 5: long } }),
    );
    expect(findings.map((finding) => finding.id)).toEqual(['crossYear.copied|section5']);
    expect(findings[0]?.excerpt).toBe(long.slice(0, 80));
    expect(findings[0]?.excerptSource).toMatchObject({ kind: 'text' });
    expect(findings[0]?.message).toBe(
      '内容雷同：“五、存在的主要问题及改进情况”与 2023 年报告的同一部分相似度为 100%，疑似照搬上年内容。',
    );
  });
});

describe('the format the checks read a report in', () => {
  it('is the parser’s, else the one due for the year', () => {
    const tables = (year: number | null) =>
      only(
        checkReport(buildReport({ year, template: null, cells: { 'requests.other.total': 0 } })),
        'structure.tables',
      );
    // The single （六）其他处理 row is a row of the 2019 format only.
    expect(
      tables(2020)
        .filter((finding) => finding.severity === 'error')
        .map((finding) => finding.id),
    ).toEqual(['structure.tables|active', 'structure.tables|appeals']);
    expect(tables(2021).map((finding) => finding.id)).toEqual([
      'structure.tables|active',
      'structure.tables|requests',
      'structure.tables|appeals',
    ]);
    expect(tables(null).map((finding) => finding.id)).toEqual(tables(2021).map((finding) => finding.id));
  });

  it('reads a figure that is not a finite number as blank', () => {
    const report = buildReport({});
    report.cells['requests.new.legal'] = {
      value: Number.NaN,
      raw: '?',
      source: { kind: 'text', start: 0, end: 1 },
    };
    expect(only(checkReport(report), 'cells.blank')).toMatchObject([
      {
        cells: ['requests.new.legal'],
        message:
          '漏填：表三 一、本年新收政府信息公开申请数量 的 法律服务机构列 未填数字（填写为“?”），没有发生的应填 0。',
      },
    ]);
    expect(only(checkReport(report), 'values.valid')).toEqual([]);
  });
});

describe('crossYear.carryOver without table 三', () => {
  it('compares nothing when either year lacks table 三', () => {
    const without = buildReport({ year: 2023, omitTables: ['requests'], sections: { 1: '本年度依法公开。' } });
    const withTable = buildReport({ year: 2024, sections: { 1: '本年度依法做好公开工作。' } });
    expect(checkAcrossYears(withTable, without)).toEqual([]);
    expect(checkAcrossYears(buildReport({ year: 2024, omitTables: ['requests'] }), buildReport({ year: 2023 }))).toEqual([]);
  });
});

describe('cross-year differences and missing sections', () => {
  it('gives the difference of the two carry figures', () => {
    const previous = buildReport({ year: 2023, rows: { 'requests.carriedForward': [1, 0, 0, 0, 0, 0, 1] } });
    const current = buildReport({ year: 2024, rows: { 'requests.carriedOver': [3, 0, 0, 0, 0, 0, 3] } });
    expect(only(checkAcrossYears(current, previous), 'crossYear.carryOver').map((finding) => finding.formula)).toEqual([
      '2024 年 二 = 3，2023 年 四 = 1，相差 2',
      '2024 年 二 = 3，2023 年 四 = 1，相差 2',
    ]);
  });

  it('compares a section only when both years have it', () => {
    const long = '我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。';
    const current = buildReport({ year: 2024, sections: { 1: long } });
    const previous = buildReport({ year: 2023, sections: { 1: null } });
    expect(only(checkAcrossYears(current, previous), 'crossYear.copied')).toEqual([]);
    expect(only(checkAcrossYears(previous, buildReport({ year: 2022, sections: { 1: long } })), 'crossYear.copied')).toEqual([]);
  });
});

describe('crossYear edges found by mutation testing', () => {
  it('flags a section copied with a similarity of exactly 0.8', () => {
    const chars = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => String.fromCharCode(0x4e00 + from + index)).join('');
    // 50 distinct characters give 48 shingles; 12 more on one side make 48 / 60 = 0.8.
    const base = chars(0, 50);
    const findings = only(
      checkAcrossYears(
        buildReport({ year: 2024, sections: { 5: base } }),
        buildReport({ year: 2023, sections: { 5: `${base}${chars(50, 12)}` } }),
      ),
      'crossYear.copied',
    );
    expect(findings.map((finding) => finding.formula)).toEqual(['字符三元组 Jaccard 相似度 0.80 ≥ 0.8']);
  });

  it('says nothing of 上一年项目数量 when last year’s table 二 is missing', () => {
    const findings = checkAcrossYears(buildReport({ year: 2020 }), buildReport({ year: 2019, omitTables: ['active'] }));
    expect(findings.map((finding) => finding.rule)).toEqual([]);
  });

  it('notes a row whose 上一年项目数量 last year was not read, and writes a change of 0 with its sign', () => {
    const findings = only(
      checkAcrossYears(
        buildReport({ year: 2020, rows: { 'active.licensing': [50, 0, 0] } }),
        buildReport({ year: 2019, rows: { 'active.licensing': [48, 0, 0] }, cells: { 'active.penalty.prevItems': null } }),
      ),
      'crossYear.prevItems',
    );
    expect(findings.map((finding) => [finding.id, finding.formula])).toEqual([
      [
        'crossYear.prevItems|active.licensing.prevItems',
        '2020 年 上一年项目数量 = 50，2019 年 上一年项目数量+本年增/减 = 48+0 = 48，相差 2',
      ],
      ['crossYear.prevItems|unverifiable', undefined],
    ]);
  });

  it('measures two texts without Chinese characters as not alike', () => {
    expect(jaccard('', '')).toBe(0);
    expect(jaccard('abc 123', '我局依法公开')).toBe(0);
  });
});
