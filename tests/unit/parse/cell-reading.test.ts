// How the parser reads what is written in one cell, and splits a label run together with its figures:
// the values reviewers see in the tables, with units, blank marks and the digits of other scripts.
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  normalizeLabel,
  normalizeSpacing,
  readCell,
  toWanYuan,
} from '../../../src/main/domain/parse/normalize';
import { splitCell, tokenize } from '../../../src/main/domain/parse/tokens';
import type { SourceDocument, TextPiece } from '../../../src/shared/document';

describe('readCell', () => {
  it('reads counts with thousands separators, signs, units and a note in brackets', () => {
    expect(readCell('3,119')).toEqual({ kind: 'number', value: 3119, unit: null });
    expect(readCell('3,119.50')).toEqual({ kind: 'number', value: 3119.5, unit: null });
    expect(readCell('12,345')).toEqual({ kind: 'number', value: 12345, unit: null });
    expect(readCell('1,234,567')).toEqual({ kind: 'number', value: 1234567, unit: null });
    expect(readCell('-1,234')).toEqual({ kind: 'number', value: -1234, unit: null });
    expect(readCell('12[bookmark:_Toc2571]')).toEqual({ kind: 'number', value: 12, unit: null });
    expect(readCell('22(其中修订16件)')).toEqual({ kind: 'number', value: 22, unit: null });
    expect(readCell('-5')).toEqual({ kind: 'number', value: -5, unit: null });
    expect(readCell('+5')).toEqual({ kind: 'number', value: 5, unit: null });
    expect(readCell('１２')).toEqual({ kind: 'number', value: 12, unit: null });
    for (const [text, value] of [
      ['0件', 0],
      ['3个', 3],
      ['5人次', 5],
      ['3家', 3],
      ['2项', 2],
      ['4条', 4],
      ['6次', 6],
    ] as const)
      expect(readCell(text), text).toEqual({ kind: 'number', value, unit: 'count' });
  });

  it('tells 元 from 万元', () => {
    expect(readCell('317.7万元')).toEqual({ kind: 'number', value: 317.7, unit: 'wanYuan' });
    expect(readCell('12元')).toEqual({ kind: 'number', value: 12, unit: 'yuan' });
  });

  it('reads the marks of a cell left blank as blank', () => {
    for (const mark of ['', ' ', '-', '--', '/', ' / ', '无', '\\', '空', '——', '—', '－'])
      expect(readCell(mark), JSON.stringify(mark)).toEqual({ kind: 'blank' });
  });

  it('reads anything else as text, never as a number', () => {
    for (const text of ['abc', '1,23', '12.5.3', '1e5', '（12）', '约10', '10余', 'Infinity', '约1,234', '1+2', '9'.repeat(400)])
      expect(readCell(text), text).toEqual({ kind: 'text' });
  });
});

describe('toWanYuan', () => {
  it('converts 元 to 万元, to six decimals, and keeps 万元', () => {
    expect(toWanYuan(380, { kind: 'number', value: 380, unit: 'yuan' })).toBe(0.038);
    expect(toWanYuan(12_345_678, { kind: 'number', value: 12_345_678, unit: 'yuan' })).toBe(1234.5678);
    expect(toWanYuan(1, { kind: 'number', value: 1, unit: 'yuan' })).toBe(0.0001);
    expect(toWanYuan(0.1, { kind: 'number', value: 0.1, unit: 'yuan' })).toBe(0.00001);
    expect(toWanYuan(3.5, { kind: 'number', value: 3.5, unit: 'wanYuan' })).toBe(3.5);
    expect(toWanYuan(7, { kind: 'number', value: 7, unit: null })).toBe(7);
  });
});

describe('chineseNumber', () => {
  it('reads years digit by digit and days and months with 十', () => {
    expect(chineseNumber('二〇二一')).toBe(2021);
    expect(chineseNumber('二零二三')).toBe(2023);
    expect(chineseNumber('二O二四')).toBe(2024);
    expect(chineseNumber('二十八')).toBe(28);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('2021')).toBe(2021);
  });

  it('gives null for what is not a Chinese numeral', () => {
    for (const text of ['', 'x十', '十x', '年', '二x', '2021年', '第12'] as const) expect(chineseNumber(text), text).toBeNull();
  });
});

