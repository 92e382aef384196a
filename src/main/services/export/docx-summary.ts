// The Word export: a cover with the batch overview, then one landscape section per report.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { ReportDetail } from '../../../shared/ipc-contract';
import {
  contentWidthTwip,
  documentStyles,
  fontSize,
  headingFont,
  pageProperties,
  para,
  ruledTable,
  run,
  textCell,
  widthsToFill,
} from './docx-kit';
import { reportSection } from './docx-report-section';
import { documentTitle, sectionText, severityColors, templateLabel } from './labels';
import {
  conclusionOf,
  formatChineseDate,
  isFailed,
  overviewCounts,
  reviewersOf,
  scopeText,
  totalsSentence,
  unreviewedNotice,
  type ExportOptions,
} from './report-view';

/** The overview's count columns that stand out when not 0: errors and confirmed problems red, open work orange. */
const overviewColors = [
  severityColors.error.text,
  severityColors.warning.text,
  severityColors.info.text,
  severityColors.error.text,
  undefined,
  severityColors.warning.text,
  severityColors.warning.text,
];

function overviewTable(details: ReportDetail[]): Table {
  const widths = widthsToFill(
    [1.1, 4.0, 1.2, 1.5, 1.0, 1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 0],
    contentWidthTwip.portrait,
  );
  const headers = [
    '序号',
    '单位',
    '年度',
    '格式',
    '错误',
    '警告',
    '提示',
    '确认\n问题',
    '不是\n问题',
    '待复核',
    '未处理',
    '结论',
  ];
  return ruledTable(
    headers.map((header, index) => ({
      header,
      widthTwip: widths[index] ?? 0,
      center: index !== 1 && index !== headers.length - 1,
    })),
    details.map((detail, index) => {
      const { summary } = detail;
      const failed = isFailed(detail);
      const count = (value: number, color?: string) =>
        textCell(
          failed ? '—' : String(value),
          value > 0 && !failed && color ? { style: { color, bold: true } } : {},
        );
      return [
        textCell(String(index + 1)),
        textCell(summary.agency ?? summary.fileName),
        textCell(summary.year === null ? '—' : String(summary.year)),
        textCell(templateLabel(summary.template)),
        ...overviewCounts(detail.findings).map((value, column) => count(value, overviewColors[column])),
        textCell(conclusionOf(detail), failed ? { style: { color: severityColors.error.text } } : {}),
      ];
    }),
  );
}

function failedTable(failed: ReportDetail[]): Table {
  const widths = widthsToFill([5, 4, 0], contentWidthTwip.portrait);
  return ruledTable(
    ['文件', '单位', '失败原因'].map((header, index) => ({ header, widthTwip: widths[index] ?? 0 })),
    failed.map((detail) => [
      textCell(detail.summary.fileName),
      textCell(detail.summary.agency ?? '—'),
      textCell(detail.summary.error ?? ''),
    ]),
  );
}

function cover(details: ReportDetail[], options: ExportOptions): (Paragraph | Table)[] {
  const generatedAt = options.generatedAt ?? new Date();
  const failed = details.filter(isFailed);
  const label = (text: string): TextRun => run(text, { bold: true });
  const unreviewed = unreviewedNotice(details);
  const warning = (text: string): Paragraph =>
    para([run(text, { color: severityColors.warning.text, bold: true })], { spacingAfter: 240 });
  const title = (spacingAfter: number): Paragraph =>
    para([run(documentTitle, { font: headingFont, size: fontSize.xiaoEr, bold: true })], {
      alignment: AlignmentType.CENTER,
      spacingAfter,
    });
  const reviewer = reviewersOf(details, options.reviewer);
  const date = formatChineseDate(generatedAt);
  // One report: a title block over the report itself, whose 审查情况 line gives the counts.
  if (details.length === 1 && failed.length === 0) {
    return [
      title(120),
      para([label('审查人：'), reviewer, '\u3000\u3000', label('生成日期：'), date], {
        alignment: AlignmentType.CENTER,
        spacingAfter: 240,
      }),
      ...(unreviewed ? [warning(unreviewed)] : []),
    ];
  }
  const children: (Paragraph | Table)[] = [
    title(480),
    para([label('生成日期：'), date], { spacingAfter: 60 }),
    para([label('审  查  人：'), reviewer], { spacingAfter: 60 }),
    para([label('审查范围：'), scopeText(details)], { spacingAfter: 60 }),
    para([label('审查结果：'), totalsSentence(details)], { spacingAfter: 240 }),
  ];
  if (unreviewed) children.push(warning(unreviewed));
  if (details.length > 1) {
    children.push(
      para([run('审查概况', { font: headingFont, size: fontSize.xiaoSi, bold: true })], {
        keepNext: true,
        spacingAfter: 120,
      }),
    );
    children.push(overviewTable(details));
  }
  if (failed.length > 0) {
    children.push(
      para([run('未能审查的报告', { font: headingFont, size: fontSize.xiaoSi, bold: true })], {
        spacingBefore: 360,
        keepNext: true,
        spacingAfter: 120,
      }),
    );
    children.push(para(sectionText.failedIntro, { spacingAfter: 120 }));
    children.push(failedTable(failed));
  }
  return children;
}

const pageHeader = (): Header =>
  new Header({
    children: [
      para([run(documentTitle, { size: fontSize.xiaoWu, color: '808080' })], {
        alignment: AlignmentType.RIGHT,
      }),
    ],
  });

const pageFooter = (): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: '第 ', size: fontSize.xiaoWu }),
          new TextRun({ children: [PageNumber.CURRENT], size: fontSize.xiaoWu }),
          new TextRun({ text: ' 页，共 ', size: fontSize.xiaoWu }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: fontSize.xiaoWu }),
          new TextRun({ text: ' 页', size: fontSize.xiaoWu }),
        ],
      }),
    ],
  });

function buildSummaryDocument(details: ReportDetail[], options: ExportOptions = {}): Document {
  const reviewed = details.filter((detail) => !isFailed(detail));
  const reportPage = (children: (Paragraph | Table)[]): ISectionOptions => ({
    properties: pageProperties('landscape'),
    headers: { default: pageHeader() },
    footers: { default: pageFooter() },
    children,
  });
  const [only] = reviewed;
  // A single report needs no cover page of its own: the cover lines head the report's page.
  const sections: ISectionOptions[] =
    details.length === 1 && only
      ? [reportPage([...cover(details, options), ...reportSection(only, options)])]
      : [
          {
            properties: pageProperties('portrait'),
            footers: { default: pageFooter() },
            children: cover(details, options),
          },
          ...reviewed.map((detail) => reportPage(reportSection(detail, options))),
        ];
  return new Document({
    creator: reviewersOf(details, options.reviewer),
    title: documentTitle,
    styles: documentStyles,
    sections,
  });
}

export async function exportReportsDocx(
  details: ReportDetail[],
  options: ExportOptions = {},
): Promise<Buffer> {
  return Packer.toBuffer(buildSummaryDocument(details, options));
}
