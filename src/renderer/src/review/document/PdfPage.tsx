// One PDF page: canvas and text layer drawn when near the viewport, with boxes for sources and search hits.
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { TextLayer, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import { t } from '../../i18n/zh-CN';
import { isCancelled } from './pdf-loader';
import type { RectPt } from './pdf-search';

interface PdfPageProps {
  doc: PDFDocumentProxy;
  pageNumber: number;
  widthPt: number;
  heightPt: number;
  scale: number;
  root: HTMLElement | null;
  boxes: RectPt[];
  hits: RectPt[];
  activeHit: RectPt | null;
  onRendered: (pageNumber: number) => void;
}

interface BoxProps {
  rect: RectPt;
  scale: number;
  className: string;
  pad: number;
  sourceBox?: number;
}

export function Box({ rect, scale, className, pad, sourceBox }: BoxProps) {
  const [x0, y0, x1, y1] = rect;
  return (
    <div
      className={className}
      data-source-box={sourceBox}
      style={{ left: x0 * scale - pad, top: y0 * scale - pad, width: (x1 - x0) * scale + 2 * pad, height: (y1 - y0) * scale + 2 * pad }}
    />
  );
}

export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { doc, pageNumber, widthPt, heightPt, scale, root, boxes, hits, activeHit, onRendered } = props;
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(false);
  /** The scale the canvas was last drawn at: scrolling back to a page does not draw it again. */
  const drawnAt = useRef<number | null>(null);

  // Render only pages close to the visible part of the scroll container.
  useEffect(() => {
    const element = pageRef.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root,
      rootMargin: '600px 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);

  useEffect(() => {
    if (!near || drawnAt.current === scale) return;
    let task: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    let live = true;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (!live) return;
        const viewport = page.getViewport({ scale });
        const ratio = window.devicePixelRatio || 1;
        // Draw into a fresh canvas and swap it in, so zooming never flashes a blank page.
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await task.promise;
        if (!live) return;
        canvasHost.current?.replaceChildren(canvas);
        setDrawn(true);
        onRendered(pageNumber);
        const host = textHost.current;
        if (!host) return;
        host.replaceChildren();
        textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: host, viewport });
        await textLayer.render();
        if (live) drawnAt.current = scale;
      } catch (error) {
        if (!isCancelled(error)) console.error(`[pdf] page ${pageNumber}`, error);
      }
    })();
    return () => {
      live = false;
      task?.cancel();
      textLayer?.cancel();
    };
  }, [doc, pageNumber, scale, near, onRendered]);

  const style = {
    width: widthPt * scale,
    height: heightPt * scale,
    '--scale-factor': scale,
    '--total-scale-factor': scale,
    '--scale-round-x': '1px',
    '--scale-round-y': '1px',
  } as CSSProperties;

  return (
    <div ref={pageRef} className="pdf-page" style={style} data-page-number={pageNumber} data-page-rendered={drawn} aria-label={t.document.page(pageNumber)}>
      <div ref={canvasHost} className="pdf-canvas" />
      {!drawn && <div className="pdf-placeholder">{t.document.page(pageNumber)}</div>}
      <div className="pdf-marks" aria-hidden="true">
        {hits.map((rect, index) => (
          <Box key={`h${index}`} rect={rect} scale={scale} pad={1} className={rect === activeHit ? 'search-hit active' : 'search-hit'} />
        ))}
      </div>
      <div ref={textHost} className="textLayer" />
      <div className="pdf-marks top" aria-hidden="true">
        {boxes.map((rect, index) => (
          <Box key={`b${index}`} rect={rect} scale={scale} pad={2} className="source-box" sourceBox={pageNumber} />
        ))}
      </div>
    </div>
  );
});
