// A correction can leave part of a finding standing: one of a row's two blank cells filled in, one of
// several unverifiable sums made readable. The finding's cells change and with them its id. It is still
// the problem the reviewer judged, so their decision and typed comment follow it to what remains, and the
// finding it was is not listed again as 已消除. Set back, the finding is whole again and takes the latest
// of the reviewer's work along, never an older decision over a newer one.
import type { Finding } from '../../shared/report';
import type { StoredReviews } from '../storage/review-store';
import { workedOn } from './report-assembly';

const within = (inner: Finding, outer: Finding): boolean =>
  inner.cells.length < outer.cells.length && inner.cells.every((cell) => outer.cells.includes(cell));

/** The same kind of finding: rule and severity (a sum that could not be verified is not the same sum failing). */
const sameKind = (a: Finding, b: Finding): boolean => a.rule === b.rule && a.severity === b.severity;

/** One finding's cells among the other's, of the same kind: the same problem, narrowed or widened. */
const continues = (gone: Finding, now: Finding): boolean =>
  sameKind(gone, now) && (within(now, gone) || within(gone, now));

/** When the reviewer last worked on a finding (a decision or a typed comment), as an ISO time; '' for never. */
function lastWorked(reviews: StoredReviews, id: string): string {
  const record = reviews.records[id];
  const times = [...(record?.history ?? []), ...(record?.review ? [record.review] : [])].map((entry) => entry.at);
  const draft = reviews.drafts[id]?.at;
  return [...times, ...(draft ? [draft] : [])].sort().at(-1) ?? '';
}

export interface Succession {
  /** Decisions or comments were copied (the review file is to be written). */
  carried: boolean;
  /** Ids of findings of `before` that continue in a worked-on finding of `after`: not kept as 已消除. */
  continued: Set<string>;
}

/**
 * For each finding of `after` that continues exactly one worked-on finding of `before` that stopped firing:
 * when that one was worked on later, its decision and typed comment are copied onto it. A narrower finding
 * takes them always; a wider one only when it was worked on before (the correction set back), for a cell
 * nobody has judged may have joined it. The copied-from records stay, in case that finding fires again.
 */
export function followNarrowed(reviews: StoredReviews, before: Finding[], after: Finding[]): Succession {
  const beforeIds = new Set(before.map((finding) => finding.id));
  const afterIds = new Set(after.map((finding) => finding.id));
  const gone = before.filter((finding) => !afterIds.has(finding.id) && workedOn(reviews, finding.id));
  const appeared = after.filter((finding) => !beforeIds.has(finding.id));
  let carried = false;
  for (const now of appeared) {
    const predecessors = gone.filter((finding) => continues(finding, now));
    if (predecessors.length !== 1) continue;
    const from = predecessors[0]!;
    if (!within(now, from) && !workedOn(reviews, now.id)) continue;
    if (lastWorked(reviews, from.id) <= lastWorked(reviews, now.id)) continue;
    const record = reviews.records[from.id];
    const draft = reviews.drafts[from.id];
    if (record) reviews.records[now.id] = structuredClone(record);
    else delete reviews.records[now.id];
    if (draft) reviews.drafts[now.id] = { ...draft };
    else delete reviews.drafts[now.id];
    carried = true;
  }
  const continued = new Set(
    gone
      .filter((finding) => appeared.some((now) => continues(finding, now) && workedOn(reviews, now.id)))
      .map((finding) => finding.id),
  );
  return { carried, continued };
}
