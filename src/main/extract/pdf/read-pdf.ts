// Reader for PDF files: the text layer read with pdf.js, lines and table rows rebuilt from positions
// and from the ruling lines of the tables, each cell with its page and box.

import type {
  DocumentInitParameters,
  PDFDocumentLoadingTask,
  PDFDocumentProxy,
  PDFPageProxy,
} from 'pdfjs-dist/types/src/display/api';
import type { PageSize } from '../../../shared/document';
import { OCR_MESSAGES, pageNeedsOcr, pdfOcr, type PdfOcr } from '../ocr/pdf-page-ocr';
import { MAX_PICTURE_PIXELS } from '../ocr/picture';
import { readError, type ReadOptions, type ReadResult } from '../read-result';
import { documentLines } from './document-lines';
import { splitCells, visualLines } from './line-builder';
import { layoutPage, type PageBlock } from './page-layout';
import { loadPdfjs, type Pdfjs } from './pdfjs-loader';
import { isPathItem, pathRulingLines, rulingLines } from './ruling-lines';
import { findGrids, type Grid } from './table-grid';
import { textRuns, type TextRun } from './text-runs';

export const PDF_MESSAGES = {
  corrupt: 'PDF 文件已损坏或无法解析',
  encrypted: 'PDF 文件已加密，需要密码才能打开：请先解除密码保护再导入',
  scanned: '扫描件，无文字层：无法读取文字，请使用带文字层的 PDF',
  tooManyPages: (pages: number) => `PDF 页数过多（${pages} 页，上限 ${MAX_PDF_PAGES} 页）：请只导入年度报告本身`,
} as const;

/** An annual report has a few dozen pages; more is another document, or a crafted one. */
export const MAX_PDF_PAGES = 500;

/** Fewer characters than this per page on average, and pictures on the pages: a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 10;
/** Pages looked at for pictures when the text layer is (almost) empty. */
const PAGES_CHECKED_FOR_IMAGES = 3;

interface ReadPage {
  size: PageSize;
  /** A page read by OCR gives its blocks later: its text is read while the next page is drawn. */
  blocks: PageBlock[] | Promise<PageBlock[]>;
  chars: number;
}

export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const { pdfjs, cMapUrl, standardFontDataUrl, wasmUrl, keepCompiled } = await loadPdfjs();
  const parameters: DocumentInitParameters & { textOnly: boolean } = {
    // pdf.js takes the buffer it is given over (it moves it to its worker side): give it a copy.
    data: bytes.slice(),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    wasmUrl,
    isEvalSupported: false,
    // Only text and its positions are read: no font programs rebuilt, no glyph outlines
    // (patches/pdfjs-dist+*.patch; an unpatched pdf.js ignores it and reads the same text, slower).
    textOnly: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
  const task = pdfjs.getDocument(parameters);
  // A page read by OCR is drawn, which needs the fonts and pictures a text-only loading leaves out:
  // it comes from a second, full loading of the file, made the first time a page needs it.
  let drawing: PDFDocumentLoadingTask | undefined;
  const pageToDraw: PageToDraw = async (number) => {
    if (!drawing) {
      // A picture larger than OCR reads is left out of the drawing, never decoded (a crafted
      // 20,000 × 20,000 image would otherwise cost more than the time and memory limits).
      const full: typeof parameters = { ...parameters, data: bytes.slice(), textOnly: false, maxImageSize: MAX_PICTURE_PIXELS };
      drawing = pdfjs.getDocument(full);
    }
    return (await drawing.promise).getPage(number);
  };
  const pages: ReadPage[] = [];
  try {
    let pdf: PDFDocumentProxy;
    try {
      pdf = await task.promise;
    } catch (error) {
      return isPasswordError(error)
        ? readError('unsupported', PDF_MESSAGES.encrypted)
        : readError('corrupt', PDF_MESSAGES.corrupt);
    }
    if (pdf.numPages > MAX_PDF_PAGES) return readError('too_complex', PDF_MESSAGES.tooManyPages(pdf.numPages));
    const ocr = pdfOcr(pdfjs, pdf.numPages, options);
    for (let number = 1; number <= pdf.numPages; number++) {
      options.onProgress?.({ stage: 'reading', page: number, pages: pdf.numPages });
      const page = await readPage(pdfjs, pdf, number, ocr && { ocr, pageToDraw });
      if (!page) return readError('corrupt', PDF_MESSAGES.corrupt);
      if (ocr?.refused) return readError('too_large', OCR_MESSAGES.tooManyPages(pdf.numPages));
      pages.push(page);
    }
    const chars = pages.reduce((sum, page) => sum + page.chars, 0);
    if (!ocr && chars < MIN_CHARS_PER_PAGE * pages.length && (await hasImages(pdfjs, pdf)))
      return readError('scanned', PDF_MESSAGES.scanned);
    const blocks = await Promise.all(pages.map((page) => page.blocks));
    keepCompiled();
    return {
      ok: true,
      document: {
        format: 'pdf',
        pages: pages.map((page) => page.size),
        lines: documentLines(blocks.map((page) => ({ blocks: page }))),
      },
    };
  } finally {
    // A page still being read by OCR when the document is given up (a damaged page after it).
    await Promise.allSettled(pages.map((page) => page.blocks));
    await task.destroy();
    await drawing?.destroy();
  }
}

