// review.setStatus, review.addFinding, review.saveDraft and review.markReviewed: only reviews/<id>.json and
// the summary are rewritten.
import { randomUUID } from 'node:crypto';
import type { IpcContract, ReportId, ReportSummary, ReviewedFinding, Result } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import { isReportId } from '../storage/report-id';
import { locateExcerpt } from './excerpt-source';
import { messages } from './messages';
import { bundleFindings, loadBundle, setTally, toSummary } from './report-loader';
import { tally } from './report-assembly';
import { fail, ok } from './result';
import { reviewerName, signedEntry } from './reviewer';
import type { ServiceContext } from './service-context';

type SetStatusRequest = IpcContract['review.setStatus'][0];
type AddFindingRequest = IpcContract['review.addFinding'][0];
type SaveDraftRequest = IpcContract['review.saveDraft'][0];

export async function setStatus(
  context: ServiceContext,
  request: SetStatusRequest,
): Promise<Result<ReviewedFinding>> {
  const { reportId, findingId, status, comment, keepDraft } = request;
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  return context.serialize(async () => {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    const findings = bundleFindings(bundle);
    const target = findings.find((finding) => finding.id === findingId);
    if (!target) return fail('not_found', messages.findingNotFound);
    const previous = bundle.reviews.records[findingId];
    const review = signedEntry(context, status, comment);
    // The earlier decision goes to the history; nothing is overwritten.
    const history = previous?.review ? [...previous.history, previous.review] : (previous?.history ?? []);
    bundle.reviews.records[findingId] = { review, history };
    // The comment is saved with the decision: the draft it came from is done. A set comment (a button's)
    // leaves what the reviewer typed in place.
    if (!keepDraft) delete bundle.reviews.drafts[findingId];
    await context.reviews.write(reportId, bundle.reviews);
    const { draft: _done, ...rest } = target;
    const updated: ReviewedFinding = { ...(keepDraft ? target : rest), review, history };
    const counts = tally(findings.map((finding) => (finding.id === findingId ? updated : finding)));
    if (setTally(bundle.entry, counts)) context.scheduleLibraryWrite();
    return ok(updated);
  });
}

export async function addFinding(
  context: ServiceContext,
  request: AddFindingRequest,
): Promise<Result<ReviewedFinding>> {
  const { reportId, cells, severity } = request;
  const message = request.message.trim();
  const excerpt = request.excerpt?.trim() || undefined;
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  if (message.length === 0) return fail('invalid_request', messages.emptyFindingMessage);
  if (cells.length === 0 && !excerpt) return fail('invalid_request', messages.findingNeedsTarget);
  return context.serialize(async () => {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    const knownCells = bundle.stored?.report.cells ?? {};
    const unknownCell = cells.find((cellId) => !(cellId in knownCells));
    if (unknownCell !== undefined) return fail('invalid_request', messages.cellNotFound(unknownCell));
    const finding: Finding = {
      id: `reviewer|${randomUUID()}`,
      rule: 'reviewer.note',
      severity,
      message,
      cells,
    };
    if (excerpt) {
      finding.excerpt = excerpt;
      const source = locateExcerpt(bundle.stored?.document, excerpt);
      if (source) finding.excerptSource = source;
    }
    // A finding the reviewer raises is a decision already: it starts confirmed.
    const review = signedEntry(context, 'confirmed', '');
    bundle.reviews.added.push(finding);
    bundle.reviews.records[finding.id] = { review, history: [] };
    await context.reviews.write(reportId, bundle.reviews);
    if (setTally(bundle.entry, tally(bundleFindings(bundle)))) context.scheduleLibraryWrite();
    return ok({ ...finding, origin: 'reviewer', review, history: [] });
  });
}

/** Keeps what the reviewer typed for a finding; an empty text (or the saved comment itself) removes the draft. */
export async function saveDraft(
  context: ServiceContext,
  { reportId, findingId, text }: SaveDraftRequest,
): Promise<Result<{ savedAt: string }>> {
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  return context.serialize(async () => {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    const finding = bundleFindings(bundle).find((candidate) => candidate.id === findingId);
    if (!finding) return fail('not_found', messages.findingNotFound);
    const at = context.now().toISOString();
    if (text === (finding.review?.comment ?? '')) delete bundle.reviews.drafts[findingId];
    else bundle.reviews.drafts[findingId] = { text, at };
    await context.reviews.write(reportId, bundle.reviews);
    return ok({ savedAt: at });
  });
}

/** Sets (or withdraws) the 审查完毕 mark, signed with the reviewer's name and the time. */
export async function markReviewed(
  context: ServiceContext,
  { reportId, reviewed }: { reportId: ReportId; reviewed: boolean },
): Promise<Result<ReportSummary>> {
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  return context.serialize(async () => {
    const bundle = await loadBundle(context, reportId);
    if (!bundle) return fail('not_found', messages.reportNotFound);
    const { entry, reviews } = bundle;
    if (entry.error !== null) return fail('invalid_request', messages.failedReportNotReviewable);
    reviews.completion = reviewed ? { reviewer: reviewerName(context), at: context.now().toISOString() } : null;
    await context.reviews.write(reportId, reviews);
    // The mark's truth is reviews/<id>.json; library.json follows like the counts (recounted on open if lost).
    entry.completed = reviews.completion;
    context.scheduleLibraryWrite();
    return ok(toSummary(entry));
  });
}
