import { describe, expect, it } from 'vitest';
import { checkReport, sameBody } from '../../../src/main/domain/checks/index';
import { buildReport, only } from './build-report';

describe('sameBody', () => {
  it('matches a name and the same name with a region prefix', () => {
    expect(sameBody('芝罘区商务局', '烟台市芝罘区商务局')).toBe(true);
    expect(sameBody('烟台市芝罘区商务局', '芝罘区商务局')).toBe(true);
    expect(sameBody('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameBody('沭阳县人民政府', '江苏省宿迁市沭阳县人民政府')).toBe(true);
    expect(sameBody('芝罘区 商务局', '芝罘区商务局')).toBe(true);
  });

  it('reads the places against the divisions dataset: parent places may be left out', () => {
    expect(sameBody('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameBody('江苏省淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameBody('宿迁市沭阳县发展和改革局', '江苏省沭阳县发展和改革局')).toBe(true);
    expect(sameBody('西湖区教育局', '杭州市西湖区教育局')).toBe(true);
    expect(sameBody('杭州市西湖区教育局', '南昌市西湖区教育局')).toBe(false);
    expect(sameBody('眉山市经济和信息化局', '四川省眉山市经济和信息化局')).toBe(true);
    expect(sameBody('眉山市经济和信息化局', '眉山市东坡区经济和信息化局')).toBe(false);
  });

  it('reads a place one look-alike character from a division as that division (沐阳 → 沭阳)', () => {
    expect(sameBody('沐阳县人民政府', '沭阳县人民政府')).toBe(true);
    expect(sameBody('沐阳县发展和改革局', '宿迁市沭阳县发展和改革局')).toBe(true);
  });

  it('never matches the same kind of body of two different places', () => {
    expect(sameBody('芝罘区商务局', '莱山区商务局')).toBe(false);
    expect(sameBody('烟台市芝罘区商务局', '烟台市莱山区商务局')).toBe(false);
    expect(sameBody('淮安市人民政府', '淮安市洪泽区人民政府')).toBe(false);
    expect(sameBody('上海市人民政府办公厅', '上海市人民政府')).toBe(false);
  });

  it('does not let a name without a place match a named body', () => {
    expect(sameBody('商务局', '芝罘区商务局')).toBe(false);
    expect(sameBody('县商务局', '城步苗族自治县商务局')).toBe(false);
    expect(sameBody('城南区商务局', '南区商务局')).toBe(false);
    expect(sameBody('', '')).toBe(false);
  });
});

describe('agency.place', () => {
  it('warns when the body’s place is one look-alike character from a division, naming it', () => {
    const findings = only(checkReport(buildReport({ agency: '沐阳县人民政府' })), 'agency.place');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cells: [] });
    expect(findings[0]!.message).toContain('“沐阳县”不是现行行政区划名称');
    expect(findings[0]!.message).toContain('江苏省宿迁市沭阳县');
  });

  it('says nothing of real divisions or of names without a place', () => {
    for (const agency of ['沭阳县人民政府', '淮安市洪泽区人民政府', '上海市人民政府办公厅', '城步苗族自治县商务局', '县商务局'])
      expect(only(checkReport(buildReport({ agency })), 'agency.place')).toEqual([]);
  });
});

describe('sameBody edge cases', () => {
  it('matches a name without a place only with itself', () => {
    expect(sameBody('商务局', '商务局')).toBe(true);
    expect(sameBody('商务局', '（商务局）')).toBe(true);
    expect(sameBody('商务局', '统计局')).toBe(false);
    expect(sameBody('', '芝罘区商务局')).toBe(false);
    expect(sameBody('芝罘区商务局', '（ ）')).toBe(false);
  });

  it('matches an ambiguous place name (西湖区) with any one of its divisions, in either order', () => {
    expect(sameBody('杭州市西湖区教育局', '西湖区教育局')).toBe(true);
    expect(sameBody('南昌市西湖区教育局', '西湖区教育局')).toBe(true);
  });

  it('does not take two names that are only places for one body', () => {
    expect(sameBody('芝罘区', '烟台市芝罘区')).toBe(false);
  });
});
