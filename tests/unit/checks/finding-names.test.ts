// The name a reviewer reads for each finding (review screen, exports): by its kind where one rule raises
// several kinds, else by its rule, else by its family; never an internal id.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { findingName } from '../../../src/main/domain/checks/finding-names';
import { buildReport, only } from './build-report';

const namesOf = (rule: string, input: Parameters<typeof buildReport>[0]) =>
  only(checkReport(buildReport(input)), rule).map(findingName);

describe('findingName', () => {
  it('names the kinds of publication.deadline findings', () => {
    expect(namesOf('publication.deadline', { date: null })).toEqual(['未找到报告日期']);
    expect(namesOf('publication.deadline', {
        agency: null,
        title: null,
        date: '2022-02-15',
        sections: { 1: '本年度依法做好政府信息公开工作。', 5: '一是公开内容有待进一步丰富。' },
      })).toEqual([
      '可能逾期（视报告主体而定）',
    ]);
    expect(namesOf('publication.deadline', { date: '2022-02-15' })).toEqual(['公布逾期']);
  });

  it('names the fee statement’s note apart from its warning', () => {
    expect(namesOf('text.feeStatement', { sections: { 1: '本年度未收取信息处理费。', 6: '无' } })).toEqual([
      '信息处理费未写在第六部分',
    ]);
    expect(namesOf('text.feeStatement', { sections: { 6: '无' } })).toEqual(['未说明信息处理费']);
  });

  it('names kinds whose id ends with more than the kind (stray:2:2022:1, completed:)', () => {
    expect(
      namesOf('text.year', { year: 2023, sections: { 2: '2022年，本机关主动公开政府信息120条。' } }),
    ).toEqual(['正文残留其他年份']);
    expect(
      namesOf('text.vsTable', {
        rows: { 'requests.new': [5, 0, 0, 0, 0, 0, 5], 'requests.carriedForward': [2, 0, 0, 0, 0, 0, 2] },
        sections: { 1: '全年收到申请5件，均已按时办结。' },
      }),
    ).toEqual(['“全部办结”与表格不符']);
    expect(
      namesOf('requests.rowSum', { cells: { 'requests.new.natural': 'missing' } }),
    ).toEqual(['表三行合计无法核验']);
  });

  it('falls back to the rule’s name, then to its family’s, then to 其他问题', () => {
    expect(findingName({ id: 'text.vsTable|requests.new.total|received:7', rule: 'text.vsTable' })).toBe(
      '正文与表格不一致',
    );
    expect(findingName({ id: 'reviewer.note', rule: 'reviewer.note' })).toBe('审查人添加');
    expect(findingName({ id: 'structure.pages|x', rule: 'structure.pages' })).toBe('结构不完整');
    expect(findingName({ id: 'text.yearly|period', rule: 'text.yearly' })).toBe('正文问题');
    expect(findingName({ id: 'misc.thing|period', rule: 'misc.thing' })).toBe('其他问题');
    expect(findingName({ id: 'text.feeStatement|section6', rule: 'text.feeStatement', severity: 'warning' })).toBe(
      '未说明信息处理费',
    );
  });
});
