// DOCX/HTML originals as sanitized read-only HTML; sources are elements addressed by path (outlined), and a
// finding's quoted sentence is found in the text and boxed.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { scrollWithin } from '../../common/scroll';
import { rangeFromOffsets, scrollRangeIntoView } from './dom-text';
import { resolveElementPath } from './element-path';
import { excerptCandidates, findLoose, RangeBoxes, type MarkedRange } from './RangeBoxes';
import { sanitizeHtml } from './sanitize';
import { useDomSearch } from './use-dom-search';
import type { ViewerProps } from './viewer-types';

export function HtmlView({ html, targets, search, onSearchCount, onRendered }: ViewerProps & { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [marked, setMarked] = useState<MarkedRange[]>([]);

  useEffect(() => onRendered(), [clean, onRendered]);
  useDomSearch(scrollRef, contentRef, search, onSearchCount, clean);

  // Outline the addressed elements, box the quoted sentence, and bring the one in focus into view.
  useLayoutEffect(() => {
    const root = contentRef.current;
    const container = scrollRef.current;
    if (!root || !container) return;
    const elements = targets.sources
      .map((source) => (source.kind === 'element' ? resolveElementPath(root, source.path) : null))
      .filter((element): element is HTMLElement => element !== null);
    elements.forEach((element) => element.setAttribute('data-source-outline', 'true'));
    const text = root.textContent ?? '';
    const span = targets.excerpt
      ? excerptCandidates(targets.excerpt).map((candidate) => findLoose(text, candidate)).find(Boolean)
      : null;
    const excerpt = span ? rangeFromOffsets(root, ...span) : null;
    setMarked(excerpt ? [{ range: excerpt, kind: 'excerpt' }] : []);
    const first = elements[0];
    if (targets.focus === 'excerpt' && excerpt) scrollRangeIntoView(container, excerpt);
    else if (first) scrollWithin(container, first, { block: 'center' });
    return () => elements.forEach((element) => element.removeAttribute('data-source-outline'));
  }, [targets, clean]);

  // Links stay inert even if something slipped through.
  const block = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };

  return (
    <div ref={scrollRef} className="html-scroll">
      <div ref={pageRef} className="text-page">
        <div ref={contentRef} className="html-view" onClick={block} dangerouslySetInnerHTML={{ __html: clean }} />
        <RangeBoxes host={pageRef} marked={marked} />
      </div>
    </div>
  );
}
