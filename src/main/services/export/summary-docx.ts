// The region summary as a Word document (A4 landscape): the totals in words, the tables by region and year,
// the charts, the problems, the cross-body check and the per-body list with scores.
import { AlignmentType, Document, Packer, Paragraph, type Table } from 'docx';
import type { RegionSummary } from '../../../shared/summary';
import { appealGroupLabels, timelinessLabels } from '../../../shared/summary-labels';
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
} from './docx-kit';
import { blank } from './notice-text';
import { formatChineseDate } from './report-view';
import type { PrintedChart } from './summary-charts';
import type { SummaryExportOptions } from './summary-export';
import {
  appealsTable,
  bodiesTable,
  crossBodyTable,
  crossBodyTitle,
  requestsTable,
  rulesTable,
  timelinessTable,
  type SummaryTable,
} from './summary-tables';

export const summaryTitle = '政府信息公开工作年度报告汇总分析';

const heading = (text: string): Paragraph =>
  para([run(text, { font: headingFont, size: fontSize.xiaoSi, bold: true })], {
    spacingBefore: 300,
    spacingAfter: 120,
    keepNext: true,
  });
const body = (text: string): Paragraph => para(text, { spacingAfter: 120 });
const caption = (text: string): Paragraph =>
  para([run(text, { size: fontSize.xiaoWu, color: '595959' })], {
    alignment: AlignmentType.CENTER,
    spacingAfter: 200,
  });

/** A table spread over the page: the first column twice as wide as the others. */
function table({ headers, rows }: SummaryTable, firstWeight = 2.5): Table {
  const unit = contentWidthTwip.landscape / (headers.length - 1 + firstWeight);
  return ruledTable(
    headers.map((header, index) => ({
      header,
      widthTwip: Math.floor(index === 0 ? unit * firstWeight : unit),
      center: index > 0,
    })),
    rows.map((row) => row.map((value) => textCell(value === null ? '—' : String(value)))),
  );
}

function chartBlock(charts: PrintedChart[], chart: PrintedChart['chart']): Paragraph[] {
  const found = charts.find((entry) => entry.chart === chart);
  if (!found) return [];
  const width = Math.min(contentWidthTwip.landscape, Math.round((found.widthPx * 15 * 14) / 16));
  return [imageParagraph(found.png, found, width), caption(`图：${found.title}`)];
}

function totalsSentence(summary: RegionSummary): string {
  const { scope, totals } = summary;
  const suits = totals.appeals.suitDirect.total + totals.appeals.suitAfterReview.total;
  return (
    `共汇总 ${scope.bodies} 个单位的 ${scope.reports} 份报告（${scope.years.join('、') || '年度未识别'} 年度，${scope.regions} 个地区）。` +
    `本年新收政府信息公开申请 ${totals.requests.new} 件，上年结转 ${totals.requests.carriedOver} 件，办理结果总计 ${totals.requests.total} 件，` +
    `其中予以公开 ${totals.requests.granted} 件、部分公开 ${totals.requests.partial} 件、不予公开 ${totals.requests.denied} 件；结转下年度 ${totals.requests.carriedForward} 件。` +
    `${appealGroupLabels.review} ${totals.appeals.review.total} 件（纠正 ${totals.appeals.review.corrected} 件），行政诉讼 ${suits} 件。` +
    `${timelinessLabels.onTime} ${totals.timeliness.onTime} 份，${timelinessLabels.late} ${totals.timeliness.late} 份，${timelinessLabels.unknown} ${totals.timeliness.unknown} 份。`
  );
}

export function summaryDocument(
  summary: RegionSummary,
  charts: PrintedChart[],
  { office, generatedAt }: SummaryExportOptions,
): Document {
  const notes: Paragraph[] = [];
  if (summary.totals.withBlanks > 0)
    notes.push(
      body(`注：${summary.totals.withBlanks} 份报告的部分统计单元格为空白或未找到，汇总时按 0 计。`),
    );
  if (summary.scope.unreviewed > 0)
    notes.push(body(`注：${summary.scope.unreviewed} 份报告尚未复核完毕，其问题数和得分为暂定。`));
  const children: (Paragraph | Table)[] = [
    titleParagraph(summaryTitle),
    para(`${office.officeName.trim() || blank}\u3000\u3000${formatChineseDate(generatedAt)}`, {
      alignment: AlignmentType.CENTER,
      spacingAfter: 240,
    }),
    heading('一、总体情况'),
    body(totalsSentence(summary)),
    ...notes,
    heading('二、政府信息公开申请办理情况'),
    table(requestsTable(summary.byRegionYear)),
    ...chartBlock(charts, 'requestsByBody'),
    ...chartBlock(charts, 'resultsByBody'),
    heading('三、行政复议、行政诉讼情况'),
    table(appealsTable(summary.byRegionYear)),
    heading('四、年度报告发布时效'),
    table(timelinessTable(summary.byRegionYear)),
    heading('五、审查发现的问题'),
    ...(summary.problemsByRule.length > 0
      ? [...chartBlock(charts, 'problemsByRule'), table(rulesTable(summary))]
      : [body('未发现问题。')]),
    heading('六、跨单位核对（本级政府报告与所属单位报告之和）'),
  ];
  if (summary.crossBody.length === 0) children.push(body('报告库中没有可比较的本级政府报告与所属单位报告。'));
  for (const check of summary.crossBody) {
    children.push(
      para([run(crossBodyTitle(check), { bold: true })], {
        spacingBefore: 120,
        spacingAfter: 60,
        keepNext: true,
      }),
    );
    children.push(table(crossBodyTable(check)));
  }
  if (charts.some((chart) => chart.chart === 'trend'))
    children.push(heading('七、历年趋势'), ...chartBlock(charts, 'trend'));
  children.push(
    heading(`${charts.some((chart) => chart.chart === 'trend') ? '八' : '七'}、各单位情况`),
    table(bodiesTable(summary.byBody)),
  );
  return new Document({
    creator: office.officeName || '年报审查台',
    title: summaryTitle,
    styles: documentStyles,
    sections: [{ properties: pageProperties('landscape'), children }],
  });
}

export const writeSummaryDocxDocument = (
  summary: RegionSummary,
  charts: PrintedChart[],
  options: SummaryExportOptions,
): Promise<Buffer> => Packer.toBuffer(summaryDocument(summary, charts, options));
