// Loads one report with everything its detail needs, including the same body's previous-year report.
import type {
  CompletionMark,
  CrossYearComparison,
  ReportDetail,
  ReportId,
  ReportSummary,
} from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { checkAcrossYears, sameBody } from '../domain/checks/index';
import { crossYearChecks } from '../domain/checks/messages';
import type { LibraryEntry } from '../storage/library-schema';
import { UnreadableFileError } from '../storage/checked-read';
import { guessRegion } from '../storage/region';
import type { ReportWithoutDocument, StoredReport } from '../storage/report-store';
import { emptyReviews, type StoredReviews } from '../storage/review-store';
import { storageMessages } from '../storage/storage-messages';
import { applyCorrections, correctedReport, mergeFindings, tally, type Tally } from './report-assembly';
import type { ServiceContext } from './service-context';

/** A report's file, read with its document model or without it. */
type AnyStored = StoredReport | ReportWithoutDocument;

export interface ReportBundle<Stored extends AnyStored = StoredReport> {
  entry: LibraryEntry;
  /** Null for a file that failed to import. */
  stored: Stored | null;
  reviews: StoredReviews;
  /** Only checked against: its document is never read. */
  previous: ReportWithoutDocument | null;
}

/** The newest imported report of the same body for the year before, if the library holds one. */
export function findPreviousEntry(context: ServiceContext, entry: LibraryEntry): LibraryEntry | undefined {
  const { agency, year } = entry;
  if (agency === null || year === null || entry.error !== null) return undefined;
  return context.db.data.reports
    .filter((other) => other.error === null && other.year === year - 1 && other.agency !== null)
    .filter((other) => sameBody(other.agency ?? '', agency))
    .sort((first, second) => second.importedAt.localeCompare(first.importedAt))[0];
}

/** Reports of the same body for the year after: their cross-year findings depend on this one. */
export function findNextEntries(context: ServiceContext, entry: LibraryEntry): LibraryEntry[] {
  const { agency, year } = entry;
  if (agency === null || year === null) return [];
  return context.db.data.reports.filter(
    (other) =>
      other.error === null &&
      other.year === year + 1 &&
      other.agency !== null &&
      sameBody(other.agency, agency),
  );
}

/**
 * A report the library cannot read back (damaged file set aside, or missing) is listed as failed with the
 * Chinese reason, like a file that failed to import; library.json follows shortly.
 */
function markUnreadable(context: ServiceContext, entry: LibraryEntry, reason: string): void {
  if (entry.error !== null) return;
  entry.error = reason;
  context.scheduleLibraryWrite();
}

/** Runs a read of one of the entry's files; an unreadable file marks the entry and gives `fallback`. */
async function readOrMark<T>(
  context: ServiceContext,
  entry: LibraryEntry,
  read: () => Promise<T>,
  fallback: T,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    markUnreadable(context, entry, error.message);
    return fallback;
  }
}

type ReadStored<Stored extends AnyStored> = (id: ReportId) => Promise<Stored | null>;

/** The entry's reports/<id>.json; null for a failed import, or when the file is missing or damaged. */
async function readStored<Stored extends AnyStored>(
  context: ServiceContext,
  entry: LibraryEntry,
  read: ReadStored<Stored>,
): Promise<Stored | null> {
  if (entry.error !== null) return null;
  const stored = await readOrMark(context, entry, () => read(entry.id), null);
  if (stored === null) markUnreadable(context, entry, storageMessages.reportMissing);
  return entry.error === null ? stored : null;
}

/** The newest report of the same body for the year before, as the checks against it need it. */
export async function readPrevious(
  context: ServiceContext,
  entry: LibraryEntry,
): Promise<ReportWithoutDocument | null> {
  const previousEntry = findPreviousEntry(context, entry);
  return previousEntry
    ? readStored(context, previousEntry, (id) => context.reports.readWithoutDocument(id))
    : null;
}

async function loadWith<Stored extends AnyStored>(
  context: ServiceContext,
  id: ReportId,
  read: ReadStored<Stored>,
): Promise<ReportBundle<Stored> | null> {
  const entry = context.findEntry(id);
  if (!entry) return null;
  const [stored, reviews, previous] = await Promise.all([
    readStored(context, entry, read),
    readOrMark(context, entry, () => context.reviews.read(id), emptyReviews()),
    readPrevious(context, entry),
  ]);
  // A damaged reviews file marks the entry too: its findings are not shown without their decisions.
  return { entry, stored: entry.error === null ? stored : null, reviews, previous };
}

