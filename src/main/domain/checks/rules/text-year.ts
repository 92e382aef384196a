// text.year: the year of the title, the statistical period and the text contradict each other.
// Only clear contradictions are flagged, since reports rightly mention next year's plans and earlier
// years: (1) the statistical period ("统计期限自2023年1月1日至2023年12月31日") lies in another year
// than the title's (error: one of the two is wrong); (2) section 一 calls another year 本年度
// ("本年度（2019年）"), or tells another year's work as its subject ("2019年，我局…") without
// mentioning the report year once (warning); (3) a sentence of any section but 五 opens with an earlier
// year and tells that year's work as the report's own ("2022年，本机关主动公开政府信息…" in a 2023
// report): text left over from an earlier report (warning). Comparisons (较上年, 比2022年) and
// sentences that also name the report year are not flagged.
import type { Finding } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import { BASIS, periodYearMessage, section1YearMessage, strayYearMessage, thisYearMessage } from '../messages';
import { parseNumberToken } from '../numbers';
import { excerptAt, yearsIn, type Scan } from '../text/scan';
import type { Rule } from '../rule';

const PERIOD =
  /统计(?:期限|周期|时限|期间|区间|时间|范围|时段)?[^。；\d]{0,12}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日起?(?:至|到|—|－|-|~|～)+((?:19|20)\d{2})?年?(\d{1,2})月(\d{1,2})日/;
const THIS_YEAR_AS = /(?:本年度?|今年)[（(]((?:19|20)\d{2})年?度?[)）]/g;
const LEADING_YEAR =
  /(?:^|[。；！？])(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?((?:19|20)\d{2})年度?(?:以来|全年|[，,]|我|本)([^。；！？]{0,10})/g;
const PLANS = /将|计划|拟|继续|下一步/;
const STRAY_OPENING = /((?:19|20)\d{2})年度?(?:全年)?[，,]/g;
/** A list number in front of a sentence: "（一）", "2.", "三、". */
const NUMBERING = /(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])$/;
const WORK_DONE = /公开|收到|受理|办理|答复|发布|制发|印发|开展|组织|举办|完成|接收/;
const COMPARISON = /较|比|同比|相比|增长|下降|减少|增加|上升|以来|至今|分别|同期|上年|去年/;
/** Section 五 rightly tells the previous year's problems and what was done about them. */
const STRAY_SECTIONS = new Set([1, 2, 3, 4, 6]);

/** The sentence that starts at `start`, up to its 。；！？ (the regex always matches). */
const sentenceFrom = (text: string, start: number): string => /^[^。；！？]*/.exec(text.slice(start))![0];

/** The year in the title: "2020 年…", "2020年度…", "二〇二〇年…". */
export function titleYear(title: string | null): number | undefined {
  if (!title) return undefined;
  const digits = /((?:19|20)\d{2})\s*年/.exec(title);
  if (digits) return Number(digits[1]);
  const chinese = /([二][〇零][〇零一二三四五六七八九]{2})年/.exec(title)?.[1];
  if (!chinese) return undefined;
  return Number([...chinese].map((char) => parseNumberToken(char) ?? 0).join(''));
}

function checkPeriod(scan: Scan, year: number, fromTitle: boolean, rule: string): Finding[] {
  const match = PERIOD.exec(scan.text);
  if (!match) return [];
  const start = Number(match[1]);
  const end = match[4] ? Number(match[4]) : start;
  if (start === year && end === year) return [];
  const period = match[0].replace(/^统计[^\d]*/, '');
  return [
    makeFinding({
      rule,
      severity: 'error',
      message: periodYearMessage(year, period, fromTitle),
      cells: [],
      formula: `标题年度 ${year}，统计期限 ${start === end ? start : `${start}—${end}`}`,
      excerpt: excerptAt(scan, match.index, match.index + match[0].length, 0),
      ...(scan.source ? { excerptSource: scan.source } : {}),
      basis: BASIS.year,
      discriminator: 'period',
    }),
  ];
}

