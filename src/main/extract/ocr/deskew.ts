// A scan's tilt, found as the angle at which the page's dark pixels line up best into rows (text lines
// and table borders give the sharpest row profile when level), and the page turned back by it.

import type { GreyImage } from './grey-image';

/** Tilts beyond this are not scans but photos at an angle or sideways pages: left as they are. */
const MAX_DEGREES = 5;
const COARSE_STEP = 0.25;
const FINE_STEP = 0.05;
/** Work on a copy this wide: the angle does not need every pixel. */
const SAMPLE_WIDTH = 800;
const MAX_SAMPLES = 40_000;

/** The tilt in degrees (positive: the page's lines fall to the right, clockwise). */
export function estimateSkew(image: GreyImage, threshold: number): number {
  const step = Math.max(1, Math.floor(image.width / SAMPLE_WIDTH));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y += step) {
    for (let x = 0; x < image.width; x += step) {
      if (image.data[y * image.width + x]! < threshold) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 100) return 0;
  const stride = Math.max(1, Math.floor(xs.length / MAX_SAMPLES));
  const height = Math.ceil(image.height / step);
  const width = Math.ceil(image.width / step);
  const score = (degrees: number): number => {
    const radians = (degrees * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    const offset = width + 1;
    const bins = new Float64Array(height + 2 * offset);
    for (let i = 0; i < xs.length; i += stride) bins[Math.round(ys[i]! * cos - xs[i]! * sin) + offset]!++;
    let sum = 0;
    for (const count of bins) sum += count * count;
    return sum;
  };
  const best = (from: number, to: number, by: number): number => {
    let angle = 0;
    let top = -1;
    for (let degrees = from; degrees <= to + 1e-9; degrees += by) {
      const value = score(degrees);
      if (value > top) {
        top = value;
        angle = degrees;
      }
    }
    return angle;
  };
  const coarse = best(-MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
  return best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP);
}

/** The image turned by `degrees` anticlockwise about its centre (so a tilt of `degrees` is undone), paper filling the corners. */
export function rotate(image: GreyImage, degrees: number): GreyImage {
  if (Math.abs(degrees) < 0.05) return image;
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const { width, height } = image;
  const cx = width / 2;
  const cy = height / 2;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // The source pixel that lands here: the inverse rotation.
      const sx = cos * dx - sin * dy + cx;
      const sy = sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) continue;
      const wx = sx - x0;
      const wy = sy - y0;
      const at = y0 * width + x0;
      const top = image.data[at]! * (1 - wx) + image.data[at + 1]! * wx;
      const bottom = image.data[at + width]! * (1 - wx) + image.data[at + width + 1]! * wx;
      data[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}
