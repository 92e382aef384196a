// What the paged viewers (PDF, OFD) share: the scale from the zoom and the pane's width, the middle of
// the view kept in place when zooming, scrolling to a box on a page, and boxes grouped by page.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Provenance } from '../../../../shared/document';
import type { PdfMatch, RectPt } from './pdf-search';
import type { DocumentTargets } from './viewer-types';

export type Zoom = { mode: 'fit' } | { mode: 'scale'; value: number };

const pagePaddingPx = 24;

export function usePagedView(
  root: HTMLDivElement | null,
  zoom: Zoom,
  widestPt: number,
  onScale: (scale: number) => void,
) {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!root) return;
    const observer = new ResizeObserver(() => setWidth(root.clientWidth));
    observer.observe(root);
    return () => observer.disconnect();
  }, [root]);

  const scale =
    zoom.mode === 'fit'
      ? Math.min(4, Math.max(0.3, (width - pagePaddingPx) / (widestPt || 595)))
      : zoom.value;
  const scaleRef = useRef(scale);
  // Keep the middle of what the reviewer sees in place when the zoom changes.
  useLayoutEffect(() => {
    const previous = scaleRef.current;
    scaleRef.current = scale;
    if (!root || previous === scale) return;
    const middle = root.scrollTop + root.clientHeight / 2;
    root.scrollTop = middle * (scale / previous) - root.clientHeight / 2;
  }, [scale, root]);
  useEffect(() => onScale(scale), [scale, onScale]);

  const scrollToRect = useCallback(
    (page: number, rect: RectPt | undefined) => {
      const pageElement = root?.querySelector<HTMLElement>(`[data-page-number="${page}"]`);
      if (!root || !pageElement) return;
      const current = scaleRef.current;
      const [x0 = 0, y0 = 0] = rect ?? [];
      root.scrollTo({
        top: pageElement.offsetTop + y0 * current - root.clientHeight * 0.3,
        left: Math.max(0, pageElement.offsetLeft + x0 * current - 48),
        behavior: 'smooth',
      });
    },
    [root],
  );
  return { width, scale, scrollToRect };
}

/** Source boxes on each page. */
export function useBoxesByPage(targets: DocumentTargets): Map<number, RectPt[]> {
  return useMemo(() => {
    const byPage = new Map<number, RectPt[]>();
    for (const source of targets.sources) {
      if (source.kind !== 'pdf') continue;
      byPage.set(source.page, [...(byPage.get(source.page) ?? []), source.bboxPt]);
    }
    return byPage;
  }, [targets]);
}

/** Search hits on each page. */
export function useHitsByPage(matches: PdfMatch[]): Map<number, RectPt[]> {
  return useMemo(() => {
    const byPage = new Map<number, RectPt[]>();
    for (const match of matches) byPage.set(match.page, [...(byPage.get(match.page) ?? []), ...match.rects]);
    return byPage;
  }, [matches]);
}

export const firstPageSource = (targets: DocumentTargets): Extract<Provenance, { kind: 'pdf' }> | undefined =>
  targets.sources.find((source): source is Extract<Provenance, { kind: 'pdf' }> => source.kind === 'pdf');