type PageToDraw = (number: number) => Promise<PDFPageProxy>;

/** One page's blocks; undefined when pdf.js cannot read the page (a damaged file). */
async function readPage(
  pdfjs: Pdfjs,
  pdf: PDFDocumentProxy,
  number: number,
  reader: { ocr: PdfOcr; pageToDraw: PageToDraw } | undefined,
): Promise<ReadPage | undefined> {
  let page: PDFPageProxy;
  let runs: TextRun[];
  let grids: Grid[] = [];
  let size: PageSize;
  try {
    page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    size = { widthPt: viewport.width, heightPt: viewport.height };
    const content = await page.getTextContent({ disableNormalization: true });
    runs = textRuns(content, viewport.transform, viewport.width, viewport.height);
    // A page without a usable text layer (a scan, mojibake) is read from its picture instead.
    if (reader && pageNeedsOcr(runs)) {
      const drawn = await reader.pageToDraw(number);
      const read = await reader.ocr.read(drawn, number, size, runs);
      drawn.cleanup();
      if (read) {
        page.cleanup();
        return { size, blocks: read.blocks, chars: MIN_CHARS_PER_PAGE };
      }
    }
    // Table borders, only where a table may be: from the paths that came with the text (patched pdf.js), or
    // else from the drawing instructions, which cost as much again as the text (and also read a page without paths).
    if (mayHoldTable(runs)) {
      const paths = (content.items as unknown[]).filter(isPathItem);
      grids = findGrids(
        paths.length > 0
          ? pathRulingLines(paths, pdfjs.OPS, viewport.transform)
          : rulingLines(
              await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }),
              pdfjs.OPS,
              viewport.transform,
            ),
      );
    }
    page.cleanup();
  } catch (error) {
    if (!isPdfjsError(error)) throw error;
    return undefined;
  }
  const chars = runs.reduce((sum, run) => sum + run.text.replace(/\s/g, '').length, 0);
  return { size, blocks: layoutPage(runs, grids, number, size), chars };
}

/** A line with text in separate columns (a table's row, even alone at the top of a page). */
const mayHoldTable = (runs: TextRun[]): boolean =>
  visualLines(runs).some((line) => splitCells(line).length >= 2);

async function hasImages(pdfjs: Pdfjs, pdf: PDFDocumentProxy): Promise<boolean> {
  const imageOperators = new Set<number>([
    pdfjs.OPS.paintImageXObject,
    pdfjs.OPS.paintInlineImageXObject,
    pdfjs.OPS.paintImageMaskXObject,
  ]);
  for (let number = 1; number <= Math.min(pdf.numPages, PAGES_CHECKED_FOR_IMAGES); number++) {
    const page = await pdf.getPage(number);
    const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    page.cleanup();
    if (operators.fnArray.some((fn) => imageOperators.has(fn))) return true;
  }
  return false;
}

const errorName = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;

const isPasswordError = (error: unknown): boolean => errorName(error) === 'PasswordException';

/** Errors pdf.js raises for bad input (its exception classes, parse failures), as opposed to bugs of ours. */
const isPdfjsError = (error: unknown): boolean =>
  [
    'InvalidPDFException',
    'FormatError',
    'UnknownErrorException',
    'MissingPDFException',
    'ResponseException',
    'PasswordException',
    'Error',
  ].includes(errorName(error) ?? '');
