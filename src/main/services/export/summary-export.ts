// The region summary (汇总) as a Word or Excel file, its charts drawn once for either.
import type { OfficeSettings } from '../../../shared/ipc-contract';
import type { RegionSummary } from '../../../shared/summary';
import { printedCharts } from './summary-charts';
import { writeSummaryDocxDocument } from './summary-docx';
import { writeSummaryWorkbook } from './summary-xlsx';

export interface SummaryExportOptions {
  office: OfficeSettings;
  generatedAt: Date;
}

export const writeSummaryDocx = (summary: RegionSummary, options: SummaryExportOptions): Promise<Buffer> =>
  writeSummaryDocxDocument(summary, printedCharts(summary), options);

export const writeSummaryXlsx = (summary: RegionSummary, options: SummaryExportOptions): Promise<Buffer> =>
  writeSummaryWorkbook(summary, printedCharts(summary), options);
