// Search box and filters above the library table.
import type { RefObject } from 'react';
import type { ReviewState } from '../common/format';
import { t } from '../i18n/zh-CN';
import type { FilterOptions, LibraryQuery } from './library-query';

interface LibraryFiltersProps {
  query: LibraryQuery;
  options: FilterOptions;
  onChange: (query: LibraryQuery) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

const states: ReviewState[] = ['notStarted', 'inProgress', 'done'];

export function LibraryFilters({ query, options, onChange, searchRef }: LibraryFiltersProps) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  return (
    <div className="filters" role="search">
      <input
        ref={searchRef}
        type="search"
        className="text-input search-input"
        aria-label={t.library.search}
        placeholder={t.library.searchPlaceholder}
        value={query.search}
        onChange={(event) => set({ search: event.target.value })}
      />
      <select
        aria-label={t.library.filterYear}
        value={String(query.year)}
        onChange={(event) => set({ year: event.target.value === 'all' ? 'all' : Number(event.target.value) })}
      >
        <option value="all">{t.library.allYears}</option>
        {options.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <select
        aria-label={t.library.filterSeverity}
        value={query.severity}
        onChange={(event) => set({ severity: event.target.value as LibraryQuery['severity'] })}
      >
        <option value="all">{t.library.allSeverities}</option>
        <option value="error">{t.library.hasErrors}</option>
        <option value="warning">{t.library.hasWarnings}</option>
      </select>
      <select
        aria-label={t.library.filterState}
        value={query.state}
        onChange={(event) => set({ state: event.target.value as LibraryQuery['state'] })}
      >
        <option value="all">{t.library.allStates}</option>
        {states.map((state) => (
          <option key={state} value={state}>
            {t.reviewState[state]}
          </option>
        ))}
      </select>
      {query.focus && (
        <span className="filter-chip" data-testid="focus-filter">
          {t.library.focusChip(query.focus.label, query.focus.reportIds.length)}
          <button type="button" className="chip-close" aria-label={t.library.clearFocus} onClick={() => set({ focus: null })}>
            ×
          </button>
        </span>
      )}
      <select aria-label={t.library.filterRegion} value={query.region} onChange={(event) => set({ region: event.target.value })}>
        <option value="all">{t.library.allRegions}</option>
        {options.regions.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </select>
    </div>
  );
}
