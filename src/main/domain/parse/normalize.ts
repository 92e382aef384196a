// Text normalisation for matching labels and reading numbers out of cells.

/** Conversion debris that carries no meaning (Word bookmarks, zero-width characters). */
const debris = /\[bookmark:[^\]]*\]|[\u200b-\u200f\ufeff]/g;

const normalizedLabels = new Map<string, string>();
/** Labels and cells recur in every report: the answers for short texts are kept, up to this many. */
const MAX_KEPT_LABELS = 20_000;
/** Longer texts (lines of prose, a whole report flattened to one line) are folded each time, never kept. */
const MAX_KEPT_LENGTH = 80;

/** Canonical form for matching: NFKC (full-width digits/brackets to ASCII), no white space, unified quotes. */
export function normalizeLabel(text: string): string {
  if (text.length > MAX_KEPT_LENGTH) return foldLabel(text);
  let normalized = normalizedLabels.get(text);
  if (normalized === undefined) {
    if (normalizedLabels.size >= MAX_KEPT_LABELS) normalizedLabels.clear();
    normalized = foldLabel(text);
    normalizedLabels.set(text, normalized);
  }
  return normalized;
}

function foldLabel(text: string): string {
  return text
    .replace(debris, '')
    .normalize('NFKC')
    .replace(/[“”„‟"'‘’「」『』]/g, '"')
    .replace(/[—–－]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^#+/, '')
    .replace(/\|/g, '');
}

/** NFKC and white space folded to single spaces, for readable excerpts and metadata. */
export function normalizeSpacing(text: string): string {
  return text.replace(debris, '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export type CellReading =
  | { kind: 'number'; value: number; unit: 'count' | 'yuan' | 'wanYuan' | null }
  | { kind: 'blank' }
  | { kind: 'text' };

/** Marks that mean "left blank" in a cell where a number belongs (after normalizeLabel: every dash is "-"). */
const blankMarks = new Set(['', '-', '--', '/', '无', '\\', '空']);

/** "317.7万元", "3,119", "22(其中修订16件)", "-5", "0件" */
const numberPattern = /^([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)(万元|元|件|个|项|条|次|人次|家)?(?:\([^)]*\))?$/;

/** Reads one table cell: a number (with its unit), a blank mark, or other text. */
export function readCell(text: string): CellReading {
  const compact = normalizeLabel(text).replace(/^\+/, '');
  if (blankMarks.has(compact)) return { kind: 'blank' };
  const match = numberPattern.exec(compact);
  if (!match) return { kind: 'text' };
  const value = Number(match[1]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { kind: 'text' };
  const unitText = match[2];
  const unit = unitText === '万元' ? 'wanYuan' : unitText === '元' ? 'yuan' : unitText ? 'count' : null;
  return { kind: 'number', value, unit };
}

/** Money is given in 万元: an amount written in 元 is converted. */
export function toWanYuan(value: number, unit: CellReading & { kind: 'number' }): number {
  return unit.unit === 'yuan' ? Math.round((value / 10000) * 1e6) / 1e6 : value;
}

const chineseDigits: Record<string, number> = {
  〇: 0, 零: 0, O: 0, o: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** "二〇二一" → 2021; "二十八" → 28; "十二" → 12. Returns null when not a Chinese numeral. */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text) return null;
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    const tensValue = tens ? chineseDigits[tens] : 1;
    const onesValue = ones ? chineseDigits[ones] : 0;
    if (tensValue === undefined || onesValue === undefined) return null;
    return tensValue * 10 + onesValue;
  }
  let value = 0;
  for (const char of text) {
    const digit = chineseDigits[char];
    if (digit === undefined) return null;
    value = value * 10 + digit;
  }
  return value;
}
