// An OFD file's pages as the original view draws them: the same walk as the reader, with images.
import type { PageDrawing } from '../../../shared/page-drawing';
import { ofdPages } from './ofd-document';
import { pageGraphics } from './ofd-graphics';
import { OfdPackage } from './ofd-package';

/** Throws on a package the reader could not open either. */
export function ofdDrawing(bytes: Uint8Array): PageDrawing[] {
  const pkg = OfdPackage.open(bytes, { media: true });
  return ofdPages(pkg).map((ref) => {
    const graphics = pageGraphics(pkg, ref, { images: true });
    return { widthPt: graphics.widthPt, heightPt: graphics.heightPt, ...graphics.drawing };
  });
}
