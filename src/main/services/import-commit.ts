// Recording an analysed file in the library: as a new report, as another version of one already there, or in
// place of the earlier file. The files are written first and library.json last: until that commit, the
// library does not know the report.
import type { ImportOutcome, ReportId, SameReportMatch } from '../../shared/ipc-contract';
import { extensionOf } from '../../shared/file-formats';
import { formatOfFileName } from '../storage/file-names';
import type { LibraryEntry } from '../storage/library-schema';
import { guessRegion } from '../storage/region';
import type { ReportWithoutDocument, StoredReport } from '../storage/report-store';
import { emptyReviews, type StoredReviews } from '../storage/review-store';
import type { Analysis } from './analyze-file';
import { mergeFindings, tally, uniqueFindings, zeroCounts } from './report-assembly';
import { crossYearBefore, keepCrossYearDecisions } from './cross-year-decisions';
import { crossYearFindings, loadBundle, readPrevious } from './report-loader';
import { carryOver, textHashOf, versionRoot } from './same-report';
import type { ServiceContext } from './service-context';

export type AnalysisFailure = Extract<Analysis, { ok: false }>;
export type AnalysisSuccess = Extract<Analysis, { ok: true }>;

export const outcome = (
  fileName: string,
  status: ImportOutcome['status'],
  reportId: ReportId | null,
  error: string | null,
): ImportOutcome => ({ fileName, status, reportId, error });

export function baseEntry(context: ServiceContext, id: ReportId, fileName: string, sizeBytes: number): LibraryEntry {
  return {
    id,
    fileName,
    format: formatOfFileName(fileName),
    agency: null,
    region: null,
    year: null,
    template: null,
    date: null,
    importedAt: context.now().toISOString(),
    counts: zeroCounts(),
    reviewed: 0,
    total: 0,
    error: null,
    extension: extensionOf(fileName),
    sizeBytes,
    originalKept: true,
    completed: null,
    versionOf: null,
    textHash: null,
  };
}

/** The entry and the stored report of a successful analysis, not yet written anywhere. */
export function prepareReport(entry: LibraryEntry, analysis: AnalysisSuccess): StoredReport {
  const { document, report } = analysis;
  Object.assign(entry, {
    format: document.format,
    agency: report.agency,
    region: guessRegion(report.agency),
    year: report.year,
    template: report.template,
    date: report.date,
    textHash: textHashOf(report),
  });
  return {
    version: 1,
    id: entry.id,
    fileName: entry.fileName,
    document,
    report,
    findings: uniqueFindings(analysis.findings),
    resolved: [],
    corrections: [],
  };
}

export async function commitFailure(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array | null,
  failure: AnalysisFailure,
): Promise<ImportOutcome> {
  if (context.findEntry(entry.id)) return outcome(entry.fileName, 'duplicate', entry.id, null);
  if (bytes) await context.originals.keep(entry.id, bytes);
  entry.error = failure.error;
  context.db.data.reports.push(entry);
  await context.commitLibrary(() => forget(context, entry));
  return outcome(entry.fileName, 'failed', entry.id, failure.error);
}

/** Takes back an entry whose commit failed: the library does not know the report (files written are orphans). */
function forget(context: ServiceContext, entry: LibraryEntry): void {
  context.db.data.reports = context.db.data.reports.filter((other) => other !== entry);
}

/** Writes a prepared report (and its carried-over reviews) and lists it. */
async function commitPrepared(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array,
  stored: StoredReport,
  reviews: StoredReviews | null,
  previous: ReportWithoutDocument | null,
): Promise<void> {
  await context.originals.keep(entry.id, bytes);
  await context.reports.write(stored);
  // A new report starts without reviews: a file left by an earlier deletion that could not remove it goes.
  await (reviews ? context.reviews.write(entry.id, reviews) : context.reviews.remove(entry.id));
  const live = [...stored.findings, ...crossYearFindings(stored, previous)];
  const reviewState = reviews ?? emptyReviews();
  Object.assign(entry, tally(mergeFindings({ live, resolved: stored.resolved, reviews: reviewState })), {
    completed: reviewState.completion,
  });
  context.db.data.reports.push(entry);
}

/** A new report, or (with `versionOf`) another version of one already in the library. */
export async function commitNew(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array,
  stored: StoredReport,
  versionOf: LibraryEntry | null,
): Promise<ImportOutcome> {
  if (context.findEntry(entry.id)) return outcome(entry.fileName, 'duplicate', entry.id, null);
  entry.versionOf = versionOf ? versionRoot(versionOf) : null;
  const following = await crossYearBefore(context, [entry]);
  await commitPrepared(context, entry, bytes, stored, null, await readPrevious(context, entry));
  await context.commitLibrary(() => forget(context, entry));
  // The next year's reports of the same body are checked against this one now.
  await keepCrossYearDecisions(context, following);
  return outcome(entry.fileName, 'imported', entry.id, null);
}

/** The new file takes the earlier one's place; decisions on findings that still arise are kept. */
export async function commitReplacement(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array,
  stored: StoredReport,
  match: SameReportMatch,
): Promise<ImportOutcome> {
  if (context.findEntry(entry.id)) return outcome(entry.fileName, 'duplicate', entry.id, null);
  const earlier = await loadBundle(context, match.reportId);
  if (!earlier) return commitNew(context, entry, bytes, stored, null);
  const previous = await readPrevious(context, entry);
  const carried = carryOver(
    stored,
    earlier,
    (next) => crossYearFindings(next, previous),
    match.sameText,
  );
  const old = earlier.entry;
  // Taken while the old file is listed: the next year's findings against it may go with it.
  const following = await crossYearBefore(context, [old, entry]);
  const before = context.db.data.reports;
  // The new file stands where the old one stood among the report's versions.
  entry.versionOf = old.versionOf;
  const later = before.filter((other) => other.versionOf === old.id);
  for (const other of later) other.versionOf = entry.id;
  context.db.data.reports = before.filter((other) => other.id !== old.id);
  await commitPrepared(context, entry, bytes, carried.stored, carried.reviews, previous);
  await context.commitLibrary(() => {
    context.db.data.reports = before;
    for (const other of later) other.versionOf = old.id;
  });
  await keepCrossYearDecisions(context, following);
  await Promise.all([
    context.reports.remove(old.id),
    context.reviews.remove(old.id),
    context.originals.remove(old.id),
  ]);
  return { ...outcome(entry.fileName, 'imported', entry.id, null), replaced: old.id };
}
