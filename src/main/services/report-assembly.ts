// Pure assembly of what the reviewer sees: corrected cells, findings merged with review state, counts.
import type { CellCorrection, ReviewedFinding, ReportSummary } from '../../shared/ipc-contract';
import type { CellId, ExtractedCell, ExtractedReport, Finding, Severity } from '../../shared/report';
import type { ReviewRecord, StoredReviews } from '../storage/review-store';

export function applyCorrections(
  cells: Record<CellId, ExtractedCell>,
  corrections: CellCorrection[],
): Record<CellId, ExtractedCell> {
  if (corrections.length === 0) return cells;
  const corrected = { ...cells };
  for (const correction of corrections) {
    const cell = corrected[correction.cellId];
    // The raw text stays as written in the original; only the value is the reviewer's, and so no
    // longer an OCR reading in doubt.
    const { reading, ...rest }: ExtractedCell = cell ?? { raw: '', value: null };
    corrected[correction.cellId] = {
      ...rest,
      ...(reading && reading.kind !== 'ocr' ? { reading } : {}),
      value: correction.corrected,
    };
  }
  return corrected;
}

export const correctedReport = (report: ExtractedReport, corrections: CellCorrection[]): ExtractedReport =>
  corrections.length === 0 ? report : { ...report, cells: applyCorrections(report.cells, corrections) };

/** Keeps the first finding of each id. */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => !seen.has(finding.id) && seen.add(finding.id));
}

export const hasReview = (record: ReviewRecord | undefined): boolean =>
  record !== undefined && (record.review !== null || record.history.length > 0);

/** Worked on: decided, or with a comment typed and not yet saved. Such a finding is kept when it stops firing. */
export const workedOn = (reviews: StoredReviews, findingId: string): boolean =>
  hasReview(reviews.records[findingId]) || reviews.drafts[findingId] !== undefined;

function withReview(
  finding: Finding,
  origin: ReviewedFinding['origin'],
  reviews: StoredReviews,
  resolved: boolean,
): ReviewedFinding {
  const record: ReviewRecord | undefined = reviews.records[finding.id];
  const merged: ReviewedFinding = {
    ...finding,
    origin,
    review: record?.review ?? null,
    history: record?.history ?? [],
  };
  if (resolved) merged.resolved = true;
  const draft = reviews.drafts[finding.id];
  if (draft) merged.draft = draft;
  return merged;
}

export interface FindingSources {
  /** Findings raised now: parse + single-report checks + cross-year checks. */
  live: Finding[];
  /** Reviewed findings no longer raised. */
  resolved: Finding[];
  reviews: StoredReviews;
}

export function mergeFindings({ live, resolved, reviews }: FindingSources): ReviewedFinding[] {
  const liveFindings = uniqueFindings(live);
  const liveIds = new Set(liveFindings.map((finding) => finding.id));
  return [
    ...liveFindings.map((finding) => withReview(finding, 'check', reviews, false)),
    ...resolved
      .filter((finding) => !liveIds.has(finding.id))
      .map((finding) => withReview(finding, 'check', reviews, true)),
    ...reviews.added.map((finding) => withReview(finding, 'reviewer', reviews, false)),
  ];
}

export type Tally = Pick<ReportSummary, 'counts' | 'reviewed' | 'total' | 'completed'>;

export const zeroCounts = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

/** Counts per severity of open findings (neither resolved nor dismissed); reviewed = decided findings. */
export function tally(findings: ReviewedFinding[]): Tally {
  const counts = zeroCounts();
  let reviewed = 0;
  let total = 0;
  for (const finding of findings) {
    if (finding.resolved) continue;
    total += 1;
    const status = finding.review?.status ?? 'pending';
    if (status !== 'pending') reviewed += 1;
    if (status !== 'dismissed') counts[finding.severity] += 1;
  }
  return { counts, reviewed, total };
}
