import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { titleYear } from '../../../src/main/domain/checks/rules/text-year';
import { buildReport, only, type ReportInput } from './build-report';

const yearFindings = (input: ReportInput) => only(checkReport(buildReport(input)), 'text.year');

describe('text.year', () => {
  it('reads the title year in digits or in Chinese numerals', () => {
    expect(titleYear('洪泽区人民政府 2023 年政府信息公开工作年度报告')).toBe(2023);
    expect(titleYear('某局二〇二〇年政府信息公开工作年度报告')).toBe(2020);
    expect(titleYear(null)).toBeUndefined();
  });

  it('passes a period in the report year, plans for next year and mentions of earlier years', () => {
    const findings = checkReport(buildReport({
      year: 2023,
      preamble: '报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。',
      sections: {
        1: '2023 年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导。公开 2022 年度部门决算。',
        5: '2024 年，我们将切实抓好以下工作。',
      },
    }));
    expect(findings).toEqual([]);
  });

  it('flags a statistical period in another year than the title (error)', () => {
    const findings = yearFindings({
      year: 2020,
      preamble: '本报告所列数据统计期限为2019年1月1日至2019年12月31日。',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', formula: '标题年度 2020，统计期限 2019' });
    expect(findings[0]?.message).toContain('统计期限却写作“2019年1月1日至2019年12月31日”');
  });

  it('flags a period that starts or ends in another year than the title', () => {
    const starting = yearFindings({ year: 2023, preamble: '统计期限自2022年1月1日至2023年12月31日。' });
    expect(starting).toMatchObject([{ severity: 'error', formula: '标题年度 2023，统计期限 2022—2023' }]);
    const ending = yearFindings({ year: 2023, preamble: '统计期限自2023年1月1日至2024年12月31日。' });
    expect(ending).toMatchObject([{ severity: 'error', formula: '标题年度 2023，统计期限 2023—2024' }]);
  });

  it('flags section 一 calling another year 本年度', () => {
    const findings = yearFindings({
      year: 2021,
      sections: { 1: '本年度（2020年），我局认真贯彻落实《条例》。2021年工作平稳。' },
    });
    expect(findings).toMatchObject([{ severity: 'warning', excerptSource: { kind: 'text' } }]);
  });

  it('flags section 一 telling another year’s work without mentioning the report year', () => {
    const findings = yearFindings({
      year: 2021,
      sections: {
        1: '2020年，我局认真贯彻落实《条例》，依法做好政府信息公开工作。2020年以来，公开信息120条。',
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('讲述的是 2020 年的工作');
  });

  it('does not flag section 一 that only announces next year’s plans', () => {
    expect(
      yearFindings({
        year: 2021,
        sections: { 1: '本年度我局依法做好公开工作。2022年，我局将继续加强培训。' },
      }),
    ).toEqual([]);
  });

  it('flags a stray sentence telling an earlier year’s work inside a report that names its own year', () => {
    const findings = yearFindings({
      year: 2023,
      sections: {
        1: '2023年，本机关认真贯彻落实《条例》。2022年，本机关主动公开政府信息120条，办理依申请公开5件。',
        2: '本年度主动公开规范性文件3件。',
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', excerpt: '2022年，本机关主动公开政府信息120条，办理依申请公开5件。' });
    expect(findings[0]?.id).toContain('stray');
    expect(findings[0]?.message).toContain('2022 年的工作');
  });

  it('finds a stray sentence at the start of a line, under a heading without punctuation', () => {
    const findings = yearFindings({
      year: 2021,
      sections: { 1: '2021年，我局依法公开政府信息。\n2.主动公开情况\n2020年，本局主动公开政府信息35条。' },
    });
    expect(findings).toMatchObject([{ excerpt: '2020年，本局主动公开政府信息35条。' }]);
  });

  it('leaves comparisons, plans, section 五 and sentences naming the report year alone', () => {
    expect(
      yearFindings({
        year: 2023,
        sections: {
          1: '2023年，本机关依法公开政府信息。2022年，本机关公开信息100条，较上年增长10%。2022年，2023年两年均按时公开年报。',
          5: '2022年，本机关在依申请公开办理中存在答复不够规范的问题，本年度已整改。',
          6: '2024年，本机关将继续公开政府信息。',
        },
      }),
    ).toEqual([]);
  });
});

describe('text.year: what each flag shows', () => {
  const basis = '《条例》第五十条：年度报告报告本年度 1 月 1 日至 12 月 31 日的情况';

  it('a period in another year: the period quoted, the period alone as excerpt', () => {
    const [finding, ...rest] = yearFindings({
      year: 2020,
      sections: { 1: '2020年，我局依法公开。本报告统计期限为2019年1月1日至2019年12月31日。其余见下。' },
    });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      id: 'text.year|period',
      rule: 'text.year',
      severity: 'error',
      message: '年份不一致：标题为 2020 年度报告，统计期限却写作“2019年1月1日至2019年12月31日”。',
      cells: [],
      formula: '标题年度 2020，统计期限 2019',
      excerpt: '统计期限为2019年1月1日至2019年12月31日',
      excerptSource: { kind: 'text', start: 32, end: 80 },
      basis,
    });
  });

  it('section 一 calling another year 本年度: the words quoted, their sentence as excerpt', () => {
    expect(
      yearFindings({ year: 2021, sections: { 1: '本年度（2020年），我局认真贯彻落实《条例》。2021年工作平稳。' } }),
    ).toEqual([
      {
        id: 'text.year|thisYear',
        rule: 'text.year',
        severity: 'warning',
        message: '年份不一致：报告年度为 2021 年，“一、总体情况”却把其他年份称作本年度（“本年度（2020年）”）。',
        cells: [],
        excerpt: '本年度（2020年），我局认真贯彻落实《条例》。',
        excerptSource: { kind: 'text', start: 32, end: 66 },
        basis,
      },
    ]);
    expect(yearFindings({ year: 2021, sections: { 1: '本年度（2021年），我局认真贯彻落实《条例》。' } })).toEqual([]);
  });

  it('section 一 telling another year: the sentence from its year on, quoted up to 20 characters', () => {
    const told = yearFindings({
      year: 2021,
      sections: { 1: '我局依法公开。1.2020年，我局认真贯彻落实《条例》，依法做好政府信息公开工作。' },
    });
    expect(told).toEqual([
      {
        id: 'text.year|section1',
        rule: 'text.year',
        severity: 'warning',
        message:
          '年份可能有误：报告年度为 2021 年，但“一、总体情况”讲述的是 2020 年的工作（如“2020年，我局认真贯彻落实《条例》，依…”），通篇未提及 2021 年。',
        cells: [],
        excerpt: '1.2020年，我局认真贯彻落实《条例》，依法做好政府信息公开工作。',
        excerptSource: { kind: 'text', start: 32, end: 73 },
        basis,
      },
    ]);
    const twenty = yearFindings({ year: 2021, sections: { 1: '我局依法公开。2020年，我局做好公开工作123456。' } });
    expect(twenty[0]?.message).toContain('（如“2020年，我局做好公开工作123456”）');
  });

  it('a report whose section 一 names no year at all raises nothing', () => {
    expect(checkReport(buildReport({ year: 2021, sections: { 1: '我局认真贯彻落实《条例》。' } }))).toEqual([]);
  });

  it('stray sentences: each quoted up to 24 characters, excerpt up to its full stop, numbered in the id', () => {
    const findings = yearFindings({
      year: 2023,
      sections: {
        2: '2022年，本机关主动公开政府信息120条，办理依申请公开5件。2021年，本局主动公开政府信息1234567条。本年度主动公开规范性文件3件。',
      },
    });
    expect(findings).toEqual([
      {
        id: 'text.year|stray:2:2022:1',
        rule: 'text.year',
        severity: 'warning',
        message:
          '年份可能有误：这是 2023 年度报告，但有一句把 2022 年的工作当作本年度的内容（“2022年，本机关主动公开政府信息120条，办理…”），疑似沿用了往年报告的文字。',
        cells: [],
        excerpt: '2022年，本机关主动公开政府信息120条，办理依申请公开5件。',
        excerptSource: expect.objectContaining({ kind: 'text' }),
        basis,
      },
      expect.objectContaining({
        id: 'text.year|stray:2:2021:2',
        message: expect.stringContaining('（“2021年，本局主动公开政府信息1234567条”）'),
        excerpt: '2021年，本局主动公开政府信息1234567条。',
      }),
    ]);
  });

  it('a year inside a sentence does not open a stray sentence, even on a line after a line break', () => {
    expect(
      yearFindings({ year: 2021, sections: { 2: '2021年，我局依法公开政府信息。\n在2020年，本局主动公开政府信息35条。' } }),
    ).toEqual([]);
    expect(
      yearFindings({ year: 2021, sections: { 2: '本年度公开信息。另在2020年，本局主动公开政府信息35条。' } }),
    ).toEqual([]);
  });

  it('a numbered sentence opens at its number: at the start, after a full stop, or on a new line', () => {
    const stray = (text: string) => yearFindings({ year: 2021, sections: { 2: text } }).map((finding) => finding.excerpt);
    expect(stray('1.2020年，本局主动公开政府信息35条。')).toEqual(['2020年，本局主动公开政府信息35条。']);
    expect(stray('本年度公开信息。（一）2020年，本局主动公开政府信息35条。')).toEqual(['2020年，本局主动公开政府信息35条。']);
    expect(stray('2021年，我局依法公开政府信息\n（一）2020年，本局主动公开政府信息35条。')).toEqual([
      '2020年，本局主动公开政府信息35条。',
    ]);
    expect(stray('2021年，我局依法公开政府信息（一）2020年，本局主动公开政府信息35条。')).toEqual([]);
  });

  it('section 一 calling another year 本年度 in a long sentence: the excerpt reaches 40 characters past the words', () => {
    const tail = '我局认真贯彻落实《条例》和上级部署，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开，不断提升政务公开质量和实效';
    const [finding] = yearFindings({ year: 2021, sections: { 1: `本年度（2020年），${tail}。2021年工作平稳。` } });
    expect(finding?.excerpt).toBe(`本年度（2020年），${tail.slice(0, 39)}`);
  });

  it('a sentence opening with a later year is no leftover from an earlier report', () => {
    expect(yearFindings({ year: 2021, sections: { 2: '2022年，本局主动公开政府信息35条。' } })).toEqual([]);
  });

  it('takes the year of the title over the year read elsewhere, and says nothing without either', () => {
    const period = '本报告统计期限为2020年1月1日至2020年12月31日。';
    const titled = {
      year: 2021,
      title: '某局2020年政府信息公开工作年度报告',
      preamble: period,
      sections: { 1: '本年度我局依法做好公开工作。' },
    };
    expect(yearFindings(titled)).toEqual([]);
    expect(yearFindings({ ...titled, title: '某局政府信息公开工作年度报告' })).toMatchObject([
      { formula: '标题年度 2021，统计期限 2020', message: expect.stringContaining('年份不一致：报告为 2021 年度报告') },
    ]);
    expect(yearFindings({ year: null, title: '某局政府信息公开工作年度报告', preamble: period })).toEqual([]);
  });

  it('without a section 一, reads the first section only for stray sentences', () => {
    const report = buildReport({
      year: 2021,
      sections: { 1: null, 2: '2020年，我局认真贯彻落实《条例》，依法做好政府信息公开工作。' },
    });
    expect(checkReport(report).map((finding) => finding.id)).toEqual([
      'structure.sections|section1',
      'text.year|stray:2:2020:1',
    ]);
  });

  it('a flagged section 一 is not read again for stray sentences, the other sections still are', () => {
    const findings = yearFindings({
      year: 2021,
      sections: {
        1: '2020年，我局认真贯彻落实《条例》。2020年，本局主动公开政府信息12条。',
        2: '2019年，本局主动公开政府信息35条。',
      },
    });
    expect(findings.map((finding) => finding.id)).toEqual(['text.year|section1', 'text.year|stray:2:2019:1']);
  });
});
