// review.correctCell: records the reviewer's value beside the extracted one and runs the checks again at once.
import type { CellCorrection, IpcContract, ReportDetail, Result } from '../../shared/ipc-contract';
import { checkReport } from '../domain/checks/index';
import { isReportId } from '../storage/report-id';
import type { StoredReport } from '../storage/report-store';
import { messages } from './messages';
import { crossYearBefore, keepCrossYearDecisions } from './cross-year-decisions';
import { buildDetail, crossYearFindings, loadBundle, setTally } from './report-loader';
import { withdrawForNewFindings } from './completion-mark';
import { followNarrowed } from './narrowed-findings';
import { correctedReport, uniqueFindings, workedOn } from './report-assembly';
import { fail, ok } from './result';
import { reviewerName } from './reviewer';
import type { ServiceContext } from './service-context';

type CorrectCellRequest = IpcContract['review.correctCell'][0];

/** One correction per cell; `original` is always the extracted value. Setting it back removes the correction. */
function nextCorrections(
  context: ServiceContext,
  stored: StoredReport,
  request: CorrectCellRequest,
): CellCorrection[] {
  const { cellId, value } = request;
  const existing = stored.corrections.find((correction) => correction.cellId === cellId);
  const original = existing ? existing.original : (stored.report.cells[cellId]?.value ?? null);
  const others = stored.corrections.filter((correction) => correction.cellId !== cellId);
  if (value === original) return others;
  return [
    ...others,
    { cellId, original, corrected: value, reviewer: reviewerName(context), at: context.now().toISOString() },
  ];
}

export async function correctCell(
  context: ServiceContext,
  request: CorrectCellRequest,
): Promise<Result<ReportDetail>> {
  const { reportId, cellId } = request;
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  return context.serialize(async () => {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    const { stored, previous, reviews } = bundle;
    if (!stored) return fail('unreadable', messages.reportUnreadable);
    if (!(cellId in stored.report.cells)) return fail('not_found', messages.cellNotFound(cellId));

    const corrections = nextCorrections(context, stored, request);
    // Parse findings describe the original and stay; the checks run on the corrected cells.
    const findings = uniqueFindings([
      ...stored.report.findings,
      ...checkReport(correctedReport(stored.report, corrections)),
    ]);
    const updated: StoredReport = { ...stored, corrections, findings };
    const live = [...findings, ...crossYearFindings(updated, previous)];
    const liveIds = new Set(live.map((finding) => finding.id));
    const firing = [...stored.findings, ...crossYearFindings(stored, previous)];
    const { carried, continued } = followNarrowed(reviews, firing, live);
    // Findings that no longer fire are kept as resolved when worked on (decided or a comment typed), dropped
    // otherwise; one that goes on in a narrower finding is that finding.
    updated.resolved = uniqueFindings(
      [...firing, ...stored.resolved].filter(
        (finding) => !liveIds.has(finding.id) && !continued.has(finding.id) && workedOn(reviews, finding.id),
      ),
    );
    const following = await crossYearBefore(context, [bundle.entry]);
    const withdrawn = withdrawForNewFindings(reviews, firing, live);
    if (carried || withdrawn) await context.reviews.write(reportId, reviews);
    if (withdrawn) bundle.entry.completed = null;
    await context.reports.write(updated);

    const detail = buildDetail({ ...bundle, stored: updated });
    setTally(bundle.entry, detail.summary);
    // The correction is saved with reports/<id>.json; the counts are derived and follow in library.json.
    // The next year's checks against this report change with it.
    await keepCrossYearDecisions(context, following);
    context.scheduleLibraryWrite();
    return ok(detail);
  });
}
