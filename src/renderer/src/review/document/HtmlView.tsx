// DOCX/HTML originals as sanitized read-only HTML; sources are elements addressed by path.
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { scrollWithin } from '../../common/scroll';
import { resolveElementPath } from './element-path';
import { sanitizeHtml } from './sanitize';
import { useDomSearch } from './use-dom-search';
import type { ViewerProps } from './viewer-types';

export function HtmlView({ html, targets, search, onSearchCount, onRendered }: ViewerProps & { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  useEffect(() => onRendered(), [clean, onRendered]);
  useDomSearch(scrollRef, contentRef, search, onSearchCount, clean);

  // Outline the addressed elements and bring the first one into view.
  useEffect(() => {
    const root = contentRef.current;
    if (!root) return;
    const elements = targets.sources
      .map((source) => (source.kind === 'element' ? resolveElementPath(root, source.path) : null))
      .filter((element): element is HTMLElement => element !== null);
    elements.forEach((element) => element.setAttribute('data-source-outline', 'true'));
    const first = elements[0];
    if (first && scrollRef.current) scrollWithin(scrollRef.current, first, { block: 'center' });
    return () => elements.forEach((element) => element.removeAttribute('data-source-outline'));
  }, [targets, clean]);

  // Links stay inert even if something slipped through.
  const block = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
  };

  return (
    <div ref={scrollRef} className="html-scroll">
      <div ref={contentRef} className="html-view" onClick={block} dangerouslySetInnerHTML={{ __html: clean }} />
    </div>
  );
}
