// The batch 通报 beside the notices: the overall picture, each body with its problem counts in order of
// seriousness, the ranking by score with the deductions behind it, the problems by rule (with the chart),
// and the reports whose review is not finished or that could not be read.
import { AlignmentType, Document, Packer, Paragraph, type Table } from 'docx';
import type { OfficeSettings, ReportDetail } from '../../../shared/ipc-contract';
import type { Rubric } from '../../../shared/scoring';
import { problemsByRuleChart } from '../../../shared/charts/problems-by-rule';
import { awaitsDecision } from '../../domain/review-outcome';
import { regionSummary } from '../../domain/summary/region-summary';
import { timelinessOf } from '../../domain/summary/timeliness';
import { renderChartPng } from './chart-png';
import {
  contentWidthTwip,
  documentStyles,
  fontSize,
  headingFont,
  imageParagraph,
  pageProperties,
  para,
  ruledTable,
  run,
  textCell,
  titleParagraph,
  widthsToFill,
} from './docx-kit';
import { ruleLabel, severityColors } from './labels';
import { blank, bulletinText } from './notice-text';
import {
  byRank,
  bySeriousness,
  bulletinEntries,
  deductionSummary,
  scoreText,
  type BulletinEntry,
} from './notice-batch-view';
import { formatChineseDate, isFailed, reportName } from './report-view';

export interface BulletinOptions {
  office: OfficeSettings;
  rubric: Rubric;
  generatedAt: Date;
}

const heading = (text: string): Paragraph =>
  para([run(text, { font: headingFont, size: fontSize.xiaoSi, bold: true })], {
    spacingBefore: 240,
    spacingAfter: 120,
    keepNext: true,
  });
const body = (text: string): Paragraph => para(text, { spacingAfter: 120 });
const note = (text: string): Paragraph =>
  para([run(text, { size: fontSize.xiaoWu, color: '595959' })], { spacingBefore: 60, spacingAfter: 120 });

function yearsText(details: ReportDetail[]): string {
  const years = [
    ...new Set(details.flatMap(({ summary }) => (summary.year === null ? [] : [summary.year]))),
  ].sort();
  if (years.length === 0) return '';
  return years.length === 1 ? `${years[0]}年度` : `${years[0]}—${years.at(-1)}年度`;
}

function overview(details: ReportDetail[], entries: BulletinEntry[]): string {
  const reviewed = entries.filter((entry) => entry.reviewed).length;
  const failed = details.filter(isFailed).length;
  const sum = (pick: (entry: BulletinEntry) => number) =>
    entries.reduce((total, entry) => total + pick(entry), 0);
  const withProblems = entries.filter((entry) => entry.problems.total > 0).length;
  const timeliness = { onTime: 0, late: 0, unknown: 0 };
  for (const entry of entries) timeliness[timelinessOf(entry.detail)] += 1;
  const { onTime, late, unknown } = timeliness;
  return (
    `本次共审查报告 ${details.length} 份，其中复核完毕 ${reviewed} 份，尚未复核完毕 ${entries.length - reviewed} 份` +
    `${failed > 0 ? `，未能读取 ${failed} 份` : ''}。经审查，共确认问题 ${sum((entry) => entry.problems.total)} 项（错误 ${sum((entry) => entry.problems.error)} 项、` +
    `警告 ${sum((entry) => entry.problems.warning)} 项、提示 ${sum((entry) => entry.problems.info)} 项），涉及报告 ${withProblems} 份；` +
    `未发现问题的报告 ${entries.length - withProblems} 份。按时发布 ${onTime} 份，逾期发布 ${late} 份，发布日期不明 ${unknown} 份。`
  );
}

function bodiesTable(entries: BulletinEntry[]): Table {
  const widths = widthsToFill([1.0, 5.2, 1.3, 1.2, 1.2, 1.2, 1.2, 2.0, 0], contentWidthTwip.portrait);
  const headers = ['序号', '单位', '年度', '错误', '警告', '提示', '合计', '得分', '审查状态'];
  const count = (value: number, color?: string) =>
    textCell(String(value), value > 0 && color ? { style: { bold: true, color } } : {});
  return ruledTable(
    headers.map((header, index) => ({ header, widthTwip: widths[index] ?? 0, center: index !== 1 })),
    bySeriousness(entries).map((entry, index) => [
      textCell(String(index + 1)),
      textCell(entry.agency),
      textCell(entry.detail.summary.year === null ? '—' : String(entry.detail.summary.year)),
      count(entry.problems.error, severityColors.error.text),
      count(entry.problems.warning, severityColors.warning.text),
      count(entry.problems.info),
      count(entry.problems.total),
      textCell(scoreText(entry.score)),
      textCell(
        entry.reviewed ? '复核完毕' : '尚未复核完毕',
        entry.reviewed ? {} : { style: { color: severityColors.warning.text } },
      ),
    ]),
  );
}

