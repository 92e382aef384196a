// Number helpers shared by the checks: comparison, formatting for messages, reading counts in text.

/** Counts are whole numbers and money has at most 4 decimals: compare with a small tolerance. */
export const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

export const sumOf = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/** 12 → "12", 0.12345 → "0.1235", 3.50 → "3.5". */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
}

/** "1+0+2 = 3" (or "1 = 1" for a single term). */
export function sumText(values: number[]): string {
  const total = formatNumber(sumOf(values));
  return values.length === 1 ? total : `${values.map(formatNumber).join('+')} = ${total}`;
}

export const differenceText = (a: number, b: number): string => formatNumber(Math.abs(a - b));

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads "17", "3.5", "十二", "两", "一百零五"; undefined when the token is not a number. */
export function parseNumberToken(token: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(token)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of token) {
    if (char === '百' || char === '十') {
      const unit = char === '百' ? 100 : 10;
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else {
      const value = DIGITS[char]!; // the pattern above lets through numerals only
      if (digit !== undefined && digit !== 0) return undefined; // "二三" is not a number
      digit = value;
    }
  }
  return total + (digit ?? 0);
}
