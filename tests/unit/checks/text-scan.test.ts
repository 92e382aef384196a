// The text the prose checks read: whitespace gone, figures made plain, every character traced back to
// the original so that a flag quotes the report as written.
import { describe, expect, it } from 'vitest';
import {
  clausePrefix,
  excerptAt,
  mentionsOtherYear,
  scanOf,
  sentencePrefix,
  yearsIn,
} from '../../../src/main/domain/checks/text/scan';
import { makeContext } from '../../../src/main/domain/checks/context';
import { statementsIn } from '../../../src/main/domain/checks/text/statements';
import { buildReport } from './build-report';

describe('scanOf', () => {
  it('drops whitespace and thousands separators, makes full-width figures ASCII, and keeps each offset', () => {
    const scan = scanOf('共收到 3,119 件，\n办结１２件，办结率１００％ 。');
    expect(scan.text).toBe('共收到3119件，办结12件，办结率100%。');
    expect(scan.offsets).toEqual([0, 1, 2, 4, 6, 7, 8, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27]);
    expect(scanOf('比例为１．５').text).toBe('比例为1.5');
    expect(scanOf('第０项、第９项Ａ类').text).toBe('第0项、第9项Ａ类');
  });

  it('drops the thousands separator after any digit', () => {
    expect(scanOf('共10,000件，9,999元').text).toBe('共10000件，9999元');
  });

  it('keeps a comma that is no thousands separator', () => {
    expect(scanOf('分别为1,2件').text).toBe('分别为1,2件');
    expect(scanOf('共12,3456件').text).toBe('共12,3456件');
    expect(scanOf('第一，2件').text).toBe('第一，2件');
    expect(scanOf('第1项,234件').text).toBe('第1项,234件');
  });

  it('ends a clause between a table row’s cells (joined by tabs), and a sentence at the row’s end, once', () => {
    expect(scanOf('项目\t数量\n行政处罚\t49\n本年度共答复申请6件').text).toBe('项目；数量。行政处罚；49。本年度共答复申请6件');
    expect(scanOf('合计\t5。\n下文').text).toBe('合计；5。下文');
    expect(scanOf('不是表格\n下文').text).toBe('不是表格下文');
    expect(scanOf('项目\t数量\n第一行\n第二行').text).toBe('项目；数量。第一行第二行');
    for (const end of ['。', '！', '？', '!', '?']) expect(scanOf(`合计\t5${end}\n下文`).text).toBe(`合计；5${end}下文`);
    // Empty cells end one clause; a row of empty cells before any text ends nothing.
    expect(scanOf('合计\t\t\t5件').text).toBe('合计；5件');
    expect(scanOf('\t\t\n下文').text).toBe('下文');
    // The clause's end points at the tab.
    expect(scanOf('数量\t5件').offsets).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads no statement from a table row’s label into its figures', () => {
    const scan = scanOf('一、本年新收政府信息公开申请数量\t1596件\t210件\n');
    expect(statementsIn(scan, 2023)).toEqual([]);
  });

  it('treats every white space of JavaScript as white space, and nothing else', () => {
    // The tab too, outside a table row's cells.
    expect(scanOf('\t共5件').text).toBe('共5件');
    const spaces = ' \v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    expect(scanOf(`共${spaces}5件`).text).toBe('共5件');
    // Zero-width space, word joiner, backspace, a lone surrogate: not white space to /\s/.
    expect(scanOf('共\u200b5\u2060件\u0008\ud800').text).toBe('共\u200b5\u2060件\u0008\ud800');
  });

  it('gives what the scan written with a regular expression per character gave, on random text', () => {
    // The first version of scanOf, kept as the oracle (with a table row's cells kept apart since).
    const FULL_WIDTH: Record<string, string> = { '％': '%', '．': '.' };
    const oracle = (original: string) => {
      let text = '';
      const offsets: number[] = [];
      let tableRow = false;
      for (let index = 0; index < original.length; index += 1) {
        let char = original[index]!;
        if (char === '\t') {
          tableRow = true;
          if (text && !text.endsWith('；')) {
            text += '；';
            offsets.push(index);
          }
          continue;
        }
        if (char === '\n' && tableRow && text && !/[。！？!?]/.test(text[text.length - 1]!)) {
          text += '。';
          offsets.push(index);
        }
        if (char === '\n') tableRow = false;
        if (/\s/.test(char)) continue;
        const code = char.charCodeAt(0);
        if (code >= 0xff10 && code <= 0xff19) char = String.fromCharCode(code - 0xff10 + 48);
        char = FULL_WIDTH[char] ?? char;
        if (char === ',' && /\d$/.test(text) && /^\s*\d{3}(?!\d)/.test(original.slice(index + 1))) continue;
        text += char;
        offsets.push(index);
      }
      return { text, offsets };
    };
    const alphabet = [...'0123456789,，。！？!?\t\n \u3000\u00a0１２％．年件共收到', '\u2028', '\ufeff', '\u200b'];
    // mulberry32: every pair of neighbouring characters comes up.
    let seed = 20261204;
    const random = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    for (let sample = 0; sample < 2000; sample++) {
      const original = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join('');
      const { text, offsets } = scanOf(original);
      expect({ text, offsets }, JSON.stringify(original)).toEqual(oracle(original));
    }
  });

  it('scans a section once for all the rules of a check run, and again when its text changed', () => {
    const report = buildReport();
    const [section] = report.sections;
    const context = makeContext(report, () => []);
    const first = context.scan(section!, section!.text, section!.source);
    expect(first.text).toBe(scanOf(section!.text).text);
    expect(context.scan(section!, section!.text, section!.source)).toBe(first);
    expect(context.scan(section!, section!.text, { kind: 'text', start: 0, end: 3 }).source).toEqual({ kind: 'text', start: 0, end: 3 });
    section!.text = '共收到 3,119 件';
    expect(context.scan(section!, section!.text, section!.source).text).toBe('共收到3119件');
    // Another check run scans afresh: nothing is kept beyond it.
    expect(makeContext(report, () => []).scan(section!, section!.text, section!.source)).not.toBe(first);
  });

  it('keeps the source only when there is one', () => {
    expect(scanOf('文字')).not.toHaveProperty('source');
    expect(scanOf('文字', { kind: 'text', start: 3, end: 5 }).source).toEqual({ kind: 'text', start: 3, end: 5 });
  });
});