function rankingTable(entries: BulletinEntry[]): Table {
  const widths = widthsToFill([1.2, 5.2, 1.3, 2.0, 0], contentWidthTwip.portrait);
  const headers = ['名次', '单位', '年度', '得分', '扣分情况'];
  return ruledTable(
    headers.map((header, index) => ({
      header,
      widthTwip: widths[index] ?? 0,
      center: index !== 1 && index !== 4,
    })),
    byRank(entries).map(({ rank, item }) => [
      textCell(String(rank)),
      textCell(item.agency),
      textCell(item.detail.summary.year === null ? '—' : String(item.detail.summary.year)),
      textCell(scoreText(item.score), { style: { bold: true } }),
      textCell(deductionSummary(item.score)),
    ]),
  );
}

function rulesPart(details: ReportDetail[], rubric: Rubric): (Paragraph | Table)[] {
  const summary = regionSummary(details, rubric, ruleLabel);
  if (summary.problemsByRule.length === 0) return [body(bulletinText.none)];
  const chart = renderChartPng(problemsByRuleChart(summary), { widthPx: 760 });
  const widths = widthsToFill([6, 2.5, 2.5, 0], contentWidthTwip.portrait);
  return [
    imageParagraph(chart.png, chart, contentWidthTwip.portrait),
    ruledTable(
      ['规则', '确认的问题', '待复核', '涉及报告'].map((header, index) => ({
        header,
        widthTwip: widths[index] ?? 0,
        center: index > 0,
      })),
      summary.problemsByRule.map((rule) => [
        textCell(rule.label),
        textCell(String(rule.problems)),
        textCell(String(rule.open)),
        textCell(String(rule.reportIds.length)),
      ]),
    ),
  ];
}

export function bulletinDocument(
  details: ReportDetail[],
  { office, rubric, generatedAt }: BulletinOptions,
): Document {
  const officeName = office.officeName.trim() || blank;
  const entries = bulletinEntries(details, rubric);
  const failed = details.filter(isFailed);
  const unreviewed = entries.filter((entry) => !entry.reviewed);
  const { fullMarks, severityPoints } = rubric;
  const children: (Paragraph | Table)[] = [
    titleParagraph(bulletinText.title(yearsText(details))),
    body(
      bulletinText.intro(
        officeName,
        new Set(details.map((detail) => detail.summary.agency ?? detail.summary.fileName)).size,
        yearsText(details),
        details.length,
      ),
    ),
    heading(bulletinText.overviewHeading),
    body(overview(details, entries)),
    heading(bulletinText.bodiesHeading),
    note(bulletinText.bodiesNote),
    entries.length > 0 ? bodiesTable(entries) : body(bulletinText.none),
    heading(bulletinText.rankingHeading),
    note(
      bulletinText.rubricNote(fullMarks, severityPoints.error, severityPoints.warning, severityPoints.info),
    ),
    entries.length > 0 ? rankingTable(entries) : body(bulletinText.none),
    heading(bulletinText.rulesHeading),
    ...rulesPart(details, rubric),
    heading(bulletinText.unreviewedHeading),
    ...(unreviewed.length > 0
      ? [
          note(bulletinText.unreviewedNote),
          ...unreviewed.map((entry) =>
            body(
              `${reportName(entry.detail)}：尚有 ${entry.detail.findings.filter(awaitsDecision).length} 项待复核`,
            ),
          ),
        ]
      : [body(bulletinText.none)]),
  ];
  if (failed.length > 0) {
    children.push(heading(bulletinText.failedHeading('六')), note(bulletinText.failedNote));
    for (const detail of failed)
      children.push(body(`${detail.summary.fileName}：${detail.summary.error ?? ''}`));
  }
  children.push(
    para(officeName, { alignment: AlignmentType.RIGHT, spacingBefore: 720 }),
    para(formatChineseDate(generatedAt), { alignment: AlignmentType.RIGHT }),
  );
  return new Document({
    creator: office.officeName || '年报审查台',
    title: bulletinText.title(yearsText(details)),
    styles: documentStyles,
    sections: [{ properties: pageProperties('portrait'), children }],
  });
}

export const writeBulletin = (details: ReportDetail[], options: BulletinOptions): Promise<Buffer> =>
  Packer.toBuffer(bulletinDocument(details, options));
