import { describe, expect, it } from 'vitest';
import { sameBody } from '../../../src/main/domain/checks/index';

describe('sameBody', () => {
  it('matches a name and the same name with a region prefix', () => {
    expect(sameBody('芝罘区商务局', '烟台市芝罘区商务局')).toBe(true);
    expect(sameBody('烟台市芝罘区商务局', '芝罘区商务局')).toBe(true);
    expect(sameBody('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameBody('沭阳县人民政府', '江苏省宿迁市沭阳县人民政府')).toBe(true);
    expect(sameBody('芝罘区 商务局', '芝罘区商务局')).toBe(true);
  });

  it('normalises the 沐/沭 OCR slip', () => {
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
