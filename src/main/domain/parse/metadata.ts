// Reads the body's name (发布机关), the report year, the title and the report's dates (the page's
// publication date and the date signed under the report), from the report itself: the site's chrome
// around a portal page (navigation, breadcrumbs, footers, related articles) is left out first.
import type { SourceDocument } from '../../../shared/document';
import { withoutChrome } from './chrome';
import { chineseNumber, normalizeSpacing } from './normalize';

export interface ReportMetadata {
  title: string | null;
  agency: string | null;
  year: number | null;
  /** The publication date when the page gives one, else the date signed under the report. */
  date: string | null;
  /** The date under the signature (or 成文日期), kept apart from the publication date. */
  signedDate: string | null;
}

/** Plain text of each line, spacing folded, Markdown heading marks dropped, chrome blanked; the first few dozen lines hold the title. */
const lineTexts = (document: SourceDocument): string[] =>
  withoutChrome(
    document.lines.map((line) => normalizeSpacing(line.cells.map((cell) => cell.text).join(' ')).replace(/^#+\s*/, '')),
  );

const titlePattern = /^(.*?)\s*(\d{4})\s*年\s*(?:度\s*)?(.*?)\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?\s*(?:年\s*度\s*)?报\s*告\s*$/;
const agencySuffix = /(局|委|委员会|办|办公室|办公厅|政府|厅|院|中心|署|会|所|站|队|馆|处|公司|管委会|街道|镇|乡)$/;

/** The words standing for a name, without what may stand in front of it. */
function nameText(text: string): string {
  return (
    text
      .replace(/[\s\u3000]+/g, '')
      .replace(/[，,。:：]$/, '')
      // What stands before a portal's breadcrumb ("首页 > 政务公开 > …") or a label ("来源：…", "名称：…") is not the name.
      .split(/[>›»＞:：]/)
      .pop()!
      .replace(/^(关于|特发布|发布)/, '')
      // A portal's info box may label the title without a colon: "名称 | …年度报告".
      .replace(/^(名称|标题|题名|文件名称|文章标题)/, '')
  );
}

function cleanAgency(text: string): string | null {
  const agency = nameText(text);
  return agency.length >= 2 && agency.length <= 40 && agencySuffix.test(agency) ? agency : null;
}

/** The title as the report gives it, without a portal's breadcrumb or info-box label in front of it. */
const titleText = (line: string): string =>
  line.split(/[>›»＞]/).pop()!.trim().replace(/^(?:名称|标题|题名|文件名称|文章标题)\s*[:：]?\s*/, '');

function findTitle(texts: string[]): { title: string; agency: string | null; year: number } | null {
  const limit = Math.min(texts.length, 40);
  for (let i = 0; i < limit; i++) {
    // A title may be broken over two lines ("…政府信息公开工作" / "年度报告").
    const next = texts[i + 1] ?? '';
    const candidates = titlePattern.test(next) ? [texts[i]!] : [texts[i]!, `${texts[i]!}${next}`];
    for (const candidate of candidates) {
      const match = titlePattern.exec(candidate);
      if (!match || candidate.length > 60) continue;
      const year = Number(match[2]);
      const agency =
        cleanAgency(match[1]!) ?? cleanAgency(match[3]!) ?? placeGovernment(match[1]!) ?? previousAgency(texts, i);
      return { title: titleText(candidate), agency, year };
    }
  }
  return null;
}

/** "沭阳县2023年政府信息公开工作年度报告": a title naming only a place is its government's own report. */
function placeGovernment(text: string): string | null {
  const place = nameText(text);
  return /^[\u4e00-\u9fa5]{1,12}?(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗|自治旗)$/.test(place) ? `${place}人民政府` : null;
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

/** Labels of the page's publication date (not 成文日期), and of the date the report was signed or issued. */
const PUBLISHED_LABEL =
  /(?:(?:发布|公开|发文)(?:时间|日期)\s*[:：]?|(?<!采集|抓取|保存|访问|打印|生成|成文|印发|更新)(?:时间|日期)\s*[:：])\s*(.{6,30})/;
const SIGNED_LABEL = /(?:成文日期|印发日期)\s*[:：]?\s*(.{6,30})/;
/** Labelled dates are looked for on short lines: an info line, not a sentence mentioning a time. */
const MAX_LABEL_LINE = 80;

function labelledDate(texts: string[], label: RegExp): string | null {
  for (const text of texts) {
    const match = text.length <= MAX_LABEL_LINE ? label.exec(text) : null;
    const date = match ? parseDate(match[1]!) : null;
    if (date) return date;
  }
  return null;
}

/** Dates of the copy, not of the report: when the page was visited, saved, printed or updated. */
const COPY_DATE = /(?:采集|抓取|保存|访问|打印|生成|更新)(?:时间|日期)/;

/** A date standing alone on its line (a copy's 访问时间：…, 打印日期：… is no signature). */
const bareDate = (text: string): string | null => {
  const stripped = text.replace(/[（()）\s]/g, '');
  if (stripped.length > 16 || COPY_DATE.test(stripped)) return null;
  return parseDate(stripped);
};

/** The date signed at the end of the report (chrome already blanked), else its 成文日期, else a date alone under the title. */
function signedDate(texts: string[]): string | null {
  const content = texts.filter((text) => text !== '');
  for (const text of content.slice(-15).reverse()) {
    const date = bareDate(text);
    if (date) return date;
  }
  return labelledDate(texts, SIGNED_LABEL) ?? texts.slice(0, 12).map(bareDate).find((date) => date !== null) ?? null;
}

/** The page's publication date (时间：, 发布日期：…) and the signed date, both kept; `date` is the publication date when given. */
function dates(texts: string[]): Pick<ReportMetadata, 'date' | 'signedDate'> {
  const signed = signedDate(texts);
  return { date: labelledDate(texts, PUBLISHED_LABEL) ?? signed, signedDate: signed };
}

/** "2022年，我局…", "现将我办2022年度…": the year the body text reports on, when there is no title. */
function yearFromText(texts: string[]): number | null {
  const patterns = [
    /现将(?:我|本)[\u4e00-\u9fa5]{0,12}?(\d{4})\s*年(?:度)?/,
    /^(\d{4})\s*年(?:度)?\s*[，,]\s*(?:我|本|全)/,
    /(\d{4})\s*年(?:度)?\s*(?:政府信息公开|政务公开)(?:工作)?\s*年度报告/,
  ];
  for (const text of texts.slice(0, 30)) {
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) return Number(match[1]);
    }
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
  return signed?.endsWith(agency) ? signed : agency;
}

export function readMetadata(document: SourceDocument): ReportMetadata {
  const texts = lineTexts(document);
  const title = findTitle(texts);
  const prose = title?.agency ? null : findTitleInProse(texts);
  return {
    title: title?.title ?? null,
    agency: fullerName(title?.agency ?? prose?.agency ?? null, signatureAgency(texts)),
    year: title?.year ?? prose?.year ?? yearFromPeriod(texts) ?? yearFromText(texts),
    ...dates(texts),
  };
}
