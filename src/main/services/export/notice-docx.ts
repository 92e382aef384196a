// One body's notice as a Word letter (A4 portrait, 公文 layout): 整改通知书 listing each problem in the
// form's words with its cells, numbers and the reviewer's opinion, the corrections, the deadline, contact and
// signature; or a short 审查意见书 when nothing needs correcting. A report whose review is not finished gets a
// draft banner: its undecided findings are not problems yet and are not listed.
import { AlignmentType, Document, Packer, Paragraph, type ISectionOptions } from 'docx';
import type { OfficeSettings, ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import { awaitsDecision, countsAsProblem, isReportReviewed } from '../../domain/review-outcome';
import { pageProperties, run, type RunStyle } from './docx-kit';
import { ruleLabel, severityColors, severityLabels, severityOrder } from './labels';
import { blank, chineseOrdinal, correctionFor, noticeText, noticeTitles } from './notice-text';
import { describeCells, formatChineseDate, formatReportDate } from './report-view';

/** Sizes in half-points: 四号 body, 小二 title. */
const size = { title: 36, body: 28, small: 24 };
const font = {
  body: {
    ascii: 'Times New Roman',
    hAnsi: 'Times New Roman',
    eastAsia: 'FangSong',
    cs: 'FangSong',
    hint: 'eastAsia' as const,
  },
  heading: {
    ascii: 'Times New Roman',
    hAnsi: 'Times New Roman',
    eastAsia: 'SimHei',
    cs: 'SimHei',
    hint: 'eastAsia' as const,
  },
  title: {
    ascii: 'Times New Roman',
    hAnsi: 'Times New Roman',
    eastAsia: 'SimSun',
    cs: 'SimSun',
    hint: 'eastAsia' as const,
  },
};
/** Two characters of 四号 (14 pt = 280 twips each): the first-line indent of a paragraph. */
const indentTwip = 560;
const lineTwip = 440;

export interface NoticeOptions {
  office: OfficeSettings;
  generatedAt: Date;
}

const text = (value: string, style: RunStyle = {}) =>
  run(value, { font: font.body, size: size.body, ...style });

function paragraph(
  children: ReturnType<typeof run>[],
  options: {
    indent?: number;
    hanging?: number;
    align?: 'center' | 'right';
    after?: number;
    before?: number;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    children,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.JUSTIFIED,
    indent: { firstLine: options.indent, left: options.hanging, hanging: undefined },
    spacing: { line: lineTwip, before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
  });
}

const heading = (value: string): Paragraph =>
  paragraph([run(value, { font: font.heading, size: size.body, bold: true })], {
    indent: indentTwip,
    before: 120,
    keepNext: true,
  });

/** The problems of a notice, most serious first, the checks' order within a severity. */
export function noticeProblems(detail: ReportDetail): ReviewedFinding[] {
  return detail.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => countsAsProblem(finding))
    .sort(
      (a, b) =>
        severityOrder.indexOf(a.finding.severity) - severityOrder.indexOf(b.finding.severity) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

function problemParagraphs(detail: ReportDetail, finding: ReviewedFinding, index: number): Paragraph[] {
  const label = (value: string) => text(value, { bold: true });
  const lines: Paragraph[] = [
    paragraph(
      [
        text(`（${chineseOrdinal(index)}）`),
        text(`[${severityLabels[finding.severity]}] `, {
          bold: true,
          color: severityColors[finding.severity].text,
        }),
        label(`${ruleLabel(finding.rule)}：`),
        text(finding.message),
      ],
      { indent: indentTwip, keepNext: true },
    ),
  ];
  const detailLine = (name: string, value: string) =>
    lines.push(paragraph([label(name), text(value, { size: size.small })], { hanging: indentTwip * 2 }));
  const places = describeCells(detail, finding.cells, 6);
  if (places.length > 0) detailLine(noticeText.place, places.join('；'));
  if (finding.formula) detailLine(noticeText.formula, finding.formula);
  if (finding.excerpt) detailLine(noticeText.excerpt, `“${finding.excerpt}”`);
  const comment = finding.review?.comment.trim();
  if (comment) detailLine(noticeText.opinion, comment);
  return lines;
}

/** The corrections the problems call for, each once, in the order of the problems. */
export const correctionsOf = (problems: ReviewedFinding[]): string[] => [
  ...new Set([...problems.map((finding) => correctionFor(finding.rule)), noticeText.republish]),
];

const addDays = (date: Date, days: number): Date =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The report as the notice names it: its own title, else body + year. */
function reportTitle(detail: ReportDetail): string {
  const { agency, year, fileName } = detail.summary;
  if (detail.title) return detail.title.replace(/^《|》$/g, '');
  return `${agency ?? fileName}${year ?? ''}年政府信息公开工作年度报告`;
}

export function noticeParagraphs(detail: ReportDetail, { office, generatedAt }: NoticeOptions): Paragraph[] {
  const officeName = office.officeName.trim() || blank;
  const problems = noticeProblems(detail);
  const open = isReportReviewed(detail) ? 0 : detail.findings.filter(awaitsDecision).length;
  const children: Paragraph[] = [];
  if (open > 0)
    children.push(
      paragraph(
        [
          text(noticeText.draftBanner(open), {
            bold: true,
            color: severityColors.error.text,
            size: size.small,
          }),
        ],
        { after: 200 },
      ),
    );
  children.push(
    paragraph(
      [
        run(problems.length > 0 ? noticeTitles.rectification : noticeTitles.opinion, {
          font: font.title,
          size: size.title,
          bold: true,
        }),
      ],
      {
        align: 'center',
        before: 240,
        after: 480,
      },
    ),
    paragraph([text(noticeText.salutation(detail.summary.agency ?? detail.summary.fileName))]),
    paragraph(
      [
        text(noticeText.intro(officeName, reportTitle(detail), formatReportDate(detail.summary.date))),
        text(
          problems.length > 0
            ? noticeText.problemsFound(problems.length)
            : open > 0
              ? noticeText.noProblemYet
              : noticeText.noProblem,
        ),
      ],
      { indent: indentTwip },
    ),
  );
  if (problems.length > 0) {
    children.push(heading(noticeText.problemsHeading));
    problems.forEach((finding, index) => children.push(...problemParagraphs(detail, finding, index)));
    children.push(heading(noticeText.correctionsHeading));
    correctionsOf(problems).forEach((line, index) =>
      children.push(paragraph([text(`${index + 1}. ${line}`)], { indent: indentTwip })),
    );
    children.push(heading(noticeText.deadlineHeading));
    const deadline = formatChineseDate(addDays(generatedAt, office.deadlineDays));
    children.push(paragraph([text(noticeText.deadline(deadline, officeName))], { indent: indentTwip }));
  }
  children.push(
    paragraph(
      [text(noticeText.contact(office.contactName.trim() || blank, office.contactPhone.trim() || blank))],
      {
        indent: indentTwip,
        before: 240,
      },
    ),
    paragraph([text(officeName)], { align: 'right', before: 720 }),
    paragraph([text(formatChineseDate(generatedAt))], { align: 'right' }),
  );
  return children;
}

export function noticeDocument(detail: ReportDetail, options: NoticeOptions): Document {
  const section: ISectionOptions = {
    properties: pageProperties('portrait'),
    children: noticeParagraphs(detail, options),
  };
  return new Document({
    creator: options.office.officeName || '年报审查台',
    title: noticeTitles.rectification,
    styles: {
      default: {
        document: {
          run: { font: font.body, size: size.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [section],
  });
}

export const writeNotice = (detail: ReportDetail, options: NoticeOptions): Promise<Buffer> =>
  Packer.toBuffer(noticeDocument(detail, options));
