// A PDF page drawn by pdf.js onto a canvas (@napi-rs/canvas) in the analysis worker, as a grey image
// for OCR. Scanned pages are mostly one big JPEG, JPX or JBIG2 image; pdf.js decodes the latter two
// with its wasm decoders (see pdfjs-loader: wasmUrl).

import { createCanvas } from './canvas';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { PageSize } from '../../../shared/document';
import { toGrey, type GreyImage } from './grey-image';

/** Resolution pages are read at (measured: see bench/ocr.bench.ts). */
export const OCR_DPI = 150;
/** A page never becomes a bigger picture than this (an A3 page at 150 dpi is 4.4 million pixels). */
const MAX_PAGE_PIXELS = 6_000_000;

export interface RenderedPage {
  image: GreyImage;
  pointsPerPixel: number;
}

/** A scan is never drawn smaller than this (pixels per point), whatever resolution it declares. */
const MIN_SCALE = 96 / 72;

/** `pixelsPerPoint`: the resolution of the page's scan, when it is one (see page-pictures). */
export async function renderPage(
  page: PDFPageProxy,
  size: PageSize,
  pixelsPerPoint?: number,
): Promise<RenderedPage> {
  const area = Math.max(1, size.widthPt * size.heightPt);
  const own = pixelsPerPoint ? Math.max(MIN_SCALE, pixelsPerPoint) : Infinity;
  const scale = Math.min(OCR_DPI / 72, own, Math.sqrt(MAX_PAGE_PIXELS / area));
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  // pdf.js types its parameters with the DOM's canvas; @napi-rs/canvas implements the same API.
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
  const image = toGrey(context.getImageData(0, 0, width, height).data, width, height);
  return { image, pointsPerPixel: size.widthPt / width };
}
