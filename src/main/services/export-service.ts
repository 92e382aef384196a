// export.reports: the review opinions of the chosen reports as a Word, Excel, Markdown or CSV file.
// Reading only: the export never writes to the library.
import type { ExportedFile, ExportRequest, Result } from '../../shared/ipc-contract';
import { defaultExportName, exportFilters } from './export-file';
import { loadDetails } from './load-details';
import { messages } from './messages';
import { fail, ok } from './result';
import { namedReviewer } from './reviewer';
import type { HandlerContext } from './service-handlers';
import type { ServiceContext } from './service-context';

export async function exportReports(
  context: ServiceContext,
  { reportIds, format, dismissed, exportId }: ExportRequest,
  { emit }: HandlerContext,
): Promise<Result<ExportedFile>> {
  if (reportIds.length === 0) return fail('invalid_request', messages.nothingToExport);
  const total = reportIds.length;
  const loaded = await loadDetails(context, reportIds, (done) =>
    emit('export.progress', { exportId, done, total, stage: 'loading' }),
  );
  if (!loaded.ok) return loaded;
  const details = loaded.value;
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
