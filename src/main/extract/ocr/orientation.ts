// Pages scanned sideways or upside down turned upright before they are read: a page whose text boxes
// stand tall is turned a quarter turn; the text direction model then says whether it is upside down.

import { rotateHalfTurn, rotateQuarterTurn, type GreyImage } from './grey-image';
import { detectText, upsideDown } from './detect-text';
import type { PixelBox } from './text-boxes';

/** Boxes this many times longer than wide show which way the lines run. */
const LONG = 3;
/** Boxes asked about upside-down text: the longest lines say it best. */
const SAMPLE = 12;

export interface UprightPage {
  image: GreyImage;
  boxes: PixelBox[];
}

export async function uprightPage(image: GreyImage): Promise<UprightPage> {
  let boxes = await detectText(image);
  if (sideways(boxes)) {
    image = rotateQuarterTurn(image, true);
    boxes = await detectText(image);
  }
  const lines = boxes
    .filter((box) => box.x1 - box.x0 > LONG * (box.y1 - box.y0))
    .sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))
    .slice(0, SAMPLE);
  const votes = await upsideDown(image, lines);
  if (votes.filter((probability) => probability > 0.5).length > lines.length / 2) {
    image = rotateHalfTurn(image);
    boxes = await detectText(image);
  }
  return { image, boxes };
}

function sideways(boxes: readonly PixelBox[]): boolean {
  const tall = boxes.filter((box) => box.y1 - box.y0 > LONG * (box.x1 - box.x0)).length;
  const wide = boxes.filter((box) => box.x1 - box.x0 > LONG * (box.y1 - box.y0)).length;
  return tall >= 5 && tall > 2 * wide;
}