describe('normalizeLabel and normalizeSpacing', () => {
  it('folds a label to the form labels are matched in', () => {
    expect(normalizeLabel(' ## “本年” 新收—申请 | ｘ[bookmark:a]\u200b')).toBe('"本年"新收-申请x');
    expect(normalizeLabel('（一）予以公开')).toBe('(一)予以公开');
    expect(normalizeLabel('「其他」–‘处理’')).toBe('"其他"-"处理"');
    expect(normalizeLabel('### 第#1项')).toBe('第#1项');
    expect(normalizeLabel('第#1项')).toBe('第#1项');
  });

  it('keeps single spaces for excerpts and metadata', () => {
    expect(normalizeSpacing('  a\u3000 b [bookmark:x] ｃ\n ')).toBe('a b c');
  });
});

describe('splitCell', () => {
  const piece = (text: string, start = 10): TextPiece => ({
    text,
    source: { kind: 'text', start, end: start + text.length },
  });

  it('cuts a label run together with its figures into the label and each figure, keeping their places', () => {
    expect(splitCell(piece('规章 0 0 3'))).toEqual([
      { text: '规章', source: { kind: 'text', start: 10, end: 12 } },
      { text: '0', source: { kind: 'text', start: 13, end: 14 } },
      { text: '0', source: { kind: 'text', start: 15, end: 16 } },
      { text: '3', source: { kind: 'text', start: 17, end: 18 } },
    ]);
    expect(splitCell(piece('行政事业性收费 1.5 万元 2,300')).map((p) => p.text)).toEqual([
      '行政事业性收费',
      '1.5 万元',
      '2,300',
    ]);
    expect(splitCell(piece('行政处罚 ０ －１')).map((p) => p.text)).toEqual(['行政处罚', '０', '－１']);
    expect(splitCell(piece('行政事业性收费 2万元 1.25')).map((p) => p.text)).toEqual(['行政事业性收费', '2万元', '1.25']);
    expect(splitCell(piece('行政处罚   12')).map((p) => p.text)).toEqual(['行政处罚', '12']);
  });

  it('finds the label after white space in front of it, and keeps its place', () => {
    expect(splitCell(piece('  规章 3'))).toEqual([
      { text: '规章', source: { kind: 'text', start: 12, end: 14 } },
      { text: '3', source: { kind: 'text', start: 15, end: 16 } },
    ]);
  });

  it('keeps the places of a cell whose characters NFKC would lengthen (㈠ is "(一)")', () => {
    expect(splitCell(piece('㈠予以公开 5'))).toEqual([
      { text: '㈠予以公开', source: { kind: 'text', start: 10, end: 15 } },
      { text: '5', source: { kind: 'text', start: 16, end: 17 } },
    ]);
  });

  it('leaves other cells whole: a label alone, Latin words, prose', () => {
    for (const text of ['行政处罚', 'abc 1 2', '本年度共收到申请 12 件', '12 3', '共收到申请，其中予以公开 5'])
      expect(splitCell(piece(text)), text).toEqual([piece(text)]);
  });

  it('keeps the element path of a cell from a structured document', () => {
    const cell: TextPiece = { text: '行政处罚 5', source: { kind: 'element', path: 'body/p[3]' } };
    expect(splitCell(cell)).toEqual([
      { text: '行政处罚', source: { kind: 'element', path: 'body/p[3]' } },
      { text: '5', source: { kind: 'element', path: 'body/p[3]' } },
    ]);
  });
});

describe('tokenize', () => {
  const document: SourceDocument = {
    format: 'docx',
    lines: [
      { cells: [{ text: '行政处罚', source: { kind: 'element', path: 'p[1]' } }] },
      { cells: [{ text: ' ', source: { kind: 'element', path: 'p[2]' } }] },
      {
        cells: ['行政许可', '', '3'].map((text, i) => ({ text, source: { kind: 'element' as const, path: `tr[1]/td[${i + 1}]` } })),
        table: { index: 0, row: 0 },
      },
    ],
  };

  it('gives a token per cell, with its line, place, table and reading; a lone empty line gives none', () => {
    expect(
      tokenize(document).map(({ index, line, cell, cellsInLine, inTable, key, reading }) => ({ index, line, cell, cellsInLine, inTable, key, kind: reading.kind })),
    ).toEqual([
      { index: 0, line: 0, cell: 0, cellsInLine: 1, inTable: false, key: '行政处罚', kind: 'text' },
      { index: 1, line: 2, cell: 0, cellsInLine: 3, inTable: true, key: '行政许可', kind: 'text' },
      { index: 2, line: 2, cell: 1, cellsInLine: 3, inTable: true, key: '', kind: 'blank' },
      { index: 3, line: 2, cell: 2, cellsInLine: 3, inTable: true, key: '3', kind: 'number' },
    ]);
  });
});
