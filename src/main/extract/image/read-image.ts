// Reader for picture files (PNG, JPEG, TIFF: a scan or a photo of the report): every page read by OCR.
// Positions are in points on a page whose longer side is an A4 page's (842 pt): a picture has no
// trustworthy physical size, and boxes only need to be consistent with the page size given.

import type { PageSize } from '../../../shared/document';
import { OCR_MESSAGES } from '../ocr/pdf-page-ocr';
import { ocrPage } from '../ocr/ocr-page';
import { decodePicture, MAX_PICTURE_PIXELS } from '../ocr/picture';
import { documentLines, type ReadPage } from '../pdf/read-pdf';
import { readError, type ReadOptions, type ReadResult } from '../read-result';

const PAGE_LONG_SIDE_PT = 842;

export const IMAGE_MESSAGES = {
  ocrOff: '图片需要文字识别才能读取，但文字识别已关闭',
} as const;

export async function readImage(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  if (options.ocr === false) return readError('scanned', IMAGE_MESSAGES.ocrOff);
  const decoded = await decodePicture(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'too_large'
      ? readError('too_large', OCR_MESSAGES.imageTooLarge(decoded.width, decoded.height, MAX_PICTURE_PIXELS))
      : readError('corrupt', OCR_MESSAGES.imageCorrupt);
  }
  const pages: ReadPage[] = [];
  for (const [index, image] of decoded.pages.entries()) {
    options.onProgress?.({ stage: 'ocr', page: index + 1, pages: decoded.pages.length });
    const pointsPerPixel = PAGE_LONG_SIDE_PT / Math.max(image.width, image.height);
    const size: PageSize = { widthPt: image.width * pointsPerPixel, heightPt: image.height * pointsPerPixel };
    const blocks = await ocrPage({ image, pointsPerPixel, page: index + 1, size });
    pages.push({ size, blocks, chars: 0 });
  }
  return {
    ok: true,
    document: { format: 'image', pages: pages.map((page) => page.size), lines: documentLines(pages) },
  };
}
