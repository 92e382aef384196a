// TXT/MD originals as wrapped preformatted text; sources are character ranges, boxed (a blank cell too)
// and tinted, and a finding's quoted sentence is found in the text and boxed in its own colour.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { rangeFromOffsets, scrollRangeIntoView, setHighlight } from './dom-text';
import { excerptCandidates, findLoose, RangeBoxes, visibleSpan, type MarkedRange } from './RangeBoxes';
import { useDomSearch } from './use-dom-search';
import type { ViewerProps } from './viewer-types';

export function TextView({ text, targets, search, onSearchCount, onRendered }: ViewerProps & { text: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLPreElement>(null);
  const [marked, setMarked] = useState<MarkedRange[]>([]);

  useEffect(() => onRendered(), [text, onRendered]);
  useDomSearch(scrollRef, contentRef, search, onSearchCount, text);

  useLayoutEffect(() => {
    const content = contentRef.current;
    const container = scrollRef.current;
    if (!content || !container) return;
    const list: MarkedRange[] = [];
    for (const source of targets.sources) {
      if (source.kind !== 'text') continue;
      const range = rangeFromOffsets(content, ...visibleSpan(text, source.start, source.end));
      if (range) list.push({ range, kind: 'cell' });
    }
    const span = targets.excerpt
      ? excerptCandidates(targets.excerpt).map((candidate) => findLoose(text, candidate)).find(Boolean)
      : null;
    const excerpt = span ? rangeFromOffsets(content, ...span) : null;
    if (excerpt) list.push({ range: excerpt, kind: 'excerpt' });
    setMarked(list);
    setHighlight('nb-source', list.map((entry) => entry.range));
    const first = (targets.focus === 'excerpt' && excerpt) || list[0]?.range;
    if (first) scrollRangeIntoView(container, first);
    return () => setHighlight('nb-source', []);
  }, [targets, text]);

  const first = targets.sources.find((source) => source.kind === 'text');
  return (
    <div ref={scrollRef} className="text-scroll">
      <div ref={pageRef} className="text-page">
        <pre ref={contentRef} className="text-view" data-source-range={first?.kind === 'text' ? `${first.start}-${first.end}` : undefined}>
          {text}
        </pre>
        <RangeBoxes host={pageRef} marked={marked} />
      </div>
    </div>
  );
}
