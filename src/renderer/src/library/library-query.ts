// Filtering and sorting of the library, pure so it can be memoised and measured on thousands of rows.
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { reviewStateOf, type ReviewState } from '../common/format';

export type SortKey = 'agency' | 'year' | 'template' | 'format' | 'date' | 'flags' | 'progress';
export type SortDirection = 'asc' | 'desc';

export interface LibraryQuery {
  search: string;
  year: number | 'all';
  severity: 'all' | 'error' | 'warning';
  state: 'all' | ReviewState;
  region: string;
  sort: { key: SortKey; direction: SortDirection };
  /** The reports behind a bar clicked in the 汇总 ("淮安市洪泽区商务局", "表三总量平衡"); null: no such filter. */
  focus?: { label: string; reportIds: ReportId[] } | null;
}

export const initialQuery: LibraryQuery = {
  search: '',
  year: 'all',
  severity: 'all',
  state: 'all',
  region: 'all',
  sort: { key: 'agency', direction: 'asc' },
};

const collator = new Intl.Collator('zh-CN', { numeric: true });

const normalise = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

function matches(report: ReportSummary, query: LibraryQuery, search: string, focus: Set<string> | null): boolean {
  if (focus && !focus.has(report.id)) return false;
  if (search && !normalise(report.agency ?? report.fileName).includes(search)) return false;
  if (query.year !== 'all' && report.year !== query.year) return false;
  if (query.severity !== 'all' && report.counts[query.severity] === 0) return false;
  if (query.state !== 'all' && reviewStateOf(report.reviewed, report.total) !== query.state) return false;
  if (query.region !== 'all' && report.region !== query.region) return false;
  return true;
}

type Comparable = string | number | null;

function sortValue(report: ReportSummary, key: SortKey): Comparable {
  switch (key) {
    case 'agency':
      return report.agency ?? report.fileName;
    case 'year':
      return report.year;
    case 'template':
      return report.template;
    case 'format':
      return report.format;
    case 'date':
      return report.date;
    case 'flags':
      return report.counts.error * 1_000_000 + report.counts.warning * 1_000 + report.counts.info;
    case 'progress':
      return report.total === 0 ? 2 : report.reviewed / report.total;
  }
}

function compare(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** The reports in the chosen order (ties broken by agency, then newest year). */
export function sortReports(reports: ReportSummary[], sort: LibraryQuery['sort']): ReportSummary[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return reports
    .map((report) => ({ report, value: sortValue(report, sort.key) }))
    .sort((a, b) => {
      const primary = a.value === null || b.value === null ? compare(a.value, b.value) : sign * compare(a.value, b.value);
      if (primary !== 0) return primary;
      return compare(a.report.agency, b.report.agency) || compare(b.report.year, a.report.year);
    })
    .map((entry) => entry.report);
}

/** The sorted reports that pass the filters (order kept). */
export function filterReports(sorted: ReportSummary[], query: LibraryQuery): ReportSummary[] {
  const search = normalise(query.search);
  const focus = query.focus ? new Set<string>(query.focus.reportIds) : null;
  return sorted.filter((report) => matches(report, query, search, focus));
}

export function queryLibrary(reports: ReportSummary[], query: LibraryQuery): ReportSummary[] {
  return filterReports(sortReports(reports, query.sort), query);
}

export interface FilterOptions {
  years: number[];
  regions: string[];
}

export function filterOptions(reports: ReportSummary[]): FilterOptions {
  const years = new Set<number>();
  const regions = new Set<string>();
  for (const report of reports) {
    if (report.year !== null) years.add(report.year);
    if (report.region) regions.add(report.region);
  }
  return { years: [...years].sort((a, b) => b - a), regions: [...regions].sort(collator.compare) };
}
