// The OFD original: its pages drawn from what the main process read (text, paths, images), stacked,
// zoomable and searchable like the PDF view, with boxes for the selected cells' sources.
import { useEffect, useMemo, useState } from 'react';
import type { PageDrawing } from '../../../../shared/page-drawing';
import { searchDrawing } from './drawing-search';
import { OfdPage } from './OfdPage';
import type { RectPt } from './pdf-search';
import { firstPageSource, useBoxesByPage, useHitsByPage, usePagedView, type Zoom } from './use-paged-view';
import type { ViewerProps } from './viewer-types';

interface OfdViewProps extends ViewerProps {
  pages: PageDrawing[];
  zoom: Zoom;
  onScale: (scale: number) => void;
}

const none: RectPt[] = [];

export function OfdView({ pages, zoom, onScale, targets, search, onSearchCount, onRendered }: OfdViewProps) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const widest = pages.reduce((max, page) => Math.max(max, page.widthPt), 0);
  const { width, scale, scrollToRect } = usePagedView(root, zoom, widest, onScale);

  const matches = useMemo(() => searchDrawing(pages, search.query), [pages, search.query]);
  useEffect(() => onSearchCount(matches.length), [matches, onSearchCount]);
  const active = matches[search.index] ?? null;
  useEffect(() => {
    if (active) scrollToRect(active.page, active.rects[0]);
  }, [active, scrollToRect]);

  const boxesByPage = useBoxesByPage(targets);
  const hitsByPage = useHitsByPage(matches);
  const ready = width > 0;
  useEffect(() => {
    const first = firstPageSource(targets);
    if (ready && first) scrollToRect(first.page, first.bboxPt);
  }, [targets, ready, scrollToRect]);
  useEffect(() => {
    if (ready) onRendered();
  }, [ready, onRendered]);

  return (
    <div ref={setRoot} className="pdf-scroll" data-scale={scale.toFixed(3)}>
      {ready && (
        <div className="pdf-pages">
          {pages.map((page, index) => (
            <OfdPage
              key={index}
              drawing={page}
              pageNumber={index + 1}
              scale={scale}
              root={root}
              boxes={boxesByPage.get(index + 1) ?? none}
              hits={hitsByPage.get(index + 1) ?? none}
              activeHit={active?.page === index + 1 ? (active.rects[0] ?? null) : null}
            />
          ))}
        </div>
      )}
    </div>
  );
}
