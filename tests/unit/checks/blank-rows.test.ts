// cells.blank groups rows: the same blank columns in three rows or more are one warning, wholly blank
// rows from four on; fewer are named one by one. Groups never cross tables.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type CellInput } from './build-report';

const blankRow = Array<CellInput>(7).fill(null);
const blanks = (input: Parameters<typeof buildReport>[0]) => only(checkReport(buildReport(input)), 'cells.blank');
const legal = (...rows: string[]) => Object.fromEntries(rows.map((row) => [`requests.${row}.legal`, null]));

describe('cells.blank grouping', () => {
  it('names two rows with the same gap one by one', () => {
    const findings = blanks({ cells: legal('new', 'granted') });
    expect(findings.map((finding) => [finding.message, finding.cells])).toEqual([
      ['漏填：表三 一、本年新收政府信息公开申请数量 的 法律服务机构列 未填数字，没有发生的应填 0。', ['requests.new.legal']],
      ['漏填：表三 （一）予以公开 的 法律服务机构列 未填数字，没有发生的应填 0。', ['requests.granted.legal']],
    ]);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it('says three rows with the same gap in one warning, and more than three as "等 N 行"', () => {
    expect(blanks({ cells: legal('new', 'granted', 'partial') })).toMatchObject([
      {
        severity: 'warning',
        message: '漏填：表三 一、本年新收政府信息公开申请数量、（一）予以公开、（二）部分公开 的 法律服务机构列 未填数字，没有发生的应填 0。',
        cells: ['requests.new.legal', 'requests.granted.legal', 'requests.partial.legal'],
        id: 'cells.blank|requests.new.legal,requests.granted.legal,requests.partial.legal',
      },
    ]);
    const five = blanks({
      cells: legal('new', 'carriedOver', 'granted', 'partial', 'total'),
      raw: { 'requests.new.legal': '-', 'requests.granted.legal': '无', 'requests.total.legal': '-' },
    });
    expect(five).toHaveLength(1);
    expect(five[0]?.message).toBe(
      '漏填：表三 一、本年新收政府信息公开申请数量、二、上年结转政府信息公开申请数量、（一）予以公开 等 5 行 的 法律服务机构列 未填数字（填写为“-”“无”），没有发生的应填 0。',
    );
  });

  it('names three wholly blank rows one by one, and says four or more in one warning', () => {
    const three = blanks({ rows: { 'requests.new': blankRow, 'requests.granted': blankRow, 'requests.partial': blankRow } });
    expect(three.map((finding) => finding.message)).toEqual([
      '漏填：表三 一、本年新收政府信息公开申请数量 整行未填数字，没有发生的应填 0。',
      '漏填：表三 （一）予以公开 整行未填数字，没有发生的应填 0。',
      '漏填：表三 （二）部分公开 整行未填数字，没有发生的应填 0。',
    ]);
    expect(three.map((finding) => finding.cells.length)).toEqual([7, 7, 7]);

    const four = blanks({
      rows: {
        'requests.new': blankRow,
        'requests.granted': blankRow,
        'requests.partial': blankRow,
        'requests.denied.stateSecret': blankRow,
      },
    });
    expect(four).toHaveLength(1);
    expect(four[0]?.message).toBe(
      '漏填：表三 一、本年新收政府信息公开申请数量、（一）予以公开、（二）部分公开 等 4 行 整行未填数字，没有发生的应填 0。',
    );
    expect(four[0]?.cells).toHaveLength(28);
    expect(four[0]?.cells[0]).toBe('requests.new.natural');
  });

  it('keeps wholly blank rows apart from rows with a gap, and groups of different gaps apart', () => {
    const findings = blanks({
      rows: { 'requests.new': blankRow },
      cells: { ...legal('granted', 'partial', 'total'), 'requests.carriedOver.research': null },
    });
    // In the order of each group's first row.
    expect(findings.map((finding) => finding.cells.length)).toEqual([7, 1, 3]);
    expect(findings[0]?.message).toContain('一、本年新收政府信息公开申请数量 整行未填数字');
    expect(findings[1]?.message).toContain('二、上年结转政府信息公开申请数量 的 科研机构列');
    expect(findings[2]?.message).toContain('（一）予以公开、（二）部分公开、（七）总计 的 法律服务机构列');
  });

  it('does not group rows of different tables', () => {
    const findings = blanks({
      cells: { ...legal('new', 'granted'), 'appeals.review.total': null },
    });
    expect(findings.map((finding) => finding.cells)).toEqual([
      ['requests.new.legal'],
      ['requests.granted.legal'],
      ['appeals.review.total'],
    ]);
    expect(findings[2]?.message).toBe('漏填：表四 行政复议 的 总计 未填数字，没有发生的应填 0。');
  });

  it('names table 二’s columns by their header alone, in the order of the form', () => {
    const findings = blanks({ year: 2020, cells: { 'active.licensing.prevItems': null, 'active.licensing.change': null } });
    expect(findings).toMatchObject([
      {
        cells: ['active.licensing.prevItems', 'active.licensing.change'],
        message: expect.stringMatching(/^漏填：表二 行政许可 的 上一年项目数量、本年增\/减 未填数字/),
      },
    ]);
  });
});
