// One report in the Word export: heading, metadata, the annotated findings table and the corrections.
import { HeadingLevel, Paragraph, type Table, type TextRun } from 'docx';
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import {
  contentWidthTwip,
  fontSize,
  para,
  ruledTable,
  run,
  textCell,
  widthsToFill,
  type CellContent,
  type RunStyle,
} from './docx-kit';
import {
  resolvedLegend,
  resolvedMark,
  reviewerAddedMark,
  findingLabel,
  sectionText,
  severityColors,
  severityLabels,
  severityOrder,
  templateLabel,
} from './labels';
import {
  completionText,
  formatReportDate,
  formatTime,
  formatValue,
  describeCells,
  placeOf,
  reportName,
  findingTally,
  resolvedSentence,
  type FindingTally,
  splitFindings,
  statusOf,
  statusText,
  type ExportOptions,
} from './report-view';

/** Rows of cells listed for one finding in print; the rest are counted. */
const printedCellLines = 6;

const small: RunStyle = { size: fontSize.xiaoWu };
const note: RunStyle = { size: fontSize.xiaoWu, color: '595959' };

/** "错误 2、警告 1": the non-zero severities only. */
const severityBreakdown = (counts: FindingTally): string =>
  severityOrder
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${severityLabels[severity]} ${counts[severity]}`)
    .join('、');

function metadata(detail: ReportDetail): Paragraph[] {
  const { summary } = detail;
  const counts = findingTally(detail.findings);
  const label = (text: string): TextRun => run(text, { bold: true });
  const lines: Paragraph[] = [
    para([
      label('单位：'),
      summary.agency ?? '未识别',
      '　　',
      label('年度：'),
      summary.year === null ? '未识别' : `${summary.year} 年度`,
    ]),
    para([label('文件：'), summary.fileName]),
    para([label('SHA-256：'), run(summary.id, { size: fontSize.xiaoWu, font: 'Consolas' })]),
    para([
      label('格式：'),
      templateLabel(summary.template),
      '　　',
      label('发布日期：'),
      formatReportDate(summary.date),
    ]),
  ];
  if (detail.title) lines.push(para([label('报告标题：'), detail.title]));
  const found =
    counts.total === 0
      ? '未发现问题。'
      : `发现问题 ${counts.total} 项（${severityBreakdown(counts)}）：` +
        `确认问题 ${counts.confirmed} 项，不是问题 ${counts.dismissed} 项，` +
        `标记待复核 ${counts.pending} 项，未处理 ${counts.unreviewed} 项。`;
  lines.push(para([label('审查情况：'), found + resolvedSentence(counts)]));
  lines.push(para([label('审查状态：'), completionText(detail)], { spacingAfter: 120 }));
  return lines;
}

type Lines = (string | TextRun[])[];

/** The finding's name in the reviewer's words. */
const ruleLines = (finding: ReviewedFinding): Lines => [findingLabel(finding)];

/** Who decided, and when. */
const signatureLines = ({ review }: ReviewedFinding): Lines =>
  review ? [review.reviewer, [run(formatTime(review.at), note)]] : [];

/** The row of one standing finding (confirmed or still pending). */
function findingRow(detail: ReportDetail, finding: ReviewedFinding, index: number): CellContent[] {
  const confirmed = statusOf(finding) === 'confirmed';
  const message: TextRun[] = [run(finding.message, small)];
  if (finding.origin === 'reviewer')
    message.push(run(reviewerAddedMark, { ...small, bold: true, color: '1F5FA8' }));
  const messageLines: Lines = [message];
  if (finding.excerpt) messageLines.push([run(`原文：“${finding.excerpt}”`, note)]);
  if (finding.basis) messageLines.push([run(`依据：${finding.basis}`, note)]);
  const statusLines: Lines = [
    [
      run(statusText(finding), {
        ...small,
        bold: confirmed,
        color: confirmed ? severityColors.error.text : undefined,
      }),
    ],
  ];
  if (finding.resolved) statusLines.push([run(resolvedMark, note)]);
  const cell = (lines: Lines, center = false): CellContent => ({
    lines,
    center,
    style: small,
  });
  return [
    cell([String(index + 1)], true),
    cell(
      [
        [
          run(severityLabels[finding.severity], {
            ...small,
            bold: true,
            color: severityColors[finding.severity].text,
          }),
        ],
      ],
      true,
    ),
    cell(ruleLines(finding)),
    cell(messageLines),
    cell([finding.formula ?? '']),
    cell(describeCells(detail, finding.cells, printedCellLines)),
    cell(statusLines, true),
    cell(finding.review?.comment ? finding.review.comment.split('\n') : []),
    cell(signatureLines(finding)),
  ];
}

function findingsTable(detail: ReportDetail, findings: ReviewedFinding[]): Table {
  const widths = widthsToFill([1.1, 1.8, 2.5, 5.8, 2.8, 3.5, 1.8, 3.3, 0], contentWidthTwip.landscape);
  const headers = [
    '序号',
    '严重程度',
    '规则',
    '问题说明',
    '计算',
    '涉及单元格',
    '审查结论',
    '审查意见',
    '审查人/时间',
  ];
  const centered = new Set(['序号', '严重程度', '审查结论']);
  return ruledTable(
    headers.map((header, index) => ({ header, widthTwip: widths[index] ?? 0, center: centered.has(header) })),
    findings.map((finding, index) => findingRow(detail, finding, index)),
  );
}

/** Dismissed findings on their own, each with the reviewer's reason. */
function dismissedTable(detail: ReportDetail, findings: ReviewedFinding[]): Table {
  const widths = widthsToFill([1.1, 1.8, 2.5, 7.5, 3.5, 5.5, 0], contentWidthTwip.landscape);
  const headers = sectionText.dismissedHeaders;
  return ruledTable(
    headers.map((header, index) => ({ header, widthTwip: widths[index] ?? 0, center: index < 2 })),
    findings.map((finding, index) => {
      const message: TextRun[] = [run(finding.message, small)];
      if (finding.origin === 'reviewer') message.push(run(reviewerAddedMark, { ...small, bold: true }));
      return [
        textCell(String(index + 1), { center: true, style: small }),
        textCell(severityLabels[finding.severity], { center: true, style: small }),
        { lines: ruleLines(finding), style: small },
        {
          lines: [message, ...(finding.formula ? [[run(`计算：${finding.formula}`, note)]] : [])],
          style: small,
        },
        { lines: describeCells(detail, finding.cells, printedCellLines), style: small },
        textCell(finding.review?.comment || sectionText.noReason, { style: small }),
        { lines: signatureLines(finding), style: small },
      ];
    }),
  );
}

function correctionsTable(detail: ReportDetail): Table {
  const widths = widthsToFill([7.5, 2.5, 2.5, 2.5, 0], 18 * 567);
  const headers = sectionText.correctionHeaders;
  return ruledTable(
    headers.map((header, index) => ({ header, widthTwip: widths[index] ?? 0, center: index > 0 })),
    detail.corrections.map((correction) => [
      textCell(placeOf(detail, correction.cellId)),
      textCell(formatValue(correction.original)),
      textCell(formatValue(correction.corrected), { style: { bold: true } }),
      textCell(correction.reviewer),
      textCell(formatTime(correction.at)),
    ]),
  );
}

/** Explains only the marks that this findings table uses. */
function legendOf(findings: ReviewedFinding[]): string | null {
  const parts: string[] = [];
  if (findings.some((finding) => finding.origin === 'reviewer'))
    parts.push(`标“${reviewerAddedMark}”的问题由审查人手工添加`);
  if (findings.some((finding) => finding.resolved))
    parts.push(`标“${resolvedMark}”的问题：${resolvedLegend}`);
  return parts.length > 0 ? `注：${parts.join('；')}。` : null;
}

const heading2 = (text: string): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });

/** The body of one report's section; the caller starts it on a new landscape page. */
export function reportSection(detail: ReportDetail, options: ExportOptions = {}): (Paragraph | Table)[] {
  const { standing, dismissed, omitted } = splitFindings(detail, options.dismissed);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(reportName(detail))] }),
    ...metadata(detail),
    heading2(`一、${sectionText.findings}`),
  ];
  if (standing.length === 0) {
    children.push(para(sectionText.noFindings(detail.findings.length > 0)));
  } else {
    children.push(findingsTable(detail, standing));
    const legend = legendOf(standing);
    if (legend) children.push(para([run(legend, note)], { spacingBefore: 60, spacingAfter: 120 }));
  }
  if (dismissed.length > 0) {
    children.push(heading2(`二、${sectionText.dismissed}`));
    children.push(dismissedTable(detail, dismissed));
  } else if (omitted > 0) {
    children.push(para([run(sectionText.omitted(omitted), note)], { spacingBefore: 60 }));
  }
  children.push(heading2(`${dismissed.length > 0 ? '三' : '二'}、${sectionText.corrections}`));
  children.push(detail.corrections.length === 0 ? para(sectionText.noCorrections) : correctionsTable(detail));
  return children;
}
