import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { deadlineLevel } from '../../../src/main/domain/checks/rules/publication-deadline';
import { buildReport, only, type ReportInput } from './build-report';

/** Section texts that do not say whose report it is. */
const anonymous = { 1: '本年度依法做好政府信息公开工作。', 5: '一是公开内容有待进一步丰富。' };

const deadline = (input: ReportInput) => only(checkReport(buildReport(input)), 'publication.deadline');

describe('publication.deadline', () => {
  it('tells a government level’s own report from its departments and offices', () => {
    expect(deadlineLevel(buildReport({ agency: '淮安市人民政府' }))).toBe('government');
    expect(deadlineLevel(buildReport({ agency: '沭阳县人民政府' }))).toBe('government');
    expect(
      deadlineLevel(buildReport({ agency: null, title: '洪泽区人民政府 2023 年政府信息公开工作年度报告' })),
    ).toBe('government');
    expect(deadlineLevel(buildReport({ agency: '上海市人民政府办公厅' }))).toBe('department');
    expect(deadlineLevel(buildReport({ agency: '淮安市洪泽区人民政府办公室' }))).toBe('department');
    expect(deadlineLevel(buildReport({ agency: '芝罘区商务局' }))).toBe('department');
    expect(deadlineLevel(buildReport({ agency: null, title: null, sections: anonymous }))).toBe('unknown');
    expect(deadlineLevel(buildReport({ agency: '某某学校', title: null, sections: anonymous }))).toBe('unknown');
  });

  it('passes a department report dated by 31 January', () => {
    expect(deadline({ year: 2020, date: '2021-01-28' })).toEqual([]);
    expect(deadline({ year: 2020, date: '2021-01-31' })).toEqual([]);
  });

  it('flags a department report dated after 31 January', () => {
    const findings = deadline({ year: 2019, agency: '城步苗族自治县商务局', date: '2020-02-12' });
    expect(findings).toMatchObject([
      { severity: 'error', basis: '《条例》第四十九条', formula: '报告日期 2020-02-12 > 期限 2020-01-31' },
    ]);
    expect(findings[0]?.message).toContain('2020年2月12日');
  });

  it('gives a government level’s report until 31 March', () => {
    expect(deadline({ year: 2024, agency: '淮安市人民政府', date: '2025-03-20' })).toEqual([]);
    expect(deadline({ year: 2024, agency: '淮安市人民政府', date: '2025-04-02' })).toMatchObject([
      { severity: 'error' },
    ]);
    expect(deadline({ year: 2025, agency: '上海市人民政府办公厅', date: '2026-02-10' })).toMatchObject([
      { severity: 'error' },
    ]);
  });

  it('only notes (info) what each deadline gives when the body is unknown and the date falls between them', () => {
    const findings = deadline({ year: 2024, agency: null, title: null, date: '2025-02-15', sections: anonymous });
    expect(findings).toMatchObject([{ severity: 'info' }]);
    expect(findings[0]?.message).toMatch(/3月31日.*按时公布.*1月31日.*已逾期/);
  });

  it('decides the kind from the body text when no name says it', () => {
    const summary = '本报告由沭阳县人民政府办公室根据《中华人民共和国政府信息公开条例》编制。全县各级行政机关……';
    expect(deadlineLevel(buildReport({ agency: null, title: null, year: null, preamble: summary }))).toBe('government');
    expect(deadlineLevel(buildReport({ agency: null, title: null, year: null, preamble: '2022年，我局认真贯彻……' }))).toBe('department');
    expect(deadlineLevel(buildReport({ agency: '苏州工业园区管理委员会' }))).toBe('department');
    expect(deadlineLevel(buildReport({ agency: '赣江新区管理委员会' }))).toBe('government');
    expect(deadlineLevel(buildReport({ agency: '淮安经济技术开发区管理委员会' }))).toBe('government');
  });

  it('reads whose report it is from the opening of the text only (its first 3000 characters)', () => {
    const late = `${'本年度依法做好政府信息公开工作。'.repeat(200)}全县各级行政机关均按时公开。`;
    expect(deadlineLevel(buildReport({ agency: null, title: null, year: null, preamble: late }))).toBe('unknown');
  });

  it('checks the publication date, naming the signed date when it differs', () => {
    const findings = deadline({ year: 2022, agency: '烟台市芝罘区商务局', date: '2023-02-02', signedDate: '2023-01-29' });
    expect(findings).toMatchObject([{ severity: 'error', formula: '报告日期 2023-02-02 > 期限 2023-01-31' }]);
    expect(findings[0]?.message).toContain('落款日期 2023年1月29日');
    expect(deadline({ year: 2023, agency: '沭阳县人民政府', date: '2024-02-09', signedDate: '2024-01-26' })).toEqual([]);
  });

  it('notes a report without a date as not verifiable (info)', () => {
    expect(deadline({ year: 2021, date: null })).toMatchObject([{ severity: 'info' }]);
  });
});

