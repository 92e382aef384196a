// Left pane: the original as published, with zoom (PDF) and search, showing where selected data came from.
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SourceDocument } from '../../../../shared/document';
import type { OriginalFile } from '../../../../shared/ipc-contract';
import { isDialogOpen } from '../../common/keyboard';
import { t } from '../../i18n/zh-CN';
import { HtmlView } from './HtmlView';
import { OfdView } from './OfdView';
import { ocrPieces } from './ocr-search';
import { PdfView, type Zoom } from './PdfView';
import { TextView } from './TextView';
import type { DocumentTargets, SearchState } from './viewer-types';

interface DocumentPaneProps {
  original: OriginalFile | null;
  loadError: string | null;
  targets: DocumentTargets;
  /** True when something is selected but none of it could be located in the original. */
  unlocated: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The document as read: its OCR text is what search finds on scanned pages. */
  document?: SourceDocument | null;
}

const zoomStep = 1.2;
const clampScale = (value: number): number => Math.min(4, Math.max(0.3, value));

export function DocumentPane({ original, loadError, targets, unlocated, searchRef, document }: DocumentPaneProps) {
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [scale, setScale] = useState(1);
  const [search, setSearch] = useState<SearchState>({ query: '', index: 0 });
  const [count, setCount] = useState(0);
  const [rendered, setRendered] = useState(false);
  // Pictures come as a PDF of their pages, shown like a scanned PDF.
  const isPdf = (original?.format === 'pdf' || original?.format === 'image') && Boolean(original.base64);
  const scannedText = useMemo(() => ocrPieces(document), [document]);
  /** Drawn in pages, with zoom: PDF, OFD. */
  const isOfd = original?.format === 'ofd' && Boolean(original.pages);
  const isPaged = isPdf || isOfd;

  const zoomIn = useCallback(() => setZoom({ mode: 'scale', value: clampScale(scale * zoomStep) }), [scale]);
  const zoomOut = useCallback(() => setZoom({ mode: 'scale', value: clampScale(scale / zoomStep) }), [scale]);

  // Ctrl+= / Ctrl+- zoom the original, Ctrl+0 fits it to the width.
  useEffect(() => {
    if (!isPaged) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isDialogOpen()) return;
      if (event.key === '=' || event.key === '+') zoomIn();
      else if (event.key === '-') zoomOut();
      else if (event.key === '0') setZoom({ mode: 'fit' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isPaged, zoomIn, zoomOut]);

  const onSearchCount = useCallback((found: number) => {
    setCount(found);
    setSearch((current) => (current.index < found ? current : { ...current, index: 0 }));
  }, []);
  const onRendered = useCallback(() => setRendered(true), []);

  const move = (delta: number) => {
    if (count === 0) return;
    setSearch((current) => ({ ...current, index: (current.index + delta + count) % count }));
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      move(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setSearch({ query: '', index: 0 });
      event.currentTarget.blur();
    }
  };

  const viewerProps = { targets, search, onSearchCount, onRendered };
  let body;
  if (loadError || !original) body = <div className="document-message">{loadError ?? t.document.rendering}</div>;
  else if (isPdf && original.base64) body = <PdfView base64={original.base64} zoom={zoom} onScale={setScale} ocrPieces={scannedText} {...viewerProps} />;
  else if (isOfd && original.pages) body = <OfdView pages={original.pages} zoom={zoom} onScale={setScale} {...viewerProps} />;
  else if (original.html !== undefined) body = <HtmlView html={original.html} {...viewerProps} />;
  else if (original.text !== undefined) body = <TextView text={original.text} {...viewerProps} />;
  else body = <div className="document-message">{t.document.noOriginal}</div>;

  return (
    <section className="document-pane" aria-label={t.review.originalLabel} data-format={original?.format} data-rendered={rendered}>
      <div className="pane-toolbar">
        <input
          ref={searchRef}
          type="search"
          className="text-input doc-search"
          aria-label={t.document.search}
          placeholder={t.document.searchPlaceholder}
          value={search.query}
          onChange={(event) => setSearch({ query: event.target.value, index: 0 })}
          onKeyDown={onSearchKey}
        />
        <button type="button" className="icon-button" aria-label={t.document.prevMatch} disabled={count === 0} onClick={() => move(-1)}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label={t.document.nextMatch} disabled={count === 0} onClick={() => move(1)}>
          ↓
        </button>
        {search.query && (
          <span className="match-count" aria-live="polite">
            {t.document.matches(count === 0 ? 0 : search.index + 1, count)}
          </span>
        )}
        <span className="spacer" />
        {isPaged && (
          <span className="zoom-group">
            <button type="button" className="icon-button" aria-label={t.document.zoomOut} title={`${t.document.zoomOut} (Ctrl+-)`} onClick={zoomOut}>
              −
            </button>
            <span className="zoom-value">{Math.round(scale * 100)}%</span>
            <button type="button" className="icon-button" aria-label={t.document.zoomIn} title={`${t.document.zoomIn} (Ctrl+=)`} onClick={zoomIn}>
              +
            </button>
            <button
              type="button"
              className={`text-button ${zoom.mode === 'fit' ? 'active' : ''}`}
              aria-pressed={zoom.mode === 'fit'}
              onClick={() => setZoom({ mode: 'fit' })}
            >
              {t.document.fitWidth}
            </button>
          </span>
        )}
      </div>
      {unlocated && <div className="document-note">{t.document.noSource}</div>}
      <div className="document-body">{body}</div>
    </section>
  );
}
