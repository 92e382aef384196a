// Where the reviewer is, kept in the address (#report=…&finding=…, #coverage, #summary) so that a reload
// keeps their place. Only the hash is used: the query carries the bridge's token in the browser.
import type { ReportId } from '../../../shared/ipc-contract';
import type { Tab } from './TopBar';

export type Place = { view: Tab } | { view: 'review'; reportId: ReportId; findingId: string | null };

const reportIdPattern = /^[a-f0-9]{16,64}$/;
const tabs: Tab[] = ['library', 'coverage', 'summary'];

export function readPlace(hash = window.location.hash): Place {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const reportId = params.get('report');
  if (reportId && reportIdPattern.test(reportId))
    return { view: 'review', reportId: reportId as ReportId, findingId: params.get('finding') };
  return { view: tabs.find((tab) => params.has(tab)) ?? 'library' };
}

export function placeHash(place: Place): string {
  if (place.view !== 'review') return place.view === 'library' ? '' : `#${place.view}`;
  const params = new URLSearchParams({ report: place.reportId });
  if (place.findingId) params.set('finding', place.findingId);
  return `#${params.toString()}`;
}

/** Writes the place into the address: a new history entry when the screen changes, else in place. */
export function writePlace(place: Place, mode: 'push' | 'replace'): void {
  const hash = placeHash(place);
  if (hash === window.location.hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
