// A page image as one byte of grey per pixel (0 black … 255 white): what the OCR steps work on.
// Colour is dropped when the image is read; a red seal is dropped with it (see `toGrey`).

export interface GreyImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A pixel this much redder than its green and blue is seal ink, not text: it becomes paper. */
const SEAL_REDNESS = 60;

/** RGBA pixels (canvas order) to grey, red seal ink removed. */
export function toGrey(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const r = rgba[p]!;
    const g = rgba[p + 1]!;
    const b = rgba[p + 2]!;
    const alpha = rgba[p + 3]!;
    if (r - Math.max(g, b) > SEAL_REDNESS) data[i] = 255;
    else {
      const grey = (r * 299 + g * 587 + b * 114) / 1000;
      // Transparent pixels are paper (PNG pictures pasted into documents often have no background).
      data[i] = Math.round(255 - ((255 - grey) * alpha) / 255);
    }
  }
  return { width, height, data };
}

/** The part of `image` inside the pixel box (clipped to the image). */
export function crop(image: GreyImage, x0: number, y0: number, x1: number, y1: number): GreyImage {
  const left = Math.max(0, Math.floor(x0));
  const top = Math.max(0, Math.floor(y0));
  const right = Math.min(image.width, Math.ceil(x1));
  const bottom = Math.min(image.height, Math.ceil(y1));
  const width = Math.max(0, right - left);
  const height = Math.max(0, bottom - top);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = (top + y) * image.width + left;
    data.set(image.data.subarray(from, from + width), y * width);
  }
  return { width, height, data };
}

/** Bilinear resize. */
export function resize(image: GreyImage, width: number, height: number): GreyImage {
  const data = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const top = image.data[y0 * image.width + x0]! * (1 - wx) + image.data[y0 * image.width + x1]! * wx;
      const bottom = image.data[y1 * image.width + x0]! * (1 - wx) + image.data[y1 * image.width + x1]! * wx;
      data[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, data };
}

/** Turned half a turn (an upside-down page). */
export function rotateHalfTurn(image: GreyImage): GreyImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = image.data[data.length - 1 - i]!;
  return { ...image, data };
}

/** Turned a quarter turn clockwise (`clockwise`) or anticlockwise: a page scanned sideways. */
export function rotateQuarterTurn(image: GreyImage, clockwise: boolean): GreyImage {
  const { width, height } = image;
  const data = new Uint8Array(image.data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const target = clockwise ? x * height + (height - 1 - y) : (width - 1 - x) * height + y;
      data[target] = image.data[y * width + x]!;
    }
  }
  return { width: height, height: width, data };
}

/**
 * The grey level between ink and paper (Otsu's threshold over the histogram, kept well below the
 * paper's own grey): a grey background or a faint scan moves it; a blank page gives a threshold below
 * which hardly anything lies.
 */
export function inkThreshold(image: GreyImage): number {
  const histogram = new Array<number>(256).fill(0);
  for (const value of image.data) histogram[value]!++;
  const total = image.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * histogram[i]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sum - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  // Never call light grey ink: paper (the most common grey, as ink covers little of a page) and its
  // noise stay above the threshold even where Otsu splits a page of little ink inside the paper's noise.
  let paper = 0;
  for (let i = 1; i < 256; i++) if (histogram[i]! > histogram[paper]!) paper = i;
  return Math.min(threshold, paper - PAPER_MARGIN, 200);
}

/** How much darker than the paper a pixel must be to count as ink. */
const PAPER_MARGIN = 50;
