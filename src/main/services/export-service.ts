// export.reports: the review opinions of the chosen reports as a Word or Excel file.
import type { ExportedFile, IpcContract, ReportDetail, Result } from '../../shared/ipc-contract';
import { isReportId } from '../storage/report-id';
import { messages } from './messages';
import { buildDetail, loadBundle } from './report-loader';
import { fail, ok } from './result';
import { reviewerName } from './reviewer';
import type { ServiceContext } from './service-context';

type ExportRequest = IpcContract['export.reports'][0];

const pad = (value: number): string => String(value).padStart(2, '0');

/** YYYY-MM-DD in the reviewer's local time. */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export async function exportReports(
  context: ServiceContext,
  { reportIds, format }: ExportRequest,
): Promise<Result<ExportedFile>> {
  if (reportIds.length === 0) return fail('invalid_request', messages.nothingToExport);
  const details: ReportDetail[] = [];
  for (const reportId of reportIds) {
    if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    details.push(buildDetail(bundle));
  }
  // Loaded on first export: the document writers stay out of startup.
  const { exportReportsDocx, exportReportsXlsx } = await import('./export/index');
  const options = { generatedAt: context.now(), reviewer: reviewerName(context) };
  const buffer =
    format === 'docx' ? await exportReportsDocx(details, options) : await exportReportsXlsx(details, options);
  return ok({
    fileName: messages.exportFileName(localDate(context.now()), format),
    base64: buffer.toString('base64'),
  });
}