export const loadBundle = (context: ServiceContext, id: ReportId): Promise<ReportBundle | null> =>
  loadWith(context, id, (reportId) => context.reports.read(reportId));

/** A bundle for what never shows the original (counts, exports, the 汇总): no document model read. */
export const loadBundleWithoutDocument = (
  context: ServiceContext,
  id: ReportId,
): Promise<ReportBundle<ReportWithoutDocument> | null> =>
  loadWith(context, id, (reportId) => context.reports.readWithoutDocument(reportId));

export function crossYearFindings(stored: AnyStored, previous: ReportWithoutDocument | null): Finding[] {
  if (!previous) return [];
  const current: ExtractedReport = correctedReport(stored.report, stored.corrections);
  return checkAcrossYears(current, correctedReport(previous.report, previous.corrections));
}

export function bundleFindings({ stored, reviews, previous }: ReportBundle<AnyStored>) {
  const live = stored ? [...stored.findings, ...crossYearFindings(stored, previous)] : [];
  return mergeFindings({ live, resolved: stored?.resolved ?? [], reviews });
}

/** A library entry as listed; its region is read again from the name, so that older entries group with newer ones. */
export function toSummary(entry: LibraryEntry): ReportSummary {
  const {
    extension: _extension,
    sizeBytes: _sizeBytes,
    originalKept: _originalKept,
    textHash: _textHash,
    ...summary
  } = entry;
  return { ...summary, region: guessRegion(entry.agency) ?? entry.region, counts: { ...summary.counts } };
}

/** 与上年对比: the report this one is checked against, and what is compared. */
function comparisonOf({ stored, previous }: ReportBundle<AnyStored>): CrossYearComparison {
  const template = stored?.report.template ?? null;
  if (!previous) return { previous: null, checks: crossYearChecks(template, template) };
  const { id, fileName, report } = previous;
  return {
    previous: { reportId: id, agency: report.agency, year: report.year, fileName },
    checks: crossYearChecks(template, report.template),
  };
}

export function buildDetail(bundle: ReportBundle<AnyStored>): ReportDetail {
  const findings = bundleFindings(bundle);
  const { stored, entry, reviews } = bundle;
  return {
    summary: { ...toSummary(entry), ...tally(findings), completed: reviews.completion },
    title: stored?.report.title ?? null,
    cells: stored ? applyCorrections(stored.report.cells, stored.corrections) : {},
    corrections: stored?.corrections ?? [],
    findings,
    document: stored?.document ?? null,
    comparison: comparisonOf(bundle),
  };
}

export const sameTally = (entry: LibraryEntry, next: Tally): boolean =>
  (next.completed === undefined || sameMark(entry.completed, next.completed)) &&
  entry.reviewed === next.reviewed &&
  entry.total === next.total &&
  (Object.keys(next.counts) as (keyof Tally['counts'])[]).every(
    (key) => entry.counts[key] === next.counts[key],
  );

/** Sets a summary's counts in memory; returns whether anything changed (the caller writes library.json). */
export function setTally(entry: LibraryEntry, next: Tally): boolean {
  if (sameTally(entry, next)) return false;
  entry.counts = { ...next.counts };
  entry.reviewed = next.reviewed;
  entry.total = next.total;
  if (next.completed !== undefined) entry.completed = next.completed;
  return true;
}

const sameMark = (a: CompletionMark | null, b: CompletionMark | null): boolean =>
  a === b || (a !== null && b !== null && a.reviewer === b.reviewer && a.at === b.at);

/** The summary's derived data from the report's files: counts and the 审查完毕 mark. */
export const bundleTally = (bundle: ReportBundle<AnyStored>): Tally => ({
  ...tally(bundleFindings(bundle)),
  completed: bundle.reviews.completion,
});

/** Recomputes the counts of a summary from its files (after a change to the report it is checked against). */
export async function refreshCounts(context: ServiceContext, id: ReportId): Promise<boolean> {
  const bundle = await loadBundleWithoutDocument(context, id);
  return bundle ? setTally(bundle.entry, bundleTally(bundle)) : false;
}
