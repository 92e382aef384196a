// Reader for picture files (PNG, JPEG, TIFF: a scan or a photo of the report): every page read by OCR,
// positions in points on the page the picture stands for (see picture-page).

import type { PageSize } from '../../../shared/document';
import { OCR_MESSAGES } from '../ocr/pdf-page-ocr';
import { ocrPage } from '../ocr/ocr-page';
import { decodePicture, MAX_PICTURE_PIXELS } from '../ocr/picture';
import { picturePageSize, picturePointsPerPixel } from '../ocr/picture-page';
import { recognitionLane } from '../ocr/recognition-lane';
import { documentLines } from '../pdf/document-lines';
import type { PageBlock } from '../pdf/page-layout';
import { readError, type ReadOptions, type ReadResult } from '../read-result';

export const IMAGE_MESSAGES = {
  ocrOff: '图片需要文字识别才能读取，但文字识别已关闭',
} as const;

export async function readImage(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  if (options.ocr === false) return readError('scanned', IMAGE_MESSAGES.ocrOff);
  void recognitionLane();
  const decoded = await decodePicture(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'too_large'
      ? readError('too_large', OCR_MESSAGES.imageTooLarge(decoded.width, decoded.height, MAX_PICTURE_PIXELS))
      : readError('corrupt', OCR_MESSAGES.imageCorrupt);
  }
  const pages: Array<{ size: PageSize; blocks: PageBlock[] }> = [];
  for (const [index, image] of decoded.pages.entries()) {
    options.onProgress?.({ stage: 'ocr', page: index + 1, pages: decoded.pages.length });
    const size = picturePageSize(image);
    const blocks = await ocrPage({ image, pointsPerPixel: picturePointsPerPixel(image), page: index + 1, size });
    pages.push({ size, blocks });
  }
  return {
    ok: true,
    document: { format: 'image', pages: pages.map((page) => page.size), lines: documentLines(pages) },
  };
}
