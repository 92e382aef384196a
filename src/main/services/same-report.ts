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
import { locateExcerpt } from './excerpt-source';
import { correctedReport, uniqueFindings, workedOn } from './report-assembly';
import { withdrawForNewFindings } from './completion-mark';
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

/** The excerpt as compared: white space and width differences left out. */
const excerptKey = (finding: Finding): string =>
  (finding.excerpt ?? '').normalize('NFKC').replace(/\s+/g, '');

/**
 * The earlier finding whose decision each new finding takes: the one with its id and the same excerpt; else one
 * of the same rule quoting the same text (findings of one rule about repeated sentences are numbered in order,
 * and a re-publication that drops one renumbers the rest); else the one with its id (its excerpt is text
 * around the point, which a re-publication may have edited).
 */
function matchEarlier(findings: Finding[], earlier: Finding[]): Map<string, Finding> {
  const keys = new Map([...findings, ...earlier].map((finding) => [finding, excerptKey(finding)]));
  const sameExcerpt = (a: Finding, b: Finding) => keys.get(a) === keys.get(b);
  const matched = new Map<string, Finding>();
  const taken = new Set<Finding>();
  const pass = (same: (finding: Finding, candidate: Finding) => boolean) => {
    for (const finding of findings) {
      if (matched.has(finding.id)) continue;
      const candidate = earlier.find((other) => !taken.has(other) && same(finding, other));
      if (!candidate) continue;
      matched.set(finding.id, candidate);
      taken.add(candidate);
    }
  };
  pass((finding, other) => other.id === finding.id && sameExcerpt(finding, other));
  pass(
    (finding, other) =>
      other.rule === finding.rule && keys.get(finding) !== '' && sameExcerpt(finding, other),
  );
  pass((finding, other) => other.id === finding.id);
  return matched;
}

/**
 * The new report with what carries over from the one it replaces: corrections of cells that read the same;
 * decisions and drafts on findings that still arise; findings decided on (or with a draft) that no longer
 * arise, kept as resolved (已消除) with their decisions; the reviewer's own findings, placed in the new
 * document; and the 审查完毕 mark when the text is the same. Decisions on findings the earlier file's data
 * no longer shows (it became unreadable) are kept under their ids.
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
  const live = uniqueFindings([...findings, ...liveCrossYear(next)]);
  const before = earlier.stored
    ? uniqueFindings([
        ...earlier.stored.findings,
        ...liveCrossYear(earlier.stored),
        ...earlier.stored.resolved,
      ])
    : [];
  const reviews = emptyReviews();
  const carry = (from: string, to: string) => {
    const record = earlier.reviews.records[from];
    if (record) reviews.records[to] = record;
    const draft = earlier.reviews.drafts[from];
    if (draft) reviews.drafts[to] = draft;
  };
  const matched = matchEarlier(live, before);
  for (const [id, finding] of matched) carry(finding.id, id);
  // A finding worked on that no longer arises stays, resolved; under an id of its own if a new one took its id.
  const liveIds = new Set(live.map((finding) => finding.id));
  const carried = new Set(matched.values());
  next.resolved = before
    .filter((finding) => !carried.has(finding) && workedOn(earlier.reviews, finding.id))
    .map((finding) => {
      const id = liveIds.has(finding.id) ? `${finding.id}@${hashOf(excerptKey(finding))}` : finding.id;
      carry(finding.id, id);
      return { ...finding, id };
    });
  reviews.added = earlier.reviews.added.map((finding) => {
    carry(finding.id, finding.id);
    const { excerptSource: _earlierPlace, ...rest } = finding;
    const excerptSource = finding.excerpt ? locateExcerpt(next.document, finding.excerpt) : undefined;
    return excerptSource ? { ...rest, excerptSource } : rest;
  });
  // What the earlier file's findings do not account for is kept as it was.
  const known = new Set([...before, ...earlier.reviews.added].map((finding) => finding.id));
  const ids = new Set([...Object.keys(earlier.reviews.records), ...Object.keys(earlier.reviews.drafts)]);
  for (const id of ids)
    if (!known.has(id) && !(id in reviews.records) && !(id in reviews.drafts)) carry(id, id);
  reviews.completion = sameText ? earlier.reviews.completion : null;
  // The same text may still read differently (another file of it, checks added since): a finding nobody has
  // worked on withdraws the mark, as after a correction.
  withdrawForNewFindings(reviews, before, live);
  return { stored: next, reviews };
}

const hashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
