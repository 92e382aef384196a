// The same file imported again repairs its report when the library can no longer read that report's files
// back (the report's id is the file's hash): the original is stored again, the report data rebuilt, and the
// reviews kept as they are.
import type { ImportOutcome, ReportId } from '../../shared/ipc-contract';
import { UnreadableFileError } from '../storage/checked-read';
import type { LibraryEntry } from '../storage/library-schema';
import type { ReportWithoutDocument, StoredReport } from '../storage/report-store';
import { emptyReviews, type StoredReviews } from '../storage/review-store';
import { storageMessages, unreadableFileOf } from '../storage/storage-messages';
import { outcome, prepareReport, type AnalysisSuccess } from './import-commit';
import { messages } from './messages';
import { crossYearBefore, keepCrossYearDecisions } from './cross-year-decisions';
import {
  bundleTally,
  crossYearFindings,
  loadBundleWithoutDocument,
  readPrevious,
  setTally,
} from './report-loader';
import { withdrawForNewFindings } from './completion-mark';
import type { ServiceContext } from './service-context';

/** What the same file imported again puts right in its library entry. */
export interface Repair {
  /** originals/<id> is missing: the file is stored again. */
  original: boolean;
  /** The entry is listed as unreadable for a damaged or missing file of its own: it becomes readable again. */
  unreadable: boolean;
  /** reports/<id>.json is damaged or missing: it is rebuilt by analysing the file (its corrections are lost). */
  data: boolean;
  /** The review file was damaged (and set aside): the report comes back without its reviews. */
  reviewsLost: boolean;
}

/** Reads a per-report file back: 'unusable' when it is missing or damaged (set aside), 'newer' when left alone. */
async function readBackState(read: () => Promise<unknown>): Promise<'ok' | 'unusable' | 'newer'> {
  try {
    return (await read()) === null ? 'unusable' : 'ok';
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return error.message === storageMessages.fileNewer ? 'newer' : 'unusable';
  }
}

/**
 * What importing the file of a report already in the library can repair; null for a plain duplicate. The
 * entry's files are read as report.get reads them, so that damage nobody has seen yet is found too. A file
 * that failed to import, or one written by a newer version, is not touched.
 */
export async function findRepair(context: ServiceContext, id: ReportId): Promise<Repair | null> {
  const entry = context.findEntry(id);
  if (!entry) return null;
  if (entry.error === null) await loadBundleWithoutDocument(context, id);
  const original = entry.originalKept && !(await context.originals.has(id));
  const fault = entry.error === null ? null : unreadableFileOf(entry.error);
  const data = fault === null ? 'ok' : await readBackState(() => context.reports.read(id));
  const unreadable = fault !== null && data !== 'newer';
  if (!unreadable && !original) return null;
  return {
    original,
    unreadable,
    data: unreadable && data === 'unusable',
    reviewsLost: unreadable && fault === 'reviews',
  };
}

/**
 * Repairs an entry with its own file (the bytes of its id): the original is stored again, the report data
 * rebuilt from `analysis` when `repair.data`, and the reviews are kept as they are. Each file is written
 * whole (atomically) before library.json lists the entry as readable again; a write that fails leaves the
 * entry as it was. Null when the entry is no longer in the library.
 */
export async function commitRepair(
  context: ServiceContext,
  id: ReportId,
  fileName: string,
  bytes: Uint8Array,
  repair: Repair,
  analysis: AnalysisSuccess | null,
): Promise<ImportOutcome | null> {
  const entry = context.findEntry(id);
  if (!entry) return null;
  const repaired = (done: Omit<Repair, 'unreadable'>, markWithdrawn = false): ImportOutcome => ({
    ...outcome(fileName, 'imported', id, null),
    notice: messages.importRepaired({ ...done, markWithdrawn }),
  });
  if (repair.original) await context.originals.keep(id, bytes);
  if (!repair.unreadable || entry.error === null)
    return repaired({ original: repair.original, data: false, reviewsLost: false });
  // The reviews are read first: nothing is written for a review file this version must leave alone.
  let reviews: StoredReviews;
  let reviewsLost = repair.reviewsLost;
  try {
    reviews = await context.reviews.read(id);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (error.message === storageMessages.fileNewer)
      return outcome(fileName, 'failed', id, messages.repairFailed(error.message));
    // Damaged since it was checked: set aside like any damaged file, and the report comes back without it.
    reviews = emptyReviews();
    reviewsLost = true;
  }
  const next: LibraryEntry = { ...entry, error: null };
  const stored = analysis ? await rebuild(context, next, analysis) : await readKept(context, id);
  if (!stored) return outcome(fileName, 'failed', id, messages.repairFailed(storageMessages.reportMissing));
  const previous = await readPrevious(context, next);
  // Read anew, the report has its findings back without the corrections that had resolved some: one nobody
  // has worked on withdraws the 审查完毕 mark, as after a correction.
  const markWithdrawn =
    analysis !== null &&
    withdrawForNewFindings(reviews, [], [...stored.findings, ...crossYearFindings(stored, previous)]);
  if (markWithdrawn) await context.reviews.write(id, reviews);
  setTally(next, bundleTally({ entry: next, stored, reviews, previous }));
  const before = { ...entry };
  // Taken while the report is unreadable: the next year's findings against it come back with the repair.
  const following = await crossYearBefore(context, [entry]);
  Object.assign(entry, next);
  await context.commitLibrary(() => Object.assign(entry, before));
  // The next year's reports of the same body are checked against this one again, as after any import.
  await keepCrossYearDecisions(context, following);
  return repaired({ original: repair.original, data: analysis !== null, reviewsLost }, markWithdrawn);
}

/** Writes the report data anew from the file's analysis (no corrections: they were in the damaged file). */
async function rebuild(
  context: ServiceContext,
  next: LibraryEntry,
  analysis: AnalysisSuccess,
): Promise<StoredReport> {
  const stored = prepareReport(next, analysis);
  await context.reports.write(stored);
  return stored;
}

/** The report data a repair keeps (it reads back fine); null when it became unusable meanwhile. */
async function readKept(context: ServiceContext, id: ReportId): Promise<ReportWithoutDocument | null> {
  try {
    return await context.reports.readWithoutDocument(id);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return null;
  }
}
