// Finds the six statutory sections (一 … 六) by their headings.
import type { SourceDocument } from '../../../shared/document';
import type { Finding, SectionInfo } from '../../../shared/report';
import { makeFinding } from '../findings';
import { parseMessages } from './messages';
import { normalizeLabel, normalizeSpacing } from './normalize';

type SectionNumber = SectionInfo['number'];

const numerals: Record<string, SectionNumber> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** The canonical titles and their variants: they name the section whatever its numeral (numbering may restart). */
const titleWords: Record<SectionNumber, RegExp> = {
  1: /^总体情况$/,
  2: /主动公开政府信息的?情况/,
  3: /收到和处理政府信息公开申请的?情况/,
  4: /行政复议.{0,4}行政诉讼/,
  5: /存在的?主要问题/,
  6: /其他需要报告的?事项/,
};

/** Looser words, trusted only when the numeral agrees (e.g. "五、存在问题及整改措施"). */
const headingWords: Record<SectionNumber, RegExp> = {
  1: /总体情况|基本情况|概述/,
  2: /主动公开/,
  3: /收到和处理|依申请公开|公开申请情况|申请情况/,
  4: /行政复议|行政诉讼/,
  5: /存在的?主要问题|存在问题|问题及|改进情况|整改/,
  6: /其他需要报告|其他事项|需要报告的事项/,
};

const headingPattern = /^(?:第)?([一二三四五六])(?:部分)?[、.,:：]\s*(.+)$/;

export interface SectionHeading {
  number: SectionNumber;
  line: number;
  title: string;
  /** Section 五 known by its first sub-heading: the heading was lost, the line is part of the text. */
  untitled?: true;
}

/**
 * A sub-heading that opens section 五: "（一）存在的主要问题", "（二）2024 年工作中存在问题的改进情况".
 * A sentence ("（一）存在的主要问题。2023年，…") is a paragraph that lost its section, not a heading.
 */
const problemsSubheading = /^[（(][一二三][)）][^。，；]{0,30}(?:存在[^。，；]{0,4}问题|主要问题|改进情况|整改)[^。，；]*$/;

/** A line that is a section heading: short, numbered 一…六, and worded like that section's title. */
export function headingOf(text: string): { number: SectionNumber; title: string } | null {
  const key = normalizeLabel(text);
  if (key.length > 40) return null;
  const match = headingPattern.exec(key);
  if (!match) return null;
  const title = match[2]!;
  const byTitle = ([1, 2, 3, 4, 5, 6] as const).find((n) => titleWords[n].test(title));
  const numeral = numerals[match[1]!];
  const number = byTitle ?? (numeral && headingWords[numeral].test(title) ? numeral : undefined);
  if (!number) return null;
  // Table rows such as "四、结转下年度继续办理" are numbered too, but never end in a figure.
  if (/\d$/.test(key)) return null;
  return { number, title: normalizeSpacing(text).replace(/^#+\s*/, '') };
}

/** The headings in document order, keeping the first occurrence of each number in increasing order. */
export function findHeadings(document: SourceDocument): SectionHeading[] {
  const headings: SectionHeading[] = [];
  document.lines.forEach((line, index) => {
    if (line.cells.length !== 1 || line.table) return;
    const heading = headingOf(line.cells[0]!.text);
    if (!heading) return;
    const last = headings[headings.length - 1];
    if (last && heading.number <= last.number) return;
    headings.push({ ...heading, line: index });
  });
  return withUntitledProblems(document, headings);
}

/**
 * Converters drop a heading now and then. Section 五 without one still starts with its sub-headings
 * (存在的主要问题, 改进情况) after section 四: the first such line opens it, so its text is checked and
 * the report is not told the section is missing.
 */
function withUntitledProblems(document: SourceDocument, headings: SectionHeading[]): SectionHeading[] {
  const four = headings.findIndex((heading) => heading.number === 4);
  if (four === -1 || headings.some((heading) => heading.number === 5)) return headings;
  const end = headings[four + 1]?.line ?? document.lines.length;
  for (let index = headings[four]!.line + 1; index < end; index++) {
    const line = document.lines[index]!;
    if (line.cells.length !== 1 || line.table) continue;
    const key = normalizeLabel(line.cells[0]!.text);
    if (key.length > 40 || !problemsSubheading.test(key)) continue;
    const opening: SectionHeading = { number: 5, line: index, title: line.cells[0]!.text.trim(), untitled: true };
    return [...headings.slice(0, four + 1), opening, ...headings.slice(four + 1)];
  }
  return headings;
}

export function buildSections(document: SourceDocument, headings: SectionHeading[]): SectionInfo[] {
  return headings.map((heading, i) => {
    const end = headings[i + 1]?.line ?? document.lines.length;
    const text = document.lines
      .slice(heading.untitled ? heading.line : heading.line + 1, end)
      .map((line) => line.cells.map((cell) => cell.text.trim()).join('\t'))
      .filter((line) => line.trim() !== '')
      .join('\n');
    const source = document.lines[heading.line]!.cells[0]!.source;
    return { number: heading.number, title: heading.title, text, source };
  });
}

/** Says where a section known only by its sub-headings was taken to start, for the reviewer to confirm. */
export function untitledSectionNotes(document: SourceDocument, headings: SectionHeading[]): Finding[] {
  return headings
    .filter((heading) => heading.untitled)
    .map((heading) =>
      makeFinding({
        rule: 'structure.sections',
        severity: 'info',
        message: parseMessages.untitledSection(heading.title),
        cells: [],
        excerpt: heading.title,
        excerptSource: document.lines[heading.line]!.cells[0]!.source,
        basis: parseMessages.sectionsBasis,
        discriminator: `untitled${heading.number}`,
      }),
    );
}
