// The PDF original: pages stacked in a scroll container, zoomable, searchable, with source boxes.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '../../i18n/zh-CN';
import { isCancelled, loadPdf } from './pdf-loader';
import { searchOcr, type OcrPiece } from './ocr-search';
import { searchPdf, type PdfMatch, type RectPt } from './pdf-search';
import { PdfPage } from './PdfPage';
import type { ViewerProps } from './viewer-types';

export type Zoom = { mode: 'fit' } | { mode: 'scale'; value: number };

interface PdfViewProps extends ViewerProps {
  base64: string;
  zoom: Zoom;
  onScale: (scale: number) => void;
  /** What OCR read on scanned pages: searched there, as pdf.js finds no text on them. */
  ocrPieces?: OcrPiece[];
}

interface PageSize {
  widthPt: number;
  heightPt: number;
}

const none: RectPt[] = [];
const pagePaddingPx = 24;

export function PdfView({ base64, zoom, onScale, ocrPieces, targets, search, onSearchCount, onRendered }: PdfViewProps) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [failed, setFailed] = useState(false);
  const [width, setWidth] = useState(0);
  const [matches, setMatches] = useState<PdfMatch[]>([]);

  useEffect(() => {
    const task = loadPdf(base64);
    let live = true;
    task.promise
      .then(async (loaded) => {
        const pages = await Promise.all(
          Array.from({ length: loaded.numPages }, async (_, index) => {
            const viewport = (await loaded.getPage(index + 1)).getViewport({ scale: 1 });
            return { widthPt: viewport.width, heightPt: viewport.height };
          }),
        );
        if (!live) return;
        setSizes(pages);
        setDoc(loaded);
      })
      .catch((error: unknown) => {
        if (isCancelled(error) || !live) return;
        console.error('[pdf] load', error);
        setFailed(true);
      });
    return () => {
      live = false;
      void task.destroy();
    };
  }, [base64]);

  useEffect(() => {
    if (!root) return;
    const observer = new ResizeObserver(() => setWidth(root.clientWidth));
    observer.observe(root);
    return () => observer.disconnect();
  }, [root]);

  const widest = sizes.reduce((max, size) => Math.max(max, size.widthPt), 0) || 595;
  const scale = zoom.mode === 'fit' ? Math.min(4, Math.max(0.3, (width - pagePaddingPx) / widest)) : zoom.value;
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

  useEffect(() => {
    if (!doc) return;
    let live = true;
    void searchPdf(doc, search.query).then((found) => {
      if (!live) return;
      const scanned = searchOcr(ocrPieces ?? [], search.query);
      setMatches([...found, ...scanned].sort((a, b) => a.page - b.page));
    });
    return () => {
      live = false;
    };
  }, [doc, search.query, ocrPieces]);

  useEffect(() => onSearchCount(matches.length), [matches, onSearchCount]);

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

  const boxesByPage = useMemo(() => {
    const byPage = new Map<number, RectPt[]>();
    for (const source of targets.sources) {
      if (source.kind !== 'pdf') continue;
      byPage.set(source.page, [...(byPage.get(source.page) ?? []), source.bboxPt]);
    }
    return byPage;
  }, [targets]);

  const ready = doc !== null;
  useEffect(() => {
    const first = targets.sources.find((source) => source.kind === 'pdf');
    if (ready && first?.kind === 'pdf') scrollToRect(first.page, first.bboxPt);
  }, [targets, ready, scrollToRect]);

  const active = matches[search.index] ?? null;
  useEffect(() => {
    if (active) scrollToRect(active.page, active.rects[0]);
  }, [active, scrollToRect]);

  const hitsByPage = useMemo(() => {
    const byPage = new Map<number, RectPt[]>();
    for (const match of matches) byPage.set(match.page, [...(byPage.get(match.page) ?? []), ...match.rects]);
    return byPage;
  }, [matches]);

  const renderedOnce = useRef(false);
  const pageRendered = useCallback(() => {
    if (renderedOnce.current) return;
    renderedOnce.current = true;
    onRendered();
  }, [onRendered]);

  if (failed) return <div className="document-message">{t.document.loadFailed}</div>;

  return (
    <div ref={setRoot} className="pdf-scroll" data-scale={scale.toFixed(3)}>
      {!doc && <div className="document-message">{t.document.rendering}</div>}
      {doc && width > 0 && (
        <div className="pdf-pages">
          {sizes.map((size, index) => (
            <PdfPage
              key={index}
              doc={doc}
              pageNumber={index + 1}
              widthPt={size.widthPt}
              heightPt={size.heightPt}
              scale={scale}
              root={root}
              boxes={boxesByPage.get(index + 1) ?? none}
              hits={hitsByPage.get(index + 1) ?? none}
              activeHit={active?.page === index + 1 ? (active.rects[0] ?? null) : null}
              onRendered={pageRendered}
            />
          ))}
        </div>
      )}
    </div>
  );
}
