// The figures in messages and formulas, and counts read from the text: what reviewers read.
import { describe, expect, it } from 'vitest';
import {
  differenceText,
  formatNumber,
  parseNumberToken,
  sameNumber,
  sumText,
} from '../../../src/main/domain/checks/numbers';
import { findingId } from '../../../src/main/domain/findings';

describe('figures in messages', () => {
  it('writes whole numbers as they are and others to at most four decimals, without trailing zeros', () => {
    expect([12, 0.12345, 3.5, 2.00001, -1.5, 10.1, 0].map(formatNumber)).toEqual([
      '12',
      '0.1235',
      '3.5',
      '2',
      '-1.5',
      '10.1',
      '0',
    ]);
  });

  it('writes a sum as its terms and total, a single term as itself, and a difference as its size', () => {
    expect(sumText([3])).toBe('3');
    expect(sumText([1, 0, 2])).toBe('1+0+2 = 3');
    expect(sumText([0.5, 0.25])).toBe('0.5+0.25 = 0.75');
    expect(differenceText(1, 3.5)).toBe('2.5');
    expect(differenceText(3.5, 1)).toBe('2.5');
  });

  it('compares money up to rounding in the sixth decimal', () => {
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameNumber(1, 1.00001)).toBe(false);
    expect(sameNumber(1, 1.0000001)).toBe(true);
  });
});

describe('parseNumberToken', () => {
  it('reads digits and Chinese numerals', () => {
    const read: [string, number][] = [
      ['17', 17],
      ['3.5', 3.5],
      ['3.25', 3.25],
      ['十二', 12],
      ['两', 2],
      ['零', 0],
      ['十', 10],
      ['二十五', 25],
      ['一百', 100],
      ['一百零五', 105],
      ['百零五', 105],
      ['一百二', 102],
      ['三百二十', 320],
    ];
    for (const [token, value] of read) expect(parseNumberToken(token), token).toBe(value);
  });

  it('gives undefined for what is not one number', () => {
    for (const token of ['二三', 'abc', '1.', '', '三个', '十个', '个十', 'a12', '12a'])
      expect(parseNumberToken(token), token).toBeUndefined();
  });
});

describe('findingId of long cell lists', () => {
  it('spells out up to 240 characters of cells, and fingerprints longer lists', () => {
    const spelled = 'a'.repeat(240);
    expect(findingId('r', [spelled])).toBe(`r|${spelled}`);
    expect(findingId('r', ['a'.repeat(241)])).toBe(`r|${'a'.repeat(241)}+0#660f8ebc0cfdd053`);
    // Each half of the fingerprint keeps its leading zeros: always 16 hex digits.
    expect(findingId('r', ['a'.repeat(272)])).toBe(`r|${'a'.repeat(272)}+0#04c8f1151c1459e6`);
    // Two cells of 120 and the comma between them make 241.
    expect(findingId('r', ['a'.repeat(120), 'b'.repeat(120)])).toBe(
      `r|${'a'.repeat(120)}+1#a816d923dc18afc2`,
    );
  });

  it('leaves out an empty cell list or discriminator', () => {
    expect(findingId('r', [])).toBe('r');
    expect(findingId('r', ['x'], 'd')).toBe('r|x|d');
    expect(findingId('r', [], 'd')).toBe('r|d');
  });
});
