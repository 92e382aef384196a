import { describe, expect, it } from 'vitest';
import { textLayerState } from '../../../../src/main/extract/ocr/text-quality';
import { createRng } from '../../../fixtures/generator/prng';

describe('textLayerState: whether a PDF page keeps its text layer or is read by OCR', () => {
  it('keeps ordinary Chinese text with figures', () => {
    expect(textLayerState('二、主动公开政府信息情况 规章 1 0 11 行政规范性文件 8 26 66')).toBe('usable');
  });

  it('calls a page with a page number only short', () => {
    expect(textLayerState('- 3 -')).toBe('short');
    expect(textLayerState('')).toBe('short');
  });

  it('calls text from a broken font map garbled: private-use codes, Latin-1 letters, rare characters', () => {
    expect(textLayerState('\ue000\ue013\ue021\ue0a4\ue11b\ue002\ue0c7\ue044\ue09d\ue015\ue0f0\ue021')).toBe(
      'garbled',
    );
    expect(textLayerState('ÕþÖÝÐÅÏ¢¹«¿ª¹¤×÷Äê¶È±¨¸æ')).toBe('garbled');
    expect(textLayerState('鑫鍙戝竷鐨勬斂搴滀俊鎭叕寮€骞村害鎶ュ憡')).toBe('garbled');
    expect(textLayerState('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~!"#$%')).toBe('garbled');
  });
});

describe('textLayerState by character code', () => {
  it('gives what the first version (a copy of the text, a set of characters) gave, on random text', () => {
    // The first version, kept as the oracle.
    const decoded = (): Set<string> => {
      const set = new Set<string>();
      for (let code = 0x21; code < 0x7f; code++) set.add(String.fromCharCode(code));
      const rows = [0xa1, 0xa2, 0xa3, ...Array.from({ length: 0xf7 - 0xb0 + 1 }, (_, i) => 0xb0 + i)];
      const codes: number[] = [];
      for (const row of rows) for (let cell = 0xa1; cell <= 0xfe; cell++) codes.push(row, cell);
      for (const character of new TextDecoder('gb18030').decode(new Uint8Array(codes)))
        if (character !== '\ufffd') set.add(character);
      return set;
    };
    const known = decoded();
    const oracle = (text: string): string => {
      const compact = text.replace(/\s/g, '');
      const characters = [...compact];
      if (characters.length < 10) return 'short';
      let ordinaryCount = 0;
      for (const character of characters) if (known.has(character)) ordinaryCount += 1;
      if (ordinaryCount < 0.75 * characters.length) return 'garbled';
      if (/\p{Script=Han}/u.test(compact)) return 'usable';
      const symbols = compact.match(/[!-/:-@[-`{-~]/g)?.length ?? 0;
      return symbols < 0.3 * characters.length ? 'usable' : 'garbled';
    };
    // Ordinary hanzi and punctuation (齄: the last of GB2312), hanzi outside GB2312 (鍙, 𠀀), ASCII symbols
    // and letters, Latin-1, private use, the replacement character, astral characters, lone surrogates and
    // every kind of white space.
    const alphabet = [
      ...'年报告公开。，、齄1aZ!#/@~鍙ÕþÖ\ue000\ue0f0\ufffd',
      '𠀀',
      '😀',
      '\ud800',
      '\udc00',
      ...' \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u0085',
    ];
    // Weighted towards runs of a few kinds of character, so that every outcome comes up.
    const rng = createRng(20261204);
    const random = (n: number): number => rng.int(0, n - 1);
    const outcomes = new Set<string>();
    for (let sample = 0; sample < 3000; sample++) {
      const pool = Array.from({ length: 1 + random(4) }, () => alphabet[random(alphabet.length)]!);
      const text = Array.from({ length: random(30) }, () => pool[random(pool.length)]).join('');
      const expected = oracle(text);
      outcomes.add(expected);
      expect(textLayerState(text), JSON.stringify(text)).toBe(expected);
    }
    expect([...outcomes].sort()).toEqual(['garbled', 'short', 'usable']);
  });
});
