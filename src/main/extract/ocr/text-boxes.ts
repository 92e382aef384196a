// Text regions from the detection model's probability map (PaddleOCR's DB post-processing, for
// upright pages): pixels above a threshold joined into regions, weak regions dropped, each region's
// box grown back to the text's full size (the model marks a shrunk core of each text line).

/** A box in pixels of the image the map was computed for. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// PaddleOCR's defaults for its Chinese models.
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.5;
/** Thinner cores are specks; a lone "1" at 150 dpi is 2 pixels wide, so this stays low. */
const MIN_SIDE = 2;

export function textBoxes(probability: Float32Array, width: number, height: number): PixelBox[] {
  const label = new Int32Array(width * height).fill(-1);
  const boxes: PixelBox[] = [];
  const stack: number[] = [];
  for (let start = 0; start < probability.length; start++) {
    if (label[start] !== -1 || probability[start]! <= PIXEL_THRESHOLD) continue;
    // Flood fill one region (4-connected), tracking its extent and mean probability.
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    let sum = 0;
    let count = 0;
    label[start] = boxes.length;
    stack.push(start);
    while (stack.length > 0) {
      const index = stack.pop()!;
      const x = index % width;
      const y = (index - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      sum += probability[index]!;
      count++;
      const neighbours = [x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, index - width, index + width];
      for (const next of neighbours) {
        if (next < 0 || next >= probability.length || label[next] !== -1) continue;
        if (probability[next]! <= PIXEL_THRESHOLD) continue;
        label[next] = boxes.length;
        stack.push(next);
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (Math.min(w, h) < MIN_SIDE || sum / count < BOX_THRESHOLD) {
      boxes.push({ x0: -1, y0: -1, x1: -1, y1: -1 }); // keeps labels aligned; dropped below
      continue;
    }
    // Unclip: grow by area × ratio / perimeter on every side, as the model was trained to expect.
    const grow = (w * h * UNCLIP_RATIO) / (2 * (w + h));
    boxes.push({
      x0: Math.max(0, x0 - grow),
      y0: Math.max(0, y0 - grow),
      x1: Math.min(width, x1 + 1 + grow),
      y1: Math.min(height, y1 + 1 + grow),
    });
  }
  return boxes.filter((box) => box.x0 >= 0);
}
