// Query, filtered rows and selection of the library, kept above the view so export can use them.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { filterOptions, filterReports, initialQuery, sortReports, type FilterOptions, type LibraryQuery, type SortKey } from './library-query';

export interface LibraryView {
  query: LibraryQuery;
  setQuery: (query: LibraryQuery) => void;
  sortBy: (key: SortKey) => void;
  visible: ReportSummary[];
  options: FilterOptions;
  selection: ReadonlySet<ReportId>;
  toggle: (id: ReportId) => void;
  toggleAll: () => void;
  clearSelection: () => void;
  /** The reports an export from the library covers: the selection, else everything shown. */
  exportIds: ReportId[];
}

export function useLibraryView(readable: ReportSummary[]): LibraryView {
  const [query, setQuery] = useState<LibraryQuery>(initialQuery);
  const [selection, setSelection] = useState<ReadonlySet<ReportId>>(new Set());
  // Typing stays responsive: the filter runs on the deferred query.
  const deferred = useDeferredValue(query);
  // Sorting (collator compares) only reruns when the order changes, not on every keystroke.
  const sorted = useMemo(() => sortReports(readable, deferred.sort), [readable, deferred.sort]);
  const visible = useMemo(() => filterReports(sorted, deferred), [sorted, deferred]);
  const options = useMemo(() => filterOptions(readable), [readable]);

  const sortBy = useCallback(
    (key: SortKey) =>
      setQuery((current) => ({
        ...current,
        sort: {
          key,
          direction: current.sort.key === key && current.sort.direction === 'asc' ? 'desc' : 'asc',
        },
      })),
    [],
  );

  const toggle = useCallback((id: ReportId) => {
    setSelection((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const toggleAll = useCallback(() => {
    setSelection((current) => (visible.length > 0 && visible.every((report) => current.has(report.id)) ? new Set() : new Set(visible.map((report) => report.id))));
  }, [visible]);

  const clearSelection = useCallback(() => setSelection(new Set()), []);

  const exportIds = useMemo(() => {
    const known = new Set(readable.map((report) => report.id));
    const selected = [...selection].filter((id) => known.has(id));
    return selected.length > 0 ? selected : visible.map((report) => report.id);
  }, [selection, visible, readable]);

  return { query, setQuery, sortBy, visible, options, selection, toggle, toggleAll, clearSelection, exportIds };
}
