// The region summary as an Excel workbook: one list sheet per table, the cross-body comparisons, and the
// charts as pictures on a sheet of their own.
import ExcelJS from 'exceljs';
import type { RegionSummary } from '../../../shared/summary';
import type { PrintedChart } from './summary-charts';
import type { SummaryExportOptions } from './summary-export';
import {
  appealsTable,
  bodiesTable,
  crossBodyHeaders,
  crossBodyTable,
  partsText,
  requestsTable,
  rulesTable,
  timelinessTable,
  type SummaryTable,
} from './summary-tables';
import { addListRow, addListSheet, textWidth, type ListColumn } from './xlsx-kit';

function addTableSheet(workbook: ExcelJS.Workbook, name: string, { headers, rows }: SummaryTable): void {
  const columns: ListColumn[] = headers.map((header, index) => ({
    header,
    widthChars: Math.max(
      8,
      Math.min(
        36,
        Math.max(textWidth(header), ...rows.map((row) => textWidth(String(row[index] ?? '')))) + 2,
      ),
    ),
  }));
  const sheet = addListSheet(workbook, name, columns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) addListRow(sheet, columns, row);
}

function addCrossBodySheet(workbook: ExcelJS.Workbook, summary: RegionSummary): void {
  const headers = ['本级政府报告', '年度', '所属单位', ...crossBodyHeaders];
  const rows = summary.crossBody.flatMap((check) =>
    crossBodyTable(check).rows.map((row) => [check.summary.agency, check.year, partsText(check), ...row]),
  );
  addTableSheet(workbook, '跨单位核对', { headers, rows });
}

function addChartsSheet(workbook: ExcelJS.Workbook, charts: PrintedChart[]): void {
  const sheet = workbook.addWorksheet('图表');
  sheet.getColumn(1).width = 4;
  let row = 1;
  for (const chart of charts) {
    sheet.getCell(row, 2).value = chart.title;
    sheet.getCell(row, 2).font = { bold: true, size: 12 };
    const image = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: 'png' });
    const width = 760;
    const height = Math.round((chart.heightPx * width) / chart.widthPx);
    sheet.addImage(image, { tl: { col: 1, row }, ext: { width, height } });
    // Rows are 20 px high by default: leave room under the picture.
    row += Math.ceil(height / 20) + 3;
  }
}

export async function writeSummaryWorkbook(
  summary: RegionSummary,
  charts: PrintedChart[],
  { generatedAt, office }: SummaryExportOptions,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.officeName || '年报审查台';
  workbook.created = generatedAt;
  addTableSheet(workbook, '申请办理', requestsTable(summary.byRegionYear));
  addTableSheet(workbook, '复议诉讼', appealsTable(summary.byRegionYear));
  addTableSheet(workbook, '发布时效', timelinessTable(summary.byRegionYear));
  addTableSheet(workbook, '各单位', bodiesTable(summary.byBody));
  addTableSheet(workbook, '问题统计', rulesTable(summary));
  addCrossBodySheet(workbook, summary);
  addChartsSheet(workbook, charts);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
