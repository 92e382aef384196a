// report.get and report.original.
import type { OriginalFile, ReportDetail, ReportId, Result } from '../../shared/ipc-contract';
import { isReportId } from '../storage/report-id';
import { messages } from './messages';
import { viewOriginal } from './original-view';
import { buildDetail, loadBundle, refreshCounts, sameTally } from './report-loader';
import { fail, ok } from './result';
import type { ServiceContext } from './service-context';

export async function getReport(context: ServiceContext, reportId: ReportId): Promise<Result<ReportDetail>> {
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  const bundle = await loadBundle(context, reportId);
  if (!bundle) return fail('not_found', messages.reportNotFound);
  const detail = buildDetail(bundle);
  // Counts are derived data: if a crash lost a deferred library.json write, opening the report repairs them
  // (in the change queue, from fresh files, so a concurrent review decision is not overwritten).
  if (!sameTally(bundle.entry, detail.summary)) {
    void context
      .serialize(async () => {
        if (await refreshCounts(context, reportId)) context.scheduleLibraryWrite();
      })
      .catch((error: unknown) => console.error('[report.get] repairing counts failed', error));
  }
  return ok(detail);
}

export async function getOriginal(
  context: ServiceContext,
  reportId: ReportId,
): Promise<Result<OriginalFile>> {
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  const entry = context.findEntry(reportId);
  if (!entry) return fail('not_found', messages.reportNotFound);
  if (!entry.originalKept) return fail('not_found', messages.originalMissing);
  const bytes = await context.originals.read(entry.id);
  if (!bytes) return fail('not_found', messages.originalNotFound);
  const view = await viewOriginal(entry, bytes);
  return view.ok ? ok(view.value) : fail(view.code, view.message);
}