describe('publication.deadline at its edges', () => {
  const unknownBody = { agency: null, title: null, sections: anonymous };

  it('for a body of unknown kind: 1月31日 is on time, 2月1日 to 3月31日 a note, 4月1日 late by the later deadline', () => {
    expect(deadline({ ...unknownBody, year: 2024, date: '2025-01-31' })).toEqual([]);
    for (const date of ['2025-02-01', '2025-03-31']) {
      const findings = deadline({ ...unknownBody, year: 2024, date });
      expect(findings, date).toMatchObject([{ severity: 'info', cells: [], basis: '《条例》第四十九条' }]);
      expect(findings[0]?.id).toBe('publication.deadline|maybeLate');
    }
    expect(deadline({ ...unknownBody, year: 2024, date: '2025-03-31' })[0]?.message).toContain('报告日期为 2025年3月31日');
    const late = deadline({ ...unknownBody, year: 2024, date: '2025-04-01' });
    expect(late).toMatchObject([
      { severity: 'error', formula: '报告日期 2025-04-01 > 期限 2025-03-31', id: 'publication.deadline|late' },
    ]);
    expect(late[0]?.message).toBe(
      '公布逾期：报告日期为 2025年4月1日，晚于 2025年3月31日（部门年度报告应于次年1月31日前公布，本级人民政府年度报告为3月31日前）。',
    );
  });

  it('gives a department until 1月31日 and a government until 3月31日, the day itself included', () => {
    expect(deadline({ year: 2022, agency: '芝罘区商务局', date: '2023-02-01' })).toMatchObject([
      { severity: 'error', formula: '报告日期 2023-02-01 > 期限 2023-01-31' },
    ]);
    expect(deadline({ year: 2022, agency: '长沙县人民政府', date: '2023-03-31' })).toEqual([]);
    expect(deadline({ year: 2022, agency: '长沙县人民政府', date: '2023-04-01' })).toMatchObject([
      { severity: 'error', formula: '报告日期 2023-04-01 > 期限 2023-03-31' },
    ]);
  });

  it('treats a malformed date as no date: an info note naming the deadline of the body’s kind', () => {
    for (const date of ['2023-3-5', '2023年3月5日', '20230305', '', '2023-03-05 10:00', '公布于2023-03-05']) {
      const findings = deadline({ year: 2022, agency: '芝罘区商务局', date });
      expect(findings, date).toMatchObject([{ severity: 'info', id: 'publication.deadline|noDate' }]);
      expect(findings[0]?.message).toBe(
        '未找到报告日期或发布时间，无法核验是否按时公布（政府部门等行政机关的年度报告应于次年1月31日前公布），请核对网站上的发布时间。',
      );
    }
    expect(deadline({ year: 2022, agency: '长沙县人民政府', date: null })[0]?.message).toContain(
      '本级人民政府的年度报告应于次年3月31日前公布',
    );
  });

  it('says nothing when the report’s year is unknown, whatever its date', () => {
    expect(deadline({ year: null, agency: '芝罘区商务局', date: '2099-12-31' })).toEqual([]);
    expect(deadline({ year: null, agency: '芝罘区商务局', date: null })).toEqual([]);
  });

  it('names the body from the title’s words before the year when there is no agency', () => {
    const titled = (title: string) => deadlineLevel(buildReport({ agency: null, title, sections: anonymous }));
    expect(titled('长沙县人民政府2023年政府信息公开工作年度报告')).toBe('government');
    expect(titled('长沙县商务局二〇二三年政府信息公开工作年度报告')).toBe('department');
    expect(titled('长沙县 人民政府　1999年度报告')).toBe('government');
    expect(titled('2023年政府信息公开工作年度报告')).toBe('unknown');
  });

  it('reads a road number in the title’s body name as part of the name, not as the year', () => {
    // "205国道": three digits, not a year; the name ends at 2021.
    const title = '沭阳县205国道管理站2021年政府信息公开工作年度报告';
    const findings = deadline({ year: 2021, agency: null, title, date: '2022-02-15', sections: anonymous });
    expect(findings).toMatchObject([
      { severity: 'error', formula: '报告日期 2022-02-15 > 期限 2022-01-31' },
    ]);
  });
});
