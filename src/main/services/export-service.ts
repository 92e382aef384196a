// export.reports: the review opinions of the chosen reports as a Word, Excel, Markdown or CSV file.
// Reading only: the export never writes to the library.
import type { ExportedFile, ExportRequest, ReportDetail, Result } from '../../shared/ipc-contract';
import { isReportId } from '../storage/report-id';
import { defaultExportName, exportFilters } from './export-file';
import { messages } from './messages';
import { buildDetail, loadBundle } from './report-loader';
import { fail, ok } from './result';
import { namedReviewer } from './reviewer';
import type { HandlerContext } from './service-handlers';
import type { ServiceContext } from './service-context';

/** Progress is pushed every few reports, so a batch of thousands does not flood the window. */
const progressStep = (total: number): number => Math.max(1, Math.floor(total / 100));

export async function exportReports(
  context: ServiceContext,
  { reportIds, format, dismissed, exportId }: ExportRequest,
  { emit }: HandlerContext,
): Promise<Result<ExportedFile>> {
  if (reportIds.length === 0) return fail('invalid_request', messages.nothingToExport);
  if (!reportIds.every(isReportId)) return fail('invalid_request', messages.invalidReportId);
  const total = reportIds.length;
  const step = progressStep(total);
  const details: ReportDetail[] = [];
  for (const reportId of reportIds) {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    details.push(buildDetail(bundle));
    if (details.length % step === 0 || details.length === total)
      emit('export.progress', { exportId, done: details.length, total, stage: 'loading' });
  }
  emit('export.progress', { exportId, done: total, total, stage: 'writing' });
  // Loaded on first export: the document writers stay out of startup.
  const { writeExport, unreviewedCount } = await import('./export/index');
  let bytes: Buffer;
  try {
    bytes = await writeExport(format, details, {
      generatedAt: context.now(),
      // Unnamed settings: the export names everyone who signed a decision instead.
      reviewer: namedReviewer(context),
      dismissed,
    });
  } catch (error) {
    console.error('[export] writing failed', error);
    return fail('export_failed', messages.exportFailed(exportFilters[format].name, total));
  }
  return ok({
    fileName: defaultExportName(format, context.now()),
    base64: bytes.toString('base64'),
    unreviewed: unreviewedCount(details),
  });
}
