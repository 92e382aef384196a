// Annotated findings summaries of one report or a batch (Electron-free): Word, Excel, Markdown and CSV.
import type { ExportFormat, ReportDetail } from '../../../shared/ipc-contract';
import { exportReportsCsv } from './csv-summary';
import { exportReportsDocx } from './docx-summary';
import { exportReportsMarkdown } from './markdown-summary';
import { isUnreviewed, type ExportOptions } from './report-view';
import { exportReportsXlsx } from './xlsx-summary';

export type { ExportOptions } from './report-view';
export { exportReportsCsv, exportReportsDocx, exportReportsMarkdown, exportReportsXlsx };

const writers: Record<ExportFormat, (details: ReportDetail[], options: ExportOptions) => Promise<Buffer>> = {
  docx: exportReportsDocx,
  xlsx: exportReportsXlsx,
  md: exportReportsMarkdown,
  csv: exportReportsCsv,
};

export const writeExport = (
  format: ExportFormat,
  details: ReportDetail[],
  options: ExportOptions,
): Promise<Buffer> => writers[format](details, options);

export const unreviewedCount = (details: ReportDetail[]): number => details.filter(isUnreviewed).length;
