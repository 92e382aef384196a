// A report's checks against the year before change when that year's report changes: corrected, removed,
// or another version imported. What the reviewer decided on such findings of the year after is not dropped
// with them: a decided finding that no longer fires stays listed as 已消除 with its decision, as it does
// after a correction to the report itself.
import type { ReportId } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import type { LibraryEntry } from '../storage/library-schema';
import type { ReportWithoutDocument } from '../storage/report-store';
import { withdrawForNewFindings } from './completion-mark';
import { workedOn } from './report-assembly';
import {
  bundleTally,
  crossYearFindings,
  findNextEntries,
  loadBundle,
  loadBundleWithoutDocument,
  setTally,
  type ReportBundle,
} from './report-loader';
import type { ServiceContext } from './service-context';

/** The cross-year findings of the reports of the year after, before a change. */
export type CrossYearBefore = Map<ReportId, Finding[]>;

/** Taken before changing `entries` (or adding them): the cross-year findings of the year after them, as they fire now. */
export async function crossYearBefore(
  context: ServiceContext,
  entries: LibraryEntry[],
): Promise<CrossYearBefore> {
  const before: CrossYearBefore = new Map();
  for (const next of entries.flatMap((entry) => findNextEntries(context, entry))) {
    if (before.has(next.id)) continue;
    const bundle = await loadBundleWithoutDocument(context, next.id);
    before.set(next.id, bundle?.stored ? crossYearFindings(bundle.stored, bundle.previous) : []);
  }
  return before;
}

/** The findings of `before` worked on (decided, or a comment typed) that no longer fire and are not yet kept as resolved. */
function workedOnAndGone(bundle: ReportBundle<ReportWithoutDocument>, before: Finding[], firing: Finding[]): Finding[] {
  if (!bundle.stored) return [];
  const live = new Set(firing.map((finding) => finding.id));
  const kept = new Set(bundle.stored.resolved.map((finding) => finding.id));
  return before.filter(
    (finding) => !live.has(finding.id) && !kept.has(finding.id) && workedOn(bundle.reviews, finding.id),
  );
}

/**
 * After the change is committed: the findings of `before` worked on that no longer fire are kept as resolved in
 * their report's file, a 审查完毕 mark is withdrawn when a finding nobody has worked on now fires, and the
 * reports' counts are taken again. A report that cannot be written now is left as it was (its decisions stay
 * in its review file; the finding shows again when it fires again).
 */
export async function keepCrossYearDecisions(
  context: ServiceContext,
  before: CrossYearBefore,
): Promise<void> {
  let recounted = false;
  for (const [id, findings] of before) {
    try {
      const bundle = await loadBundleWithoutDocument(context, id);
      if (!bundle) continue;
      const firing = bundle.stored ? crossYearFindings(bundle.stored, bundle.previous) : [];
      if (withdrawForNewFindings(bundle.reviews, findings, firing)) {
        await context.reviews.write(id, bundle.reviews);
        bundle.entry.completed = null;
        recounted = true;
      }
      const gone = workedOnAndGone(bundle, findings, firing);
      // Rare: only then is the whole file read, to be written back.
      const stored = gone.length > 0 ? (await loadBundle(context, id))?.stored : null;
      if (stored && bundle.stored) {
        const resolved = [...stored.resolved, ...gone];
        await context.reports.write({ ...stored, resolved });
        bundle.stored = { ...bundle.stored, resolved };
      }
      recounted = setTally(bundle.entry, bundleTally(bundle)) || recounted;
    } catch (error) {
      console.error(`[library] decisions of ${id} on findings against the year before not kept`, error);
    }
  }
  if (recounted) context.scheduleLibraryWrite();
}
