// Loads one report with everything its detail needs, including the same body's previous-year report.
import type { ReportDetail, ReportId, ReportSummary } from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { checkAcrossYears, sameBody } from '../domain/checks/index';
import type { LibraryEntry } from '../storage/library-schema';
import { UnreadableFileError } from '../storage/checked-read';
import { guessRegion } from '../storage/region';
import type { StoredReport } from '../storage/report-store';
import { emptyReviews, type StoredReviews } from '../storage/review-store';
import { storageMessages } from '../storage/storage-messages';
import { applyCorrections, correctedReport, mergeFindings, tally, type Tally } from './report-assembly';
import type { ServiceContext } from './service-context';

export interface ReportBundle {
  entry: LibraryEntry;
  /** Null for a file that failed to import. */
  stored: StoredReport | null;
  reviews: StoredReviews;
  previous: StoredReport | null;
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

/** The entry's reports/<id>.json; null for a failed import, or when the file is missing or damaged. */
export async function readReport(context: ServiceContext, entry: LibraryEntry): Promise<StoredReport | null> {
  if (entry.error !== null) return null;
  const stored = await readOrMark(context, entry, () => context.reports.read(entry.id), null);
  if (stored === null) markUnreadable(context, entry, storageMessages.reportMissing);
  return entry.error === null ? stored : null;
}

export async function loadBundle(context: ServiceContext, id: ReportId): Promise<ReportBundle | null> {
  const entry = context.findEntry(id);
  if (!entry) return null;
  const previousEntry = findPreviousEntry(context, entry);
  const [stored, reviews, previous] = await Promise.all([
    readReport(context, entry),
    readOrMark(context, entry, () => context.reviews.read(id), emptyReviews()),
    previousEntry ? readReport(context, previousEntry) : Promise.resolve(null),
  ]);
  // A damaged reviews file marks the entry too: its findings are not shown without their decisions.
  return { entry, stored: entry.error === null ? stored : null, reviews, previous };
}

export function crossYearFindings(stored: StoredReport, previous: StoredReport | null): Finding[] {
  if (!previous) return [];
  const current: ExtractedReport = correctedReport(stored.report, stored.corrections);
  return checkAcrossYears(current, correctedReport(previous.report, previous.corrections));
}

export function bundleFindings({ stored, reviews, previous }: ReportBundle) {
  const live = stored ? [...stored.findings, ...crossYearFindings(stored, previous)] : [];
  return mergeFindings({ live, resolved: stored?.resolved ?? [], reviews });
}

/** A library entry as listed; its region is read again from the name, so that older entries group with newer ones. */
export function toSummary(entry: LibraryEntry): ReportSummary {
  const { extension: _extension, sizeBytes: _sizeBytes, originalKept: _originalKept, ...summary } = entry;
  return { ...summary, region: guessRegion(entry.agency) ?? entry.region, counts: { ...summary.counts } };
}

export function buildDetail(bundle: ReportBundle): ReportDetail {
  const findings = bundleFindings(bundle);
  const { stored, entry } = bundle;
  return {
    summary: { ...toSummary(entry), ...tally(findings) },
    title: stored?.report.title ?? null,
    cells: stored ? applyCorrections(stored.report.cells, stored.corrections) : {},
    corrections: stored?.corrections ?? [],
    findings,
    document: stored?.document ?? null,
  };
}

export const sameTally = (entry: LibraryEntry, next: Tally): boolean =>
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
  return true;
}

/** Recomputes the counts of a summary from its files (after a change to the report it is checked against). */
export async function refreshCounts(context: ServiceContext, id: ReportId): Promise<boolean> {
  const bundle = await loadBundle(context, id);
  return bundle ? setTally(bundle.entry, tally(bundleFindings(bundle))) : false;
}
