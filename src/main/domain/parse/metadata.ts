// Reads the body's name (发布机关), the report year, the title and the report date.
import type { SourceDocument } from '../../../shared/document';
import { chineseNumber, normalizeSpacing } from './normalize';

export interface ReportMetadata {
  title: string | null;
  agency: string | null;
  year: number | null;
  date: string | null;
}

/** Plain text of each line, spacing folded; the first few dozen lines hold the title. */
const lineTexts = (document: SourceDocument): string[] =>
  document.lines.map((line) => normalizeSpacing(line.cells.map((cell) => cell.text).join(' ')));

const titlePattern = /^(.*?)\s*(\d{4})\s*年\s*(?:度\s*)?(.*?)\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?\s*(?:年\s*度\s*)?报\s*告\s*$/;
const agencySuffix = /(局|委|委员会|办|办公室|办公厅|政府|厅|院|中心|署|会|所|站|队|馆|处|公司|管委会|街道|镇|乡)$/;

function cleanAgency(text: string): string | null {
  // A portal's breadcrumb ("首页 > 政务公开 > …") may stand in front of the title.
  const agency = (text.split(/[>›»＞]/).pop() ?? '')
    .replace(/^#+\s*/, '')
    .replace(/^(关于|特发布|发布)/, '')
    // A portal's info box labels the title: "名称 | …年度报告".
    .replace(/^(名称|标题|题名|文件名称|文章标题)[:：]?/, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[，,。:：]$/, '');
  return agency.length >= 2 && agency.length <= 40 && agencySuffix.test(agency) ? agency : null;
}

function findTitle(texts: string[]): { title: string; agency: string | null; year: number } | null {
  const limit = Math.min(texts.length, 40);
  for (let i = 0; i < limit; i++) {
    // A title may be broken over two lines ("…政府信息公开工作" / "年度报告").
    const next = texts[i + 1] ?? '';
    const candidates = titlePattern.test(next) ? [texts[i]!] : [texts[i]!, `${texts[i]!}${next}`];
    for (const candidate of candidates) {
      const match = titlePattern.exec(candidate.replace(/^#+\s*/, ''));
      if (!match || candidate.length > 60) continue;
      const year = Number(match[2]);
      const agency = cleanAgency(match[1]!) ?? cleanAgency(match[3]!) ?? previousAgency(texts, i);
      return { title: candidate.replace(/^#+\s*/, ''), agency, year };
    }
  }
  return null;
}

/** The body's name on its own line just above a title that does not name it. */
function previousAgency(texts: string[], titleLine: number): string | null {
  for (let i = titleLine - 1; i >= Math.max(0, titleLine - 3); i--) {
    if (!texts[i]) continue;
    return cleanAgency(texts[i]!);
  }
  return null;
}

/** "特发布眉山市经济和信息化局2020年政府信息公开工作年度报告" inside a sentence. */
function findTitleInProse(texts: string[]): { agency: string | null; year: number } | null {
  const pattern = /(?:发布|公布|编制)(?:了)?([^，。,、《》“”]{2,30}?)(\d{4})年(?:度)?政府信息公开(?:工作)?年度报告/;
  for (const text of texts.slice(0, 30)) {
    const match = pattern.exec(text);
    if (match) return { agency: cleanAgency(match[1]!), year: Number(match[2]) };
  }
  return null;
}

const datePatterns = [
  /(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})/,
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  /([〇零一二三四五六七八九Ｏ]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/,
];

export function parseDate(text: string): string | null {
  for (const pattern of datePatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = [match[1]!, match[2]!, match[3]!].map(chineseNumber);
    if (!year || !month || !day || month > 12 || day > 31) continue;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** 发布时间/发布日期 label, else a line that is only a date (under the title or the signature). */
function findDate(texts: string[]): string | null {
  for (const text of texts) {
    const labelled = /(?:发布时间|发布日期|公开日期|成文日期|印发日期)\s*[:：]?\s*(.{6,30})/.exec(text);
    if (labelled) {
      const date = parseDate(labelled[1]!);
      if (date) return date;
    }
  }
  const bareDate = (text: string): string | null => {
    const stripped = text.replace(/[（()）\s]/g, '');
    if (stripped.length > 16) return null;
    return parseDate(stripped);
  };
  // The signature date at the end is the report's date; failing that, a date right under the title.
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 15); i--) {
    const date = bareDate(texts[i]!);
    if (date) return date;
  }
  for (const text of texts.slice(0, 12)) {
    const date = bareDate(text);
    if (date) return date;
  }
  return null;
}

/** "统计期限从2025年1月1日至2025年12月31日" gives the year when no title does. */
function yearFromPeriod(texts: string[]): number | null {
  for (const text of texts.slice(0, 60)) {
    const match = /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|-)\s*(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日/.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

/** The body's name signed at the end, just above the date. */
function signatureAgency(texts: string[]): string | null {
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 15); i--) {
    const text = texts[i]!;
    if (!text || text.length > 30) continue;
    const agency = cleanAgency(text);
    if (agency) return agency;
  }
  return null;
}

/** A title that shortens the name ("县商务局") yields to the full name under the signature. */
function fullerName(agency: string | null, signed: string | null): string | null {
  if (!agency) return signed;
  return signed && signed.length > agency.length && signed.endsWith(agency) ? signed : agency;
}

export function readMetadata(document: SourceDocument): ReportMetadata {
  const texts = lineTexts(document);
  const title = findTitle(texts);
  const prose = title?.agency ? null : findTitleInProse(texts);
  return {
    title: title?.title ?? null,
    agency: fullerName(title?.agency ?? prose?.agency ?? null, signatureAgency(texts)),
    year: title?.year ?? prose?.year ?? yearFromPeriod(texts),
    date: findDate(texts),
  };
}
