// The Markdown export: the Word document's content as text, for people who work with text tools.
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import {
  documentTitle,
  reviewerAddedMark,
  findingLabel,
  sectionText,
  severityLabels,
  templateLabel,
} from './labels';
import {
  completionText,
  conclusionOf,
  decisionText,
  formatChineseDate,
  formatReportDate,
  formatTime,
  formatValue,
  isFailed,
  overviewCounts,
  describeCells,
  placeOf,
  reportName,
  reviewersOf,
  scopeText,
  splitFindings,
  totalsSentence,
  unreviewedNotice,
  type ExportOptions,
} from './report-view';

/** Table cell text: pipes escaped, line breaks as <br>. */
const cell = (text: string | number | null | undefined): string =>
  text === null || text === undefined
    ? ''
    : String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

function table(headers: string[], rows: (string | number | null | undefined)[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

const reviewerAndTime = (finding: ReviewedFinding): string =>
  finding.review ? `${finding.review.reviewer} ${formatTime(finding.review.at)}` : '';

function messageOf(finding: ReviewedFinding): string {
  const lines = [finding.origin === 'reviewer' ? `${finding.message}${reviewerAddedMark}` : finding.message];
  if (finding.excerpt) lines.push(`原文：“${finding.excerpt}”`);
  if (finding.basis) lines.push(`依据：${finding.basis}`);
  return lines.join('\n');
}

function overview(details: ReportDetail[]): string[] {
  return table(
    ['序号', '单位', '年度', '格式', '错误', '警告', '提示', '确认问题', '不是问题', '待复核', '未处理', '结论'],
    details.map((detail, index) => {
      const { summary } = detail;
      const counts = overviewCounts(detail.findings);
      const values = isFailed(detail) ? counts.map(() => '—') : counts;
      return [
        index + 1,
        summary.agency ?? summary.fileName,
        summary.year ?? '—',
        templateLabel(summary.template),
        ...values,
        conclusionOf(detail),
      ];
    }),
  );
}

function reportPart(detail: ReportDetail, number: number, options: ExportOptions): string[] {
  const { summary } = detail;
  const { standing, dismissed, omitted } = splitFindings(detail, options.dismissed);
  const lines = [
    `## ${number}. ${reportName(detail)}`,
    '',
    `- 单位：${summary.agency ?? '未识别'}`,
    `- 年度：${summary.year === null ? '未识别' : `${summary.year} 年度`}`,
    `- 格式：${templateLabel(summary.template)}`,
    `- 发布日期：${formatReportDate(summary.date)}`,
    `- 文件：${summary.fileName}`,
    `- SHA-256：\`${summary.id}\``,
    `- 审查状态：${completionText(detail)}`,
  ];
  if (detail.title) lines.push(`- 报告标题：${detail.title}`);
  lines.push('', `### ${sectionText.findings}`, '');
  if (standing.length === 0) lines.push(sectionText.noFindings(detail.findings.length > 0));
  else
    lines.push(
      ...table(
        ['序号', '严重程度', '规则', '问题说明', '计算', '涉及单元格', '审查结论', '审查意见', '审查人/时间'],
        standing.map((finding, index) => [
          index + 1,
          severityLabels[finding.severity],
          findingLabel(finding),
          messageOf(finding),
          finding.formula,
          describeCells(detail, finding.cells, 6).join('\n'),
          decisionText(finding),
          finding.review?.comment,
          reviewerAndTime(finding),
        ]),
      ),
    );
  if (dismissed.length > 0)
    lines.push(
      '',
      `### ${sectionText.dismissed}`,
      '',
      ...table(
        sectionText.dismissedHeaders,
        dismissed.map((finding, index) => [
          index + 1,
          severityLabels[finding.severity],
          findingLabel(finding),
          messageOf(finding),
          describeCells(detail, finding.cells, 6).join('\n'),
          finding.review?.comment || sectionText.noReason,
          reviewerAndTime(finding),
        ]),
      ),
    );
  else if (omitted > 0) lines.push('', sectionText.omitted(omitted));
  lines.push('', `### ${sectionText.corrections}`, '');
  if (detail.corrections.length === 0) lines.push(sectionText.noCorrections);
  else
    lines.push(
      ...table(
        sectionText.correctionHeaders,
        detail.corrections.map((correction) => [
          placeOf(detail, correction.cellId),
          formatValue(correction.original),
          formatValue(correction.corrected),
          correction.reviewer,
          formatTime(correction.at),
        ]),
      ),
    );
  return lines;
}

export async function exportReportsMarkdown(
  details: ReportDetail[],
  options: ExportOptions = {},
): Promise<Buffer> {
  const failed = details.filter(isFailed);
  const notice = unreviewedNotice(details);
  const lines = [
    `# ${documentTitle}`,
    '',
    `- 生成日期：${formatChineseDate(options.generatedAt ?? new Date())}`,
    `- 审查人：${reviewersOf(details, options.reviewer)}`,
    `- 审查范围：${scopeText(details)}`,
    `- 审查结果：${totalsSentence(details)}`,
  ];
  if (notice) lines.push('', `> ${notice}`);
  if (details.length > 1) lines.push('', '## 审查概况', '', ...overview(details));
  if (failed.length > 0)
    lines.push(
      '',
      '## 未能审查的报告',
      '',
      sectionText.failedIntro,
      '',
      ...table(
        ['文件', '失败原因'],
        failed.map((detail) => [detail.summary.fileName, detail.summary.error]),
      ),
    );
  details
    .filter((detail) => !isFailed(detail))
    .forEach((detail, index) => lines.push('', ...reportPart(detail, index + 1, options)));
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
