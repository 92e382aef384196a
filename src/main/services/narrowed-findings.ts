// A correction can leave part of a finding standing: one of a row's two blank cells filled in, one of
// several unverifiable sums made readable. The finding's cells change and with them its id. It is still
// the problem the reviewer judged, so their decision and typed comment follow it to what remains, and the
// finding it was is not listed again as 已消除.
import type { Finding } from '../../shared/report';
import type { StoredReviews } from '../storage/review-store';
import { workedOn } from './report-assembly';

const within = (inner: Finding, outer: Finding): boolean =>
  inner.cells.length < outer.cells.length && inner.cells.every((cell) => outer.cells.includes(cell));

/** The same kind of finding: rule and severity (a sum that could not be verified is not the same sum failing). */
const sameKind = (a: Finding, b: Finding): boolean => a.rule === b.rule && a.severity === b.severity;

export interface Succession {
  /** Decisions or comments were copied (the review file is to be written). */
  carried: boolean;
  /** Ids of findings of `before` that continue in a worked-on finding of `after`: not kept as 已消除. */
  continued: Set<string>;
}

/**
 * Copies the decision and the typed comment of each worked-on finding of `before` that stopped firing onto
 * the finding of `after` that narrows it, when that one has none of its own and narrows no other worked-on finding.
 * The copied-from records stay: should the finding fire again as it was (the correction undone), it has them.
 */
export function followNarrowed(reviews: StoredReviews, before: Finding[], after: Finding[]): Succession {
  const beforeIds = new Set(before.map((finding) => finding.id));
  const afterIds = new Set(after.map((finding) => finding.id));
  const gone = before.filter((finding) => !afterIds.has(finding.id) && workedOn(reviews, finding.id));
  const appeared = after.filter((finding) => !beforeIds.has(finding.id));
  let carried = false;
  for (const now of appeared) {
    if (workedOn(reviews, now.id)) continue;
    const narrowed = gone.filter((finding) => sameKind(finding, now) && within(now, finding));
    if (narrowed.length !== 1) continue;
    const from = narrowed[0]!.id;
    if (reviews.records[from]) reviews.records[now.id] = structuredClone(reviews.records[from]);
    if (reviews.drafts[from]) reviews.drafts[now.id] = { ...reviews.drafts[from] };
    carried = true;
  }
  const continued = new Set(
    gone
      .filter((finding) =>
        appeared.some(
          (now) =>
            sameKind(finding, now) &&
            (within(now, finding) || within(finding, now)) &&
            workedOn(reviews, now.id),
        ),
      )
      .map((finding) => finding.id),
  );
  return { carried, continued };
}
