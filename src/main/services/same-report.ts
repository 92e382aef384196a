// The same report arriving again with other bytes (saved again, another encoding, downloaded twice, a
// corrected re-publication): recognised by the same body and year, or the same normalised text; replacing
// the earlier file keeps the reviewer's decisions wherever the same findings still arise.
import { createHash } from 'node:crypto';
import type { CellCorrection, ReportId, SameReportMatch } from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { checkReport, sameBody } from '../domain/checks/index';
import type { LibraryEntry } from '../storage/library-schema';
import type { StoredReport } from '../storage/report-store';
import { emptyReviews, type StoredReviews } from '../storage/review-store';
import { correctedReport, uniqueFindings } from './report-assembly';
import type { ServiceContext } from './service-context';

/** sha256 of the text with layout, width and case differences removed; null for a text too short to tell. */
export function textHashOf(report: ExtractedReport): string | null {
  const normalised = report.text.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
  return normalised.length < 20 ? null : createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** The newest readable report that is the same report as `entry` (not `entry` itself), if any. */
export function findSameReport(context: ServiceContext, entry: LibraryEntry): SameReportMatch | null {
  const sameText = (other: LibraryEntry) => entry.textHash !== null && other.textHash === entry.textHash;
  const sameBodyAndYear = (other: LibraryEntry) =>
    entry.agency !== null &&
    other.agency !== null &&
    entry.year !== null &&
    other.year === entry.year &&
    sameBody(other.agency, entry.agency);
  const match = context.db.data.reports
    .filter((other) => other.id !== entry.id && other.error === null)
    .filter((other) => sameText(other) || sameBodyAndYear(other))
    .sort((a, b) => Number(sameText(b)) - Number(sameText(a)) || b.importedAt.localeCompare(a.importedAt))[0];
  if (!match) return null;
  return {
    reportId: match.id,
    agency: match.agency,
    year: match.year,
    fileName: match.fileName,
    sameText: sameText(match),
  };
}

/** The first version's id: the group every version of one report shares. */
export const versionRoot = (entry: LibraryEntry): ReportId => entry.versionOf ?? entry.id;

/** Corrections of the earlier file whose cell reads the same value in the new one (the same misreading). */
function carriedCorrections(earlier: StoredReport | null, report: ExtractedReport): CellCorrection[] {
  return (earlier?.corrections ?? []).filter(
    (correction) => (report.cells[correction.cellId]?.value ?? null) === correction.original,
  );
}

export interface Carried {
  stored: StoredReport;
  reviews: StoredReviews;
}

/**
 * The new report with what carries over from the one it replaces: corrections of cells that read the same,
 * decisions and drafts on findings that still arise, the reviewer's own findings, and the 审查完毕 mark
 * when the text is the same.
 */
export function carryOver(
  stored: StoredReport,
  earlier: { stored: StoredReport | null; reviews: StoredReviews },
  liveCrossYear: (stored: StoredReport) => Finding[],
  sameText: boolean,
): Carried {
  const corrections = carriedCorrections(earlier.stored, stored.report);
  const findings =
    corrections.length === 0
      ? stored.findings
      : uniqueFindings([...stored.report.findings, ...checkReport(correctedReport(stored.report, corrections))]);
  const next: StoredReport = { ...stored, corrections, findings };
  const live = new Set([...findings, ...liveCrossYear(next)].map((finding) => finding.id));
  const reviews = emptyReviews();
  for (const [id, record] of Object.entries(earlier.reviews.records)) {
    if (live.has(id)) reviews.records[id] = record;
  }
  for (const [id, draft] of Object.entries(earlier.reviews.drafts)) {
    if (live.has(id)) reviews.drafts[id] = draft;
  }
  reviews.added = earlier.reviews.added;
  for (const finding of earlier.reviews.added) {
    const record = earlier.reviews.records[finding.id];
    if (record) reviews.records[finding.id] = record;
  }
  reviews.completion = sameText ? earlier.reviews.completion : null;
  return { stored: next, reviews };
}
