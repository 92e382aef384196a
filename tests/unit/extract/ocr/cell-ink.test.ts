// Ink in a ruled cell where the detector saw nothing: a thin "1" at 150 dpi has less ink than the dust
// threshold, yet is writing; a speck of as much ink is not.
import { describe, expect, it } from 'vitest';
import { writingIn } from '../../../../src/main/extract/ocr/cell-boxes';
import type { GreyImage } from '../../../../src/main/extract/ocr/grey-image';

const POINTS_PER_PIXEL = 72 / 150;

/** A white 60×60 cell with black pixels at the given (x, y). */
function cell(ink: Array<[number, number]>): GreyImage {
  const image = { width: 60, height: 60, data: new Uint8Array(60 * 60).fill(255) };
  for (const [x, y] of ink) image.data[y * 60 + x] = 0;
  return image;
}
const region = { x0: 2, y0: 2, x1: 58, y1: 58 };

describe('writing in a cell', () => {
  it('takes a thin tall stroke (a "1" of 13 pixels) for writing', () => {
    const one = cell(Array.from({ length: 13 }, (_, i): [number, number] => [30, 22 + i]));
    expect(writingIn(one, 128, region, POINTS_PER_PIXEL)).toEqual({ x0: 30, y0: 23, x1: 31, y1: 34 });
  });

  it('leaves a speck of as much ink, and a short stroke, as dust', () => {
    const speck = cell([...Array.from({ length: 9 }, (_, i): [number, number] => [30 + (i % 3), 30 + Math.floor(i / 3)])]);
    expect(writingIn(speck, 128, region, POINTS_PER_PIXEL)).toBeUndefined();
    const short = cell(Array.from({ length: 6 }, (_, i): [number, number] => [30, 30 + i]));
    expect(writingIn(short, 128, region, POINTS_PER_PIXEL)).toBeUndefined();
  });

  it('takes enough ink of any shape for writing', () => {
    const blob = cell(Array.from({ length: 16 }, (_, i): [number, number] => [30 + (i % 4), 30 + Math.floor(i / 4)]));
    expect(writingIn(blob, 128, region, POINTS_PER_PIXEL)).toEqual({ x0: 30, y0: 30, x1: 34, y1: 34 });
  });
});
