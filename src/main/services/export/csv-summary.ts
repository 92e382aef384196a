// The CSV export: one row per finding across all reports (the columns of the Excel 问题清单), then one row
// per corrected cell and per file that could not be read. UTF-8 with a byte order mark and CRLF, so Excel and WPS open it without asking.
import type { CellCorrection, ReportDetail } from '../../../shared/ipc-contract';
import { findingRecord, reportColumns, type RecordValue } from './finding-records';
import { findingHeaders, sourceLabels } from './labels';
import {
  correctionChange,
  formatTime,
  isFailed,
  placeOf,
  splitFindings,
  type ExportOptions,
} from './report-view';

/** A text that a spreadsheet would run as a formula is kept as text; a plain negative number stays a number. */
const defused = (text: string): string =>
  /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;

function csvField(value: RecordValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (values: RecordValue[]): string => values.map(csvField).join(',');

/** A row in the findings' columns from the fields given, for what is not a finding. */
function otherRow(detail: ReportDetail, fields: Record<string, RecordValue>): RecordValue[] {
  const [agency, year, fileName] = reportColumns(detail);
  const all: Record<string, RecordValue> = {
    单位: agency ?? null,
    年度: year ?? null,
    文件: fileName ?? null,
    ...fields,
  };
  return findingHeaders.map((header) => all[header] ?? null);
}

const correctionRow = (detail: ReportDetail, correction: CellCorrection): RecordValue[] =>
  otherRow(detail, {
    规则: '单元格更正',
    问题说明: `更正数值：${correctionChange(correction)}`,
    涉及单元格: placeOf(detail, correction.cellId),
    审查人: correction.reviewer,
    时间: formatTime(correction.at),
    来源: sourceLabels.correction,
  });

const failedRow = (detail: ReportDetail): RecordValue[] =>
  otherRow(detail, { 规则: '导入失败', 问题说明: detail.summary.error, 来源: '导入失败' });

export async function exportReportsCsv(
  details: ReportDetail[],
  options: ExportOptions = {},
): Promise<Buffer> {
  const lines = [csvLine(findingHeaders)];
  for (const detail of details) {
    if (isFailed(detail)) {
      lines.push(csvLine(failedRow(detail)));
      continue;
    }
    const { standing, dismissed } = splitFindings(detail, options.dismissed);
    for (const finding of [...standing, ...dismissed]) lines.push(csvLine(findingRecord(detail, finding)));
    for (const correction of detail.corrections) lines.push(csvLine(correctionRow(detail, correction)));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
