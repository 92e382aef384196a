// One report in the Word export: heading, metadata, the annotated findings table and the corrections.
import { HeadingLevel, Paragraph, type Table, type TextRun } from 'docx';
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import type { Severity } from '../../../shared/report';
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
  dismissedColor,
  resolvedMark,
  reviewerAddedMark,
  ruleLabel,
  severityColors,
  severityLabels,
  severityOrder,
  templateLabel,
} from './labels';
import {
  formatReportDate,
  formatTime,
  formatValue,
  orderedFindings,
  placeOf,
  reportName,
  reviewCounts,
  statusOf,
  statusText,
} from './report-view';

const small: RunStyle = { size: fontSize.xiaoWu };
const note: RunStyle = { size: fontSize.xiaoWu, color: '595959' };

/** "错误 2、警告 1": the non-zero severities only. */
const severityBreakdown = (counts: Record<Severity, number>): string =>
  severityOrder
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${severityLabels[severity]} ${counts[severity]}`)
    .join('、');

function metadata(detail: ReportDetail): Paragraph[] {
  const { summary } = detail;
  const counts = reviewCounts(detail);
  const label = (text: string): TextRun => run(text, { bold: true });
  const lines: Paragraph[] = [
    para([label('文件：'), summary.fileName]),
    para([
      label('格式：'),
      templateLabel(summary.template),
      '　　',
      label('发布日期：'),
      formatReportDate(summary.date),
    ]),
  ];
  if (detail.title) lines.push(para([label('报告标题：'), detail.title]));
  const total = detail.findings.length;
  const found =
    total === 0
      ? '未发现问题。'
      : `发现问题 ${total} 项（${severityBreakdown(summary.counts)}），` +
        `已处理 ${summary.reviewed}/${summary.total}：确认问题 ${counts.confirmed} 项，不是问题 ${counts.dismissed} 项，待复核 ${counts.pending} 项。`;
  lines.push(para([label('审查情况：'), found], { spacingAfter: 120 }));
  return lines;
}

/** The row of one finding; a dismissed finding is greyed out but kept for the record. */
function findingRow(detail: ReportDetail, finding: ReviewedFinding, index: number): CellContent[] {
  const status = statusOf(finding);
  const dismissed = status === 'dismissed';
  const colors = severityColors[finding.severity];
  const base: RunStyle = dismissed ? { ...small, color: dismissedColor.text } : small;
  const shading = dismissed ? dismissedColor.fill : undefined;
  const message: TextRun[] = [run(finding.message, base)];
  if (finding.origin === 'reviewer')
    message.push(
      run(reviewerAddedMark, { ...base, bold: true, color: dismissed ? dismissedColor.text : '1F5FA8' }),
    );
  const messageLines: (string | TextRun[])[] = [message];
  if (finding.excerpt) messageLines.push([run(`原文：“${finding.excerpt}”`, note)]);
  if (finding.basis) messageLines.push([run(`依据：${finding.basis}`, note)]);
  const statusRuns: TextRun[] = [
    run(statusText(finding), {
      ...base,
      bold: status === 'confirmed',
      color: status === 'confirmed' ? severityColors.error.text : base.color,
    }),
  ];
  const statusLines: (string | TextRun[])[] = [statusRuns];
  if (finding.resolved) statusLines.push([run(resolvedMark, note)]);
  const review = finding.review;
  const cell = (lines: (string | TextRun[])[], center = false): CellContent => ({
    lines,
    shading,
    center,
    style: base,
  });
  return [
    cell([String(index + 1)], true),
    cell(
      [
        [
          run(severityLabels[finding.severity], {
            ...base,
            bold: !dismissed,
            color: dismissed ? base.color : colors.text,
          }),
        ],
      ],
      true,
    ),
    cell([ruleLabel(finding.rule), [run(finding.rule, { ...note, size: 14 })]]),
    cell(messageLines),
    cell([finding.formula ?? '']),
    cell(finding.cells.map((id) => placeOf(detail, id))),
    cell(statusLines, true),
    cell(review?.comment ? review.comment.split('\n') : []),
    cell(
      review
        ? [review.reviewer, [run(formatTime(review.at), { ...note, color: base.color ?? note.color })]]
        : [],
    ),
  ];
}

function findingsTable(detail: ReportDetail): Table {
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
    orderedFindings(detail).map((finding, index) => findingRow(detail, finding, index)),
  );
}

function correctionsTable(detail: ReportDetail): Table {
  const widths = widthsToFill([7.5, 2.5, 2.5, 2.5, 0], 18 * 567);
  const headers = ['单元格', '原值', '更正值', '更正人', '时间'];
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

/** Explains only the marks that this report's table uses. */
function legendOf(detail: ReportDetail): string | null {
  const parts: string[] = [];
  if (detail.findings.some((finding) => finding.origin === 'reviewer'))
    parts.push(`标“${reviewerAddedMark}”的问题由审查人手工添加`);
  if (detail.findings.some((finding) => statusOf(finding) === 'dismissed'))
    parts.push('灰色行为经复核认定“不是问题”的条目，保留备查');
  if (detail.findings.some((finding) => finding.resolved))
    parts.push(`标“${resolvedMark}”的问题在更正单元格后已不再由检查规则提出`);
  return parts.length > 0 ? `注：${parts.join('；')}。` : null;
}

/** The body of one report's section; the caller starts it on a new landscape page. */
export function reportSection(detail: ReportDetail): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(reportName(detail))] }),
    ...metadata(detail),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('一、发现的问题')] }),
  ];
  if (detail.findings.length === 0) {
    children.push(para('未发现问题。'));
  } else {
    children.push(findingsTable(detail));
    const legend = legendOf(detail);
    if (legend) children.push(para([run(legend, note)], { spacingBefore: 60, spacingAfter: 120 }));
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run('二、单元格更正记录')] }));
  children.push(detail.corrections.length === 0 ? para('无更正。') : correctionsTable(detail));
  return children;
}
