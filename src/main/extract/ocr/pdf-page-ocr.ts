// The per-page OCR step of the PDF reader: a page without a usable text layer is drawn and read by OCR.

import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { PageSize } from '../../../shared/document';
import type { PageBlock } from '../pdf/page-layout';
import type { ReadOptions } from '../read-result';
import type { TextRun } from '../pdf/text-runs';
import { findText, readText } from './ocr-page';
import { pagePictures } from './page-pictures';
import { recognitionLane } from './recognition-lane';
import { timed } from './ocr-timing';
import { renderPage } from './render-page';
import type { Pdfjs } from '../pdf/pdfjs-loader';
import { textLayerState } from './text-quality';

/** A scan longer than this is not an annual report: refused rather than read for many minutes. */
export const MAX_OCR_PAGES = 60;
/**
 * Lines the recognition lane keeps in hand while this thread draws and finds the next page. Measured
 * on two table scans (15 pages), four rounds: 2.24 s per page one page at a time, 1.96 s two at a time
 * with four lines in hand, 2.06 s with three, 2.22 s with six.
 */
const LANE_LINES_WHILE_DRAWING = 4;

export const OCR_MESSAGES = {
  tooManyPages: (pages: number): string =>
    `扫描件页数过多（共 ${pages} 页需要文字识别，上限 ${MAX_OCR_PAGES} 页）：请只导入年度报告所在的页`,
  imageTooLarge: (width: number, height: number, limit: number): string =>
    `图片尺寸过大（${width}×${height} 像素，上限 ${Math.round(limit / 1_000_000)} 百万像素）：请缩小后再导入`,
  imageCorrupt: '图片已损坏或无法解析',
} as const;

export const pageNeedsOcr = (runs: readonly TextRun[]): boolean =>
  textLayerState(runs.map((run) => run.text).join('')) !== 'usable';

export interface PdfOcr {
  /**
   * The page drawn and its text found; its blocks come once its text is read, which goes on while the
   * next page is drawn. Undefined when the page keeps its text layer, or when the document is too long
   * to be read so (see `refused`).
   */
  read(
    page: PDFPageProxy,
    number: number,
    size: PageSize,
    runs: readonly TextRun[],
  ): Promise<{ blocks: Promise<PageBlock[]> } | undefined>;
  /** Set when a page needed OCR in a document longer than MAX_OCR_PAGES. */
  readonly refused: boolean;
}

export function pdfOcr(pdfjs: Pdfjs, pages: number, options: ReadOptions): PdfOcr | undefined {
  if (options.ocr === false) return undefined;
  let refused = false;
  // Two pages at a time: while one page's text is read (both cores), the next is drawn, levelled and
  // its text found, work that leaves a core idle. A page is drawn only once the page two before it is
  // read, so that no more than one found page waits (memory).
  let lastRead: Promise<unknown> = Promise.resolve();
  let readBefore: Promise<unknown> = Promise.resolve();
  return {
    get refused() {
      return refused;
    },
    async read(page, number, size, runs) {
      if (refused) return undefined;
      // A page with little text and no picture (a closing line, a blank page) keeps its text layer.
      const state = textLayerState(runs.map((run) => run.text).join(''));
      const pictures = await pagePictures(pdfjs, page, size);
      if (state === 'short' && !pictures.any) return undefined;
      if (pages > MAX_OCR_PAGES) {
        refused = true;
        return undefined;
      }
      await readBefore;
      options.onProgress?.({ stage: 'ocr', page: number, pages });
      void recognitionLane();
      const { image, pointsPerPixel } = await timed('rendering', () =>
        renderPage(page, size, pictures.pixelsPerPoint),
      );
      const found = await findText({ image, pointsPerPixel, page: number, size });
      const laneLines = number < pages ? LANE_LINES_WHILE_DRAWING : undefined;
      const blocks = lastRead.then(() => (found ? readText(found, laneLines) : []));
      readBefore = lastRead;
      lastRead = blocks.catch(() => undefined);
      return { blocks };
    },
  };
}