describe('sentences, clauses and excerpts', () => {
  // Scanned inside each test (not while tests are collected), so that the scan under test is the one run.
  const sample = () => {
    const scan = scanOf('2023年，我局收到申请5件；其中，依申请公开3件！另有结转。下一句话在这里，还有很多内容');
    return { scan, at: scan.text.indexOf('依申请') };
  };

  it('gives the sentence and the clause before a place, and the two characters before the clause', () => {
    const { scan, at } = sample();
    expect(sentencePrefix(scan, at)).toBe('2023年，我局收到申请5件；其中，');
    expect(clausePrefix(scan, at)).toEqual({ clause: '', before: '其中' });
    expect(clausePrefix(scan, scan.text.indexOf('3件'))).toEqual({ clause: '依申请公开', before: '其中' });
    expect(clausePrefix(scan, 2)).toEqual({ clause: '20', before: '' });
    expect(sentencePrefix(scan, scan.text.indexOf('还有'))).toBe('下一句话在这里，');
    expect(sentencePrefix(scan, scan.text.indexOf('！'))).toBe('2023年，我局收到申请5件；其中，依申请公开3件');
    expect(sentencePrefix(scanOf('。下文'), 2)).toBe('下');
  });

  it('cuts the sentence around a place from the original, at most `reach` characters either side', () => {
    const { scan, at } = sample();
    expect(excerptAt(scan, at, at + 3)).toBe('2023年，我局收到申请5件；其中，依申请公开3件！');
    expect(excerptAt(scan, at, at + 3, 2)).toBe('中，依申请公开');
    expect(excerptAt(scan, scan.text.indexOf('还有'), scan.text.length)).toBe('下一句话在这里，还有很多内容');
    const lines = scanOf('本年度收到申请\n  5件。');
    expect(excerptAt(lines, 0, lines.text.length)).toBe('本年度收到申请5件。');
  });
});

describe('years', () => {
  it('finds the years written as "2020年"', () => {
    expect(yearsIn('2019年和2020年，1999年，3020年，202年')).toEqual([2019, 2020, 1999]);
  });

  it('tells a statement about another year: another year named in its sentence, or 上年/去年 in its clause', () => {
    expect(mentionsOtherYear('2020年收到', '', 2021)).toBe(true);
    expect(mentionsOtherYear('2021年收到', '', 2021)).toBe(false);
    expect(mentionsOtherYear('2021年收到', '去年', 2021)).toBe(true);
    expect(mentionsOtherYear('收到', '上年', null)).toBe(true);
    expect(mentionsOtherYear('2020年收到', '', null)).toBe(false);
    for (const word of ['上一年', '往年', '前年', '同期']) expect(mentionsOtherYear('', `比${word}`, 2021)).toBe(true);
  });
});
