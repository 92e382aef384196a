// Summary counts in library.json are derived from reports/<id>.json and reviews/<id>.json, and written a
// little after them: a crash in between leaves them stale. On open, the reports whose files are newer than
// library.json (one stat per file, no reads) are counted again; so are the next year's reports of a report
// whose file changed (their cross-year findings depend on it).
import type { ReportId } from '../../shared/ipc-contract';
import { modifiedAtMs, reportsChangedSince } from '../storage/library-folder';
import { StorageWriteError } from '../storage/storage-errors';
import { findNextEntries, refreshCounts } from './report-loader';
import type { ServiceContext } from './service-context';

/** Recounts what may be stale; returns the ids recounted. library.json is rewritten when there were any. */
export async function repairStaleCounts(context: ServiceContext): Promise<ReportId[]> {
  const since = await modifiedAtMs(context.paths.libraryFile);
  const changed = await reportsChangedSince(context.paths, since);
  const targets = new Set<ReportId>();
  for (const entry of context.db.data.reports) {
    if (changed.reviews.has(entry.id)) targets.add(entry.id);
    if (!changed.reports.has(entry.id)) continue;
    targets.add(entry.id);
    for (const next of findNextEntries(context, entry)) targets.add(next.id);
  }
  if (targets.size === 0) return [];
  for (const id of targets) await refreshCounts(context, id);
  // Written even when nothing changed, so that library.json is newer than the files it was checked against.
  // A library that cannot be written now still opens: the counts are right in memory and recounted next time.
  await context.db.write().catch((error: unknown) => {
    if (!(error instanceof StorageWriteError)) throw error;
    console.error('[storage] recounted summary counts not saved', error);
  });
  return [...targets];
}
