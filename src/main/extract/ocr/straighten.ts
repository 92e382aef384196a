// A scan or photo made level and square before it is read. A flat scan is only tilted: one angle. A
// page photographed at a slant is also foreshortened: its lines tilt differently at the top and the
// bottom, its verticals differently on the left and the right. The tilt of the horizontal lines is
// measured in bands across the page, the tilt of the verticals in bands down it (each as the angle at
// which the dark pixels line up best), a straight-line model fitted to each, and the page resampled.

import type { GreyImage } from './grey-image';

const MAX_DEGREES = 5;
const COARSE_STEP = 0.2;
const FINE_STEP = 0.04;
const BANDS = 4;
/** Dark pixels sampled per band: enough for a sharp profile, few enough to stay fast. */
const MAX_SAMPLES = 30_000;
const MIN_SAMPLES = 400;
/** Below this spread of tilts between bands (degrees), the page is only turned, not warped. */
const WARP_SPREAD = 0.3;

interface Region {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The slope (tan of the best angle) of lines along `axis` in the region, or undefined with too little ink. */
function slopeIn(image: GreyImage, threshold: number, region: Region, axis: 'horizontal' | 'vertical'): number | undefined {
  const area = (region.x1 - region.x0) * (region.y1 - region.y0);
  const step = Math.max(1, Math.round(Math.sqrt(area / (MAX_SAMPLES * 8))));
  const along: number[] = [];
  const across: number[] = [];
  for (let y = region.y0; y < region.y1; y += step) {
    for (let x = region.x0; x < region.x1; x += step) {
      if (image.data[y * image.width + x]! >= threshold) continue;
      along.push(axis === 'horizontal' ? x : y);
      across.push(axis === 'horizontal' ? y : x);
    }
  }
  if (along.length < MIN_SAMPLES) return undefined;
  const stride = Math.max(1, Math.floor(along.length / MAX_SAMPLES));
  const size = axis === 'horizontal' ? image.height : image.width;
  const score = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const offset = Math.ceil(Math.abs(slope) * Math.max(image.width, image.height)) + 1;
    const bins = new Float64Array(size + 2 * offset);
    for (let i = 0; i < along.length; i += stride) bins[Math.round((across[i]! - along[i]! * slope) / step) * step + offset]!++;
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
  return Math.tan((best(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP) * Math.PI) / 180);
}

/** Least-squares line through (position, slope) pairs: slope as a function of position. */
function fitSlopes(samples: Array<[number, number]>): (position: number) => number {
  if (samples.length === 0) return () => 0;
  const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  const px = mean(samples.map(([p]) => p));
  const sy = mean(samples.map(([, s]) => s));
  const varP = samples.reduce((sum, [p]) => sum + (p - px) ** 2, 0);
  const gradient = varP > 0 ? samples.reduce((sum, [p, s]) => sum + (p - px) * (s - sy), 0) / varP : 0;
  return (position) => sy + gradient * (position - px);
}

export function straighten(image: GreyImage, threshold: number): GreyImage {
  const { width, height } = image;
  const horizontal: Array<[number, number]> = [];
  const vertical: Array<[number, number]> = [];
  for (let band = 0; band < BANDS; band++) {
    const top = Math.floor((band * height) / BANDS);
    const bottom = Math.floor(((band + 1) * height) / BANDS);
    const m = slopeIn(image, threshold, { x0: 0, y0: top, x1: width, y1: bottom }, 'horizontal');
    if (m !== undefined) horizontal.push([(top + bottom) / 2, m]);
    const left = Math.floor((band * width) / BANDS);
    const right = Math.floor(((band + 1) * width) / BANDS);
    const k = slopeIn(image, threshold, { x0: left, y0: 0, x1: right, y1: height }, 'vertical');
    if (k !== undefined) vertical.push([(left + right) / 2, k]);
  }
  const whole = slopeIn(image, threshold, { x0: 0, y0: 0, x1: width, y1: height }, 'horizontal') ?? 0;
  const spread = (samples: Array<[number, number]>): number =>
    samples.length < 2 ? 0 : (Math.atan(Math.max(...samples.map(([, s]) => s))) - Math.atan(Math.min(...samples.map(([, s]) => s)))) * (180 / Math.PI);
  // A flat scan: one tilt, turned back (vertical lines then tilt the other way).
  const warped = spread(horizontal) > WARP_SPREAD || spread(vertical) > WARP_SPREAD;
  const rowSlope = warped ? fitSlopes(horizontal) : () => whole;
  const columnSlope = warped && vertical.length >= 2 ? fitSlopes(vertical) : () => -rowSlope(height / 2);
  if (!warped && Math.abs(whole) < 1e-3) return image;
  return resample(image, rowSlope, columnSlope);
}

/**
 * Each output pixel (u, v) takes the input pixel where the horizontal line through row v (slope m(v))
 * meets the vertical line through column u (slope k(u), dx per dy), both pinned at the page's centre.
 */
function resample(image: GreyImage, rowSlope: (y: number) => number, columnSlope: (x: number) => number): GreyImage {
  const { width, height } = image;
  const cx = width / 2;
  const cy = height / 2;
  const data = new Uint8Array(width * height).fill(255);
  const columns = Float64Array.from({ length: width }, (_, u) => columnSlope(u));
  for (let v = 0; v < height; v++) {
    const m = rowSlope(v);
    for (let u = 0; u < width; u++) {
      const k = columns[u]!;
      const denominator = 1 - m * k;
      const y = (v + m * (u - cx) - m * k * cy) / denominator;
      const x = u + k * (y - cy);
      const x0 = Math.floor(x);
      const y0 = Math.floor(y);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) continue;
      const wx = x - x0;
      const wy = y - y0;
      const at = y0 * width + x0;
      const top = image.data[at]! * (1 - wx) + image.data[at + 1]! * wx;
      const bottom = image.data[at + width]! * (1 - wx) + image.data[at + width + 1]! * wx;
      data[v * width + u] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}
