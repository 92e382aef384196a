// The pictures a PDF page paints, read from pdf.js's operator list: whether there is any, and the
// resolution of the large ones (a scanned page is one picture over the whole page). A scan is rendered
// at its own resolution when that is below the one OCR reads at: drawing it bigger adds pixels to every
// step of OCR and nothing to read (an image-only PDF often declares a page bigger than the paper, so
// that rendering it "at 150 dpi" would blow its pixels up).

import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { PageSize } from '../../../shared/document';
import type { Pdfjs } from '../pdf/pdfjs-loader';
import { multiplyMatrix, type Matrix } from '../pdf/text-runs';

/** A picture covering less of the page than this is a logo or a seal, not the page. */
const LARGE_SHARE = 0.2;

export interface PagePictures {
  any: boolean;
  /** Pixels per point of the densest large picture, when there is one. */
  pixelsPerPoint?: number;
}

export async function pagePictures(pdfjs: Pdfjs, page: PDFPageProxy, size: PageSize): Promise<PagePictures> {
  const { OPS } = pdfjs;
  const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let any = false;
  let pixelsPerPoint: number | undefined;
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args?.length === 6) ctm = multiplyMatrix(ctm, args as number[]);
    else if (
      fn === OPS.paintImageXObject ||
      fn === OPS.paintInlineImageXObject ||
      fn === OPS.paintImageMaskXObject
    ) {
      any = true;
      const pixels = pictureSize(fn === OPS.paintImageXObject ? args : args?.[0]);
      // The picture fills the unit square that the current matrix maps onto the page.
      const width = Math.hypot(ctm[0]!, ctm[1]!);
      const height = Math.hypot(ctm[2]!, ctm[3]!);
      if (!pixels || width * height < LARGE_SHARE * size.widthPt * size.heightPt) return;
      const density = Math.max(pixels.width / width, pixels.height / height);
      pixelsPerPoint = Math.max(pixelsPerPoint ?? 0, density);
    }
  });
  return { any, ...(pixelsPerPoint ? { pixelsPerPoint } : {}) };
}

/** [objId, width, height] of an XObject, or an inline image's data with its width and height. */
function pictureSize(args: unknown): { width: number; height: number } | undefined {
  if (Array.isArray(args) && typeof args[1] === 'number' && typeof args[2] === 'number')
    return { width: args[1], height: args[2] };
  if (typeof args === 'object' && args !== null && 'width' in args && 'height' in args) {
    const { width, height } = args as { width: unknown; height: unknown };
    if (typeof width === 'number' && typeof height === 'number') return { width, height };
  }
  return undefined;
}
