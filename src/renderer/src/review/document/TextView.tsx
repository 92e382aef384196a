// TXT/MD originals as wrapped preformatted text; sources are character ranges.
import { useEffect, useRef } from 'react';
import { rangeFromOffsets, scrollRangeIntoView, setHighlight } from './dom-text';
import { useDomSearch } from './use-dom-search';
import type { ViewerProps } from './viewer-types';

export function TextView({ text, targets, search, onSearchCount, onRendered }: ViewerProps & { text: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLPreElement>(null);

  useEffect(() => onRendered(), [text, onRendered]);
  useDomSearch(scrollRef, contentRef, search, onSearchCount, text);

  useEffect(() => {
    const content = contentRef.current;
    const container = scrollRef.current;
    if (!content || !container) return;
    const ranges = targets.sources
      .map((source) => (source.kind === 'text' ? rangeFromOffsets(content, source.start, source.end) : null))
      .filter((range): range is Range => range !== null);
    setHighlight('nb-source', ranges);
    if (ranges[0]) scrollRangeIntoView(container, ranges[0]);
    return () => setHighlight('nb-source', []);
  }, [targets, text]);

  const first = targets.sources.find((source) => source.kind === 'text');
  return (
    <div ref={scrollRef} className="text-scroll">
      <pre ref={contentRef} className="text-view" data-source-range={first?.kind === 'text' ? `${first.start}-${first.end}` : undefined}>
        {text}
      </pre>
    </div>
  );
}
