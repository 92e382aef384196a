// The page a picture stands for. A picture has no trustworthy physical size, so its longer side is an
// A4 page's (842 pt); boxes only need to agree with the page size given, in the reader and the viewer.
import type { PageSize } from '../../../shared/document';
import type { GreyImage } from './grey-image';

const PAGE_LONG_SIDE_PT = 842;

export const picturePointsPerPixel = (image: GreyImage): number =>
  PAGE_LONG_SIDE_PT / Math.max(image.width, image.height);

export function picturePageSize(image: GreyImage): PageSize {
  const pointsPerPixel = picturePointsPerPixel(image);
  return { widthPt: image.width * pointsPerPixel, heightPt: image.height * pointsPerPixel };
}
