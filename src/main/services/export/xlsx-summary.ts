// The Excel export: overview, one filterable list of all findings, the corrections, every extracted cell
// (one row per report), then one form-like sheet per report.
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { ReportDetail } from '../../../shared/ipc-contract';
import { addCellDataSheet } from './xlsx-cell-data';
import { correctionRecord, findingRecord } from './finding-records';
import {
  correctionHeaders,
  dismissedColor,
  findingHeaders,
  severityColors,
  summaryHeaders,
  templateLabel,
} from './labels';
import {
  completionText,
  isFailed,
  isUnreviewed,
  overviewCounts,
  reviewersOf,
  splitFindings,
  statusOf,
  type ExportOptions,
} from './report-view';
import {
  addListRow,
  addListSheet,
  createSheetNamer,
  shareStyles,
  solidFill,
  type ListColumn,
} from './xlsx-kit';
import { addReportSheet } from './xlsx-report-sheet';

const listSheetNames = {
  summary: '汇总',
  findings: '问题清单',
  corrections: '更正记录',
  cells: '单元格数据',
  cellKey: '单元格编号',
};

const columnsOf = (headers: string[], widths: number[]): ListColumn[] =>
  headers.map((header, index) => ({ header, widthChars: widths[index] ?? 12 }));

const summaryColumns = columnsOf(summaryHeaders, [28, 24, 7, 8, 12, 6, 6, 6, 9, 9, 8, 8, 30, 36, 22, 20]);
const findingColumns = columnsOf(
  findingHeaders,
  [20, 7, 20, 9, 16, 18, 44, 26, 30, 30, 24, 11, 28, 9, 17, 11],
);
const correctionColumns = columnsOf(correctionHeaders, [20, 7, 20, 36, 30, 9, 9, 9, 17]);

const column = (headers: string[], header: string): number => headers.indexOf(header) + 1;

function writeSummary(
  workbook: Workbook,
  details: ReportDetail[],
  sheetNames: Map<ReportDetail, string>,
): void {
  const sheet = addListSheet(workbook, listSheetNames.summary, summaryColumns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: summaryColumns.length } };
  for (const detail of details) {
    const { summary } = detail;
    const counts = overviewCounts(detail.findings);
    // A failed report has no counts to speak of: blank rather than 0.
    const values = summary.error ? [...counts.map(() => null), null] : [...counts, completionText(detail)];
    addListRow(sheet, summaryColumns, [
      summary.fileName,
      summary.agency,
      summary.year,
      templateLabel(summary.template),
      summary.date,
      ...values,
      summary.error,
      null,
      summary.id,
    ]);
    const row = sheet.lastRow;
    if (!row) continue;
    if (summary.error)
      row.getCell(column(summaryHeaders, '导入失败原因')).font = {
        color: { argb: `FF${severityColors.error.text}` },
      };
    if (isUnreviewed(detail))
      row.getCell(column(summaryHeaders, '审查状态')).font = {
        color: { argb: `FF${severityColors.warning.text}` },
      };
    const target = sheetNames.get(detail);
    // Jump from the overview to the report's own sheet.
    if (target) {
      const link = row.getCell(column(summaryHeaders, '报告表'));
      link.value = { text: target, hyperlink: `#'${target.replace(/'/g, "''")}'!A1` };
      link.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
}

function writeFindings(workbook: Workbook, details: ReportDetail[], options: ExportOptions): void {
  const sheet = addListSheet(workbook, listSheetNames.findings, findingColumns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: findingColumns.length } };
  const severityColumn = column(findingHeaders, '严重程度');
  const statusColumn = column(findingHeaders, '审查结论');
  for (const detail of details.filter((candidate) => !isFailed(candidate))) {
    const { standing, dismissed } = splitFindings(detail, options.dismissed);
    for (const finding of [...standing, ...dismissed]) {
      addListRow(sheet, findingColumns, findingRecord(detail, finding));
      const row = sheet.lastRow;
      if (!row) continue;
      const status = statusOf(finding);
      // A dismissed finding stays listed, greyed out.
      if (status === 'dismissed')
        row.eachCell((cell) => (cell.font = { color: { argb: `FF${dismissedColor.text}` } }));
      row.getCell(severityColumn).fill = solidFill(
        status === 'dismissed' ? dismissedColor.fill : severityColors[finding.severity].fill,
      );
      if (status === 'confirmed')
        row.getCell(statusColumn).font = { bold: true, color: { argb: `FF${severityColors.error.text}` } };
    }
  }
}

function writeCorrections(workbook: Workbook, details: ReportDetail[]): void {
  const sheet = addListSheet(workbook, listSheetNames.corrections, correctionColumns);
  for (const detail of details)
    for (const correction of detail.corrections)
      addListRow(sheet, correctionColumns, correctionRecord(detail, correction));
}

/** Sheet names for the reports' own sheets, unique and within Excel's 31 characters. */
function reportSheetNames(details: ReportDetail[]): Map<ReportDetail, string> {
  const nameSheet = createSheetNamer(Object.values(listSheetNames));
  const names = new Map<ReportDetail, string>();
  for (const detail of details) {
    if (isFailed(detail)) continue;
    const { agency, year, fileName } = detail.summary;
    // Keep the year when a long agency name has to be cut.
    const suffix = year === null ? '' : ` ${year}`;
    const base = agency
      ? [...agency].slice(0, 31 - suffix.length).join('') + suffix
      : fileName.replace(/\.[^.]+$/, '');
    names.set(detail, nameSheet(base));
  }
  return names;
}

export async function exportReportsXlsx(
  details: ReportDetail[],
  options: ExportOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = reviewersOf(details, options.reviewer);
  workbook.created = options.generatedAt ?? new Date();
  const sheetNames = reportSheetNames(details);
  writeSummary(workbook, details, sheetNames);
  writeFindings(workbook, details, options);
  writeCorrections(workbook, details);
  addCellDataSheet(workbook, listSheetNames.cells, listSheetNames.cellKey, details);
  for (const [detail, name] of sheetNames) addReportSheet(workbook.addWorksheet(name), detail);
  shareStyles(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
