// pdf.js set up for offline use: the worker is bundled with the app (for the same Chromium as the rest),
// cmaps, standard fonts, wasm decoders and ICC profiles sit in ./pdfjs/ next to index.html (copied there
// by the build), and no eval.
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';
import { base64ToBytes } from '../../api/base64';

GlobalWorkerOptions.workerSrc = workerUrl;

// Absolute, because the worker resolves relative URLs against its own location.
const assetUrl = (path: string): string => new URL(path, document.baseURI).href;

export function loadPdf(base64: string): PDFDocumentLoadingTask {
  return getDocument({
    data: base64ToBytes(base64),
    cMapUrl: assetUrl('./pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('./pdfjs/standard_fonts/'),
    wasmUrl: assetUrl('./pdfjs/wasm/'),
    iccUrl: assetUrl('./pdfjs/iccs/'),
    isEvalSupported: false,
  });
}

/** pdf.js reports a cancelled render as an error; it is not one. */
export function isCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'RenderingCancelledException' || error.name === 'AbortException');
}
