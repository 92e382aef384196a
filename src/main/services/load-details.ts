// Loads the details of the reports an export or the 汇总 covers, in the order given, pushing progress.
// Without the document model: the exports, notices and 汇总 never show the original, and holding every
// report's text and positions at once (half of a batch's data) only made a large export's memory peak.
import type { ReportDetail, ReportId, Result } from '../../shared/ipc-contract';
import { isReportId } from '../storage/report-id';
import { messages } from './messages';
import { buildDetail, loadBundleWithoutDocument } from './report-loader';
import { fail, ok } from './result';
import type { ServiceContext } from './service-context';

/** Progress is pushed every few reports, so a batch of thousands does not flood the window. */
const progressStep = (total: number): number => Math.max(1, Math.floor(total / 100));

export async function loadDetails(
  context: ServiceContext,
  reportIds: readonly ReportId[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Result<ReportDetail[]>> {
  if (!reportIds.every(isReportId)) return fail('invalid_request', messages.invalidReportId);
  // Changes asked for before (a decision, a correction, an import's commits) are in what is read.
  await context.serialize(async () => undefined);
  const total = reportIds.length;
  const step = progressStep(total);
  const details: ReportDetail[] = [];
  for (const reportId of reportIds) {
    const bundle = await loadBundleWithoutDocument(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    details.push(buildDetail(bundle));
    if (details.length % step === 0 || details.length === total) onProgress(details.length, total);
  }
  return ok(details);
}
