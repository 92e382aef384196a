// Search in shown HTML or text: highlights every match, the active one stronger, and scrolls to it.
import { useEffect, useState, type RefObject } from 'react';
import { findRanges, scrollRangeIntoView, setHighlight } from './dom-text';
import type { SearchState } from './viewer-types';

export function useDomSearch(
  container: RefObject<HTMLElement | null>,
  content: RefObject<HTMLElement | null>,
  search: SearchState,
  onSearchCount: (count: number) => void,
  /** Changes when the content changes. */
  contentKey: string,
): void {
  const [ranges, setRanges] = useState<Range[]>([]);

  useEffect(() => {
    const found = content.current ? findRanges(content.current, search.query) : [];
    setRanges(found);
    onSearchCount(found.length);
    setHighlight('nb-search', found);
    return () => setHighlight('nb-search', []);
  }, [content, search.query, onSearchCount, contentKey]);

  useEffect(() => {
    const active = ranges[search.index];
    setHighlight('nb-search-active', active ? [active] : []);
    if (active && container.current) scrollRangeIntoView(container.current, active);
    return () => setHighlight('nb-search-active', []);
  }, [ranges, search.index, container]);
}
