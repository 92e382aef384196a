// Text prepared for pattern matching: whitespace removed (PDF lines break anywhere, numbers come
// as "3119 件"), full-width digits made ASCII, thousands separators dropped, a table row's cells kept
// apart as clauses; every character keeps its offset in the original so that excerpts are cut from the
// text as written.
import type { Provenance } from '../../../../shared/document';
import { isWhiteSpace } from '../../../../shared/white-space';

export interface Scan {
  text: string;
  /** Offset in `original` of each character of `text`. */
  offsets: number[];
  original: string;
  /** Where the scanned text stands in the original document (the section's source). */
  source?: Provenance;
}

const SEMICOLON = 0xff1b;

/** Three digits right after a comma (and any white space): the comma separates thousands ("3,119"). */
const THOUSANDS = /\s*\d{3}(?!\d)/y;

/** The ASCII code a full-width figure (０–９, ％, ．) is read as; -1 for any other character. */
const asciiOf = (code: number): number =>
  code >= 0xff10 && code <= 0xff19
    ? code - 0xff10 + 0x30
    : code === 0xff05
      ? 0x25
      : code === 0xff0e
        ? 0x2e
        : -1;

export function scanOf(original: string, source?: Provenance): Scan {
  const parts: string[] = [];
  const offsets: number[] = [];
  // Characters kept as written are copied a run at a time: the run is [runStart, index).
  let runStart = 0;
  const endRun = (index: number): void => {
    if (index > runStart) parts.push(original.slice(runStart, index));
    runStart = index + 1;
  };
  /** The code of the text's last character; -1 while the text is empty. */
  let last = -1;
  let tableRow = false;
  for (let index = 0; index < original.length; index += 1) {
    const code = original.charCodeAt(index);
    if (code === 0x09) {
      // Between a table row's cells (joined by tabs) a clause ends: no statement runs from a row's label into
      // its figures ("本年新收政府信息公开申请数量 | 1596件" is the table, not the text speaking of it).
      tableRow = true;
      endRun(index);
      if (last !== -1 && last !== SEMICOLON) {
        parts.push('；');
        offsets.push(index);
        last = SEMICOLON;
      }
      continue;
    }
    if (code === 0x0a) {
      // The end of a table row (cells joined by tabs) ends a sentence: prose after a table starts afresh.
      if (tableRow && last !== -1 && !SENTENCE_END.test(String.fromCharCode(last))) {
        endRun(index);
        parts.push('。');
        offsets.push(index);
        last = 0x3002;
      }
      tableRow = false;
    }
    const ascii = asciiOf(code);
    if (
      isWhiteSpace(code) ||
      (code === 0x2c && last >= 0x30 && last <= 0x39 && followsThousands(original, index + 1))
    ) {
      endRun(index);
    } else if (ascii !== -1) {
      endRun(index);
      parts.push(String.fromCharCode(ascii));
      offsets.push(index);
      last = ascii;
    } else {
      offsets.push(index);
      last = code;
    }
  }
  endRun(original.length);
  const text = parts.join('');
  return source ? { text, offsets, original, source } : { text, offsets, original };
}

function followsThousands(original: string, from: number): boolean {
  THOUSANDS.lastIndex = from;
  return THOUSANDS.test(original);
}

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[。！？!?；;，,：:]/;

function lastBoundary(text: string, before: number, boundary: RegExp): number {
  for (let index = before - 1; index >= 0; index -= 1) {
    if (boundary.test(text[index]!)) return index + 1;
  }
  return 0;
}

/** The sentence's text before `index` (after the last 。！？). */
export const sentencePrefix = (scan: Scan, index: number): string =>
  scan.text.slice(lastBoundary(scan.text, index, SENTENCE_END), index);

/** The clause's text before `index` (after the last punctuation) and the two characters before that. */
export function clausePrefix(scan: Scan, index: number): { clause: string; before: string } {
  const start = lastBoundary(scan.text, index, CLAUSE_END);
  return {
    clause: scan.text.slice(start, index),
    before: scan.text.slice(Math.max(0, start - 3), Math.max(0, start - 1)),
  };
}

/** The sentence around [start, end), at most `reach` characters either side, as written in the original. */
export function excerptAt(scan: Scan, start: number, end: number, reach = 40): string {
  let from = Math.max(lastBoundary(scan.text, start, SENTENCE_END), start - reach);
  let to = end;
  while (to < scan.text.length && to < end + reach && !SENTENCE_END.test(scan.text.charAt(to - 1))) to += 1;
  from = Math.max(0, from);
  const first = scan.offsets[from] ?? 0;
  const last = scan.offsets[Math.max(from, to - 1)] ?? first;
  // first and last are characters of the text (or the line end of a table row): nothing to trim.
  return scan.original.slice(first, last + 1).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
}

/** The years written as "2020年" (also "2020 年" once whitespace is gone). */
export const yearsIn = (text: string): number[] =>
  [...text.matchAll(/((?:19|20)\d{2})年/g)].map((match) => Number(match[1]));

/**
 * True when a statement speaks of another year: its sentence names a year other than `year`
 * ("比 2019 年（未收到…）", "2021年，我局将…"), or its clause says 上年/去年 ("去年收到…").
 */
export const mentionsOtherYear = (sentence: string, clause: string, year: number | null): boolean =>
  /上年|去年|上一年|往年|前年|同期/.test(clause) ||
  (year !== null && yearsIn(sentence).some((mentioned) => mentioned !== year));
