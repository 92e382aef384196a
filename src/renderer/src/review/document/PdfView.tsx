// The PDF original: pages stacked in a scroll container, zoomable, searchable, with source boxes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '../../i18n/zh-CN';
import { isCancelled, loadPdf } from './pdf-loader';
import { searchOcr, type OcrPiece } from './ocr-search';
import { searchPdf, type PdfMatch, type RectPt } from './pdf-search';
import { PdfPage } from './PdfPage';
import { firstPageSource, useBoxesByPage, useHitsByPage, usePagedView, type Zoom } from './use-paged-view';
import type { ViewerProps } from './viewer-types';

export type { Zoom };

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

export function PdfView({ base64, zoom, onScale, ocrPieces, targets, search, onSearchCount, onRendered }: PdfViewProps) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [failed, setFailed] = useState(false);
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

  const widest = sizes.reduce((max, size) => Math.max(max, size.widthPt), 0);
  const { width, scale, scrollToRect } = usePagedView(root, zoom, widest, onScale);

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

  const boxesByPage = useBoxesByPage(targets);

  const ready = doc !== null;
  useEffect(() => {
    const first = firstPageSource(targets);
    if (ready && first) scrollToRect(first.page, first.bboxPt);
  }, [targets, ready, scrollToRect]);

  const active = matches[search.index] ?? null;
  useEffect(() => {
    if (active) scrollToRect(active.page, active.rects[0]);
  }, [active, scrollToRect]);

  const hitsByPage = useHitsByPage(matches);

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
