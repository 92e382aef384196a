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
import { documentTitle, severityColors, templateLabel } from './labels';
import {
  conclusionOf,
  formatChineseDate,
  isFailed,
  reviewCounts,
  reviewersOf,
  type ExportOptions,
} from './report-view';

function totalsSentence(details: ReportDetail[]): string {
  const reviewed = details.filter((detail) => !isFailed(detail));
  const sum = { error: 0, warning: 0, info: 0, confirmed: 0, dismissed: 0, pending: 0, findings: 0 };
  for (const detail of reviewed) {
    const counts = reviewCounts(detail);
    sum.error += detail.summary.counts.error;
    sum.warning += detail.summary.counts.warning;
    sum.info += detail.summary.counts.info;
    sum.confirmed += counts.confirmed;
    sum.dismissed += counts.dismissed;
    sum.pending += counts.pending;
    sum.findings += detail.findings.length;
  }
  if (sum.findings === 0) return '未发现问题。';
  return (
    `共发现问题 ${sum.findings} 项，其中错误 ${sum.error} 项、警告 ${sum.warning} 项、提示 ${sum.info} 项；` +
    `经复核确认问题 ${sum.confirmed} 项，认定不是问题 ${sum.dismissed} 项，尚待复核 ${sum.pending} 项。`
  );
}

function overviewTable(details: ReportDetail[]): Table {
  const widths = widthsToFill([1.1, 4.4, 1.3, 1.5, 1.1, 1.1, 1.1, 2.2, 0], contentWidthTwip.portrait);
  const headers = ['序号', '单位', '年度', '格式', '错误', '警告', '提示', '已处理/总数', '结论'];
  return ruledTable(
    headers.map((header, index) => ({
      header,
      widthTwip: widths[index] ?? 0,
      center: index !== 1 && index !== 8,
    })),
    details.map((detail, index) => {
      const { summary } = detail;
      const failed = isFailed(detail);
      const count = (value: number, color: string) =>
        textCell(failed ? '—' : String(value), value > 0 && !failed ? { style: { color, bold: true } } : {});
      return [
        textCell(String(index + 1)),
        textCell(summary.agency ?? summary.fileName),
        textCell(summary.year === null ? '—' : String(summary.year)),
        textCell(templateLabel(summary.template)),
        count(summary.counts.error, severityColors.error.text),
        count(summary.counts.warning, severityColors.warning.text),
        count(summary.counts.info, severityColors.info.text),
        textCell(failed ? '—' : `${summary.reviewed}/${summary.total}`),
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
  const countText =
    failed.length > 0 ? `${details.length} 份（其中导入失败 ${failed.length} 份）` : `${details.length} 份`;
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
    ];
  }
  const children: (Paragraph | Table)[] = [
    title(480),
    para([label('生成日期：'), date], { spacingAfter: 60 }),
    para([label('审  查  人：'), reviewer], { spacingAfter: 60 }),
    para([label('报告数量：'), countText], { spacingAfter: 60 }),
    para([label('审查结果：'), totalsSentence(details)], { spacingAfter: 240 }),
  ];
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
    children.push(para('以下文件未能读取表格，未作审查，请核对原件后重新导入：', { spacingAfter: 120 }));
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

export function buildSummaryDocument(details: ReportDetail[], options: ExportOptions = {}): Document {
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
      ? [reportPage([...cover(details, options), ...reportSection(only)])]
      : [
          {
            properties: pageProperties('portrait'),
            footers: { default: pageFooter() },
            children: cover(details, options),
          },
          ...reviewed.map((detail) => reportPage(reportSection(detail))),
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