function checkSection1(scan: Scan, year: number, rule: string): Finding[] {
  const finding = (message: string, start: number, end: number, discriminator: string): Finding =>
    makeFinding({
      rule,
      severity: 'warning',
      message,
      cells: [],
      excerpt: excerptAt(scan, start, end),
      ...(scan.source ? { excerptSource: scan.source } : {}),
      basis: BASIS.year,
      discriminator,
    });
  for (const match of scan.text.matchAll(THIS_YEAR_AS)) {
    if (Number(match[1]) !== year)
      return [
        finding(thisYearMessage(year, match[0]), match.index, match.index + match[0].length, 'thisYear'),
      ];
  }
  if (yearsIn(scan.text).includes(year)) return [];
  // The report year is not written anywhere here, so every leading year is another one.
  const leading = [...scan.text.matchAll(LEADING_YEAR)].filter((match) => !PLANS.test(match[2]!));
  const first = leading[0];
  if (!first) return [];
  const others = [...new Set(leading.map((match) => Number(match[1])))];
  const start = first.index + first[0].search(/\d{4}/);
  const sentence = sentenceFrom(scan.text, start);
  const quote = sentence.length > 20 ? `${sentence.slice(0, 20)}…` : sentence;
  return [finding(section1YearMessage(year, others, quote), start, start + sentence.length, 'section1')];
}

/** True when scan.text[index] opens a sentence: after 。；！？, at the start of a line, or after a list number. */
function opensSentence(scan: Scan, index: number): boolean {
  const before = scan.text.slice(Math.max(0, index - 4), index);
  const trimmed = before.replace(NUMBERING, '');
  const at = index - (before.length - trimmed.length);
  if (at === 0 || /[。；！？]$/.test(trimmed)) return true;
  // Whitespace is gone from the scan: a line break in the original before it ends the line above.
  const gap = scan.original.slice((scan.offsets[at - 1] ?? 0) + 1, scan.offsets[at] ?? 0);
  return gap.includes('\n');
}

function checkStray(scan: Scan, year: number, section: number, rule: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of scan.text.matchAll(STRAY_OPENING)) {
    const stray = Number(match[1]);
    const start = match.index;
    if (!opensSentence(scan, start)) continue;
    const sentence = sentenceFrom(scan.text, start);
    // The opening ("2022年，", "2022年度全年，") holds none of the words looked for: the whole sentence is read.
    if (stray >= year || !WORK_DONE.test(sentence) || COMPARISON.test(sentence) || PLANS.test(sentence)) continue;
    if (yearsIn(sentence).includes(year)) continue;
    const quote = sentence.length > 24 ? `${sentence.slice(0, 24)}…` : sentence;
    findings.push(
      makeFinding({
        rule,
        severity: 'warning',
        message: strayYearMessage(year, stray, quote),
        cells: [],
        excerpt: excerptAt(scan, start, Math.min(scan.text.length, start + sentence.length + 1), 0),
        ...(scan.source ? { excerptSource: scan.source } : {}),
        basis: BASIS.year,
        discriminator: `stray:${section}:${stray}:${findings.length + 1}`,
      }),
    );
  }
  return findings;
}

export const textYear: Rule = {
  id: 'text.year',
  check(context) {
    const { report } = context;
    const fromTitle = titleYear(report.title);
    const year = fromTitle ?? report.year;
    if (year === null) return [];
    const findings: Finding[] = [];
    const sectionScans = report.sections.map((section) => ({
      number: section.number,
      scan: context.scan(section, section.text, section.source),
    }));
    const periodScan = sectionScans.find(({ scan }) => PERIOD.test(scan.text))?.scan ?? context.scan(report, report.text);
    findings.push(...checkPeriod(periodScan, year, fromTitle !== undefined, this.id));
    const section1 = sectionScans.find((section) => section.number === 1);
    const section1Findings = section1 ? checkSection1(section1.scan, year, this.id) : [];
    findings.push(...section1Findings);
    for (const { number, scan } of sectionScans) {
      // Section 一 already flagged as telling another year's work is not flagged again sentence by sentence.
      if (!STRAY_SECTIONS.has(number) || (number === 1 && section1Findings.length > 0)) continue;
      findings.push(...checkStray(scan, year, number, this.id));
    }
    return findings;
  },
};
