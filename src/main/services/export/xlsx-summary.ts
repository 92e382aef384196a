// The Excel export: overview, one list of all findings, the corrections, then one form-like sheet per report.
import ExcelJS from 'exceljs';
import type { Workbook } from 'exceljs';
import type { ReportDetail } from '../../../shared/ipc-contract';
import {
  correctionHeaders,
  dismissedColor,
  findingHeaders,
  resolvedMark,
  reviewerAddedMark,
  ruleLabel,
  severityColors,
  severityLabels,
  summaryHeaders,
  templateLabel,
} from './labels';
import {
  formatTime,
  isFailed,
  orderedFindings,
  placeOf,
  reviewersOf,
  statusOf,
  statusText,
  type ExportOptions,
} from './report-view';
import { addListRow, addListSheet, createSheetNamer, solidFill, type ListColumn } from './xlsx-kit';
import { addReportSheet } from './xlsx-report-sheet';

const listSheets = { summary: '汇总', findings: '问题清单', corrections: '更正记录' };

const columnsOf = (headers: string[], widths: number[]): ListColumn[] =>
  headers.map((header, index) => ({ header, widthChars: widths[index] ?? 12 }));

const summaryColumns = columnsOf(summaryHeaders, [28, 24, 7, 8, 12, 6, 6, 6, 7, 6, 36, 22]);
const findingColumns = columnsOf(findingHeaders, [20, 7, 9, 18, 44, 26, 30, 30, 24, 11, 28, 9, 17, 12]);
const correctionColumns = columnsOf(correctionHeaders, [20, 7, 36, 30, 9, 9, 9, 17]);

function writeSummary(
  workbook: Workbook,
  details: ReportDetail[],
  sheetNames: Map<ReportDetail, string>,
): void {
  const sheet = addListSheet(workbook, listSheets.summary, summaryColumns);
  for (const detail of details) {
    const { summary } = detail;
    addListRow(sheet, summaryColumns, [
      summary.fileName,
      summary.agency,
      summary.year,
      templateLabel(summary.template),
      summary.date,
      // A failed report has no counts to speak of: leave them blank rather than 0.
      ...(summary.error
        ? [null, null, null, null, null]
        : [
            summary.counts.error,
            summary.counts.warning,
            summary.counts.info,
            summary.reviewed,
            summary.total,
          ]),
      summary.error,
      null,
    ]);
    const row = sheet.lastRow;
    if (!row) continue;
    if (summary.error) row.getCell(11).font = { color: { argb: `FF${severityColors.error.text}` } };
    const target = sheetNames.get(detail);
    // Jump from the overview to the report's own sheet.
    if (target) {
      row.getCell(12).value = { text: target, hyperlink: `#'${target.replace(/'/g, "''")}'!A1` };
      row.getCell(12).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }
}

function writeFindings(workbook: Workbook, details: ReportDetail[]): void {
  const sheet = addListSheet(workbook, listSheets.findings, findingColumns);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: findingColumns.length } };
  for (const detail of details.filter((candidate) => !isFailed(candidate))) {
    for (const finding of orderedFindings(detail)) {
      const review = finding.review;
      addListRow(sheet, findingColumns, [
        detail.summary.agency ?? detail.summary.fileName,
        detail.summary.year,
        severityLabels[finding.severity],
        `${ruleLabel(finding.rule)}（${finding.rule}）`,
        finding.message,
        finding.formula ?? null,
        finding.cells.map((id) => placeOf(detail, id)).join('\n'),
        finding.excerpt ?? null,
        finding.basis ?? null,
        finding.resolved ? `${statusText(finding)}${resolvedMark}` : statusText(finding),
        review?.comment ?? null,
        review?.reviewer ?? null,
        formatTime(review?.at),
        finding.origin === 'reviewer' ? reviewerAddedMark.slice(1, -1) : '检查发现',
      ]);
      const row = sheet.lastRow;
      if (!row) continue;
      const status = statusOf(finding);
      // A dismissed finding stays listed, greyed out.
      if (status === 'dismissed')
        row.eachCell((cell) => (cell.font = { color: { argb: `FF${dismissedColor.text}` } }));
      row.getCell(3).fill = solidFill(
        status === 'dismissed' ? dismissedColor.fill : severityColors[finding.severity].fill,
      );
      if (status === 'confirmed')
        row.getCell(10).font = { bold: true, color: { argb: `FF${severityColors.error.text}` } };
    }
  }
}

function writeCorrections(workbook: Workbook, details: ReportDetail[]): void {
  const sheet = addListSheet(workbook, listSheets.corrections, correctionColumns);
  for (const detail of details) {
    for (const correction of detail.corrections) {
      addListRow(sheet, correctionColumns, [
        detail.summary.agency ?? detail.summary.fileName,
        detail.summary.year,
        placeOf(detail, correction.cellId),
        correction.cellId,
        correction.original,
        correction.corrected,
        correction.reviewer,
        formatTime(correction.at),
      ]);
    }
  }
}

export async function exportReportsXlsx(
  details: ReportDetail[],
  options: ExportOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = reviewersOf(details, options.reviewer);
  workbook.created = options.generatedAt ?? new Date();
  const nameSheet = createSheetNamer(Object.values(listSheets));
  const sheetNames = new Map<ReportDetail, string>();
  for (const detail of details) {
    if (isFailed(detail)) continue;
    const { agency, year, fileName } = detail.summary;
    // Keep the year when a long agency name has to be cut to Excel's 31 characters.
    const suffix = year === null ? '' : ` ${year}`;
    const base = agency
      ? [...agency].slice(0, 31 - suffix.length).join('') + suffix
      : fileName.replace(/\.[^.]+$/, '');
    sheetNames.set(detail, nameSheet(base));
  }
  writeSummary(workbook, details, sheetNames);
  writeFindings(workbook, details);
  writeCorrections(workbook, details);
  for (const [detail, name] of sheetNames) addReportSheet(workbook.addWorksheet(name), detail);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
