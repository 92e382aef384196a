// library.list, library.delete, library.coverage.
import type { Coverage, CoverageRow, ReportId, ReportSummary, Result } from '../../shared/ipc-contract';
import type { LibraryEntry } from '../storage/library-schema';
import { isReportId } from '../storage/report-id';
import { sameBody } from '../domain/checks/index';
import { messages } from './messages';
import { crossYearBefore, keepCrossYearDecisions } from './cross-year-decisions';
import { toSummary } from './report-loader';
import { fail, ok } from './result';
import type { ServiceContext } from './service-context';

export function listReports(context: ServiceContext): Result<ReportSummary[]> {
  return ok(context.db.data.reports.map(toSummary));
}

/**
 * Removes the entry first (the commit), then its files; the same body's next-year reports keep their decisions
 * on findings against it (已消除), and their counts are taken again.
 */
export async function deleteReport(
  context: ServiceContext,
  reportId: ReportId,
): Promise<Result<{ deleted: boolean }>> {
  if (!isReportId(reportId)) return fail('invalid_request', messages.invalidReportId);
  return context.serialize(async () => {
    const entry = context.findEntry(reportId);
    if (!entry) return ok({ deleted: false });
    const following = await crossYearBefore(context, [entry]);
    const before = context.db.data.reports;
    context.db.data.reports = before.filter((other) => other.id !== reportId);
    // The next version becomes the first one of the report's remaining versions.
    const later = context.db.data.reports.filter((other) => other.versionOf === reportId);
    const [nextFirst] = later;
    if (nextFirst) for (const other of later) other.versionOf = other === nextFirst ? null : nextFirst.id;
    await context.commitLibrary(() => {
      context.db.data.reports = before;
      for (const other of later) other.versionOf = reportId;
    });
    await keepCrossYearDecisions(context, following);
    // Deleted once library.json says so: files that cannot be removed now are orphans, not an error.
    await Promise.all([
      context.reports.remove(reportId),
      context.reviews.remove(reportId),
      context.originals.remove(reportId),
    ]).catch((error: unknown) => console.error(`[library] files of ${reportId} not removed`, error));
    return ok({ deleted: true });
  });
}

interface BodyGroup {
  agency: string;
  entries: LibraryEntry[];
}

/** Bodies × years of the successfully read reports; bodies are grouped with the checks' sameBody. */
export function coverage(context: ServiceContext): Result<Coverage> {
  const byName = new Map<string, LibraryEntry[]>();
  const years = new Set<number>();
  for (const entry of context.db.data.reports) {
    if (entry.error !== null || entry.agency === null || entry.year === null) continue;
    byName.set(entry.agency, [...(byName.get(entry.agency) ?? []), entry]);
    years.add(entry.year);
  }
  // Identical names first, then sameBody across distinct names only (it is the costly comparison).
  const groups: BodyGroup[] = [];
  for (const [agency, entries] of byName) {
    const group = groups.find((candidate) => sameBody(candidate.agency, agency));
    if (!group) groups.push({ agency, entries });
    else {
      group.entries.push(...entries);
      // The body is shown under its fullest name ("淮安市洪泽区人民政府" rather than "洪泽区人民政府").
      if (agency.length > group.agency.length) group.agency = agency;
    }
  }
  const rows = groups.map(({ agency, entries }): CoverageRow => {
    const cells: CoverageRow['years'] = {};
    // When a body has two reports for a year, the later import is shown.
    const ordered = [...entries].sort((first, second) => first.importedAt.localeCompare(second.importedAt));
    for (const { id, year, counts, reviewed, total, completed } of ordered) {
      if (year !== null) cells[year] = { reportId: id, counts: { ...counts }, reviewed, total, completed };
    }
    return { agency, years: cells };
  });
  rows.sort((first, second) => first.agency.localeCompare(second.agency, 'zh-CN'));
  // Every year between the first and the last, so that a year nobody reported for shows as a gap.
  const span = years.size === 0 ? [] : [Math.min(...years), Math.max(...years)];
  const allYears = span.length ? Array.from({ length: span[1]! - span[0]! + 1 }, (_, i) => span[0]! + i) : [];
  return ok({ years: allYears, rows });
}
