// Where the text lines are (the detection model) and which way up they stand (the direction model).

import { crop, resize, type GreyImage } from './grey-image';
import { loadEngine, runModel } from './ocr-engine';
import { timed } from './ocr-timing';
import { textBoxes, type PixelBox } from './text-boxes';

/** Longest side of the image the detection model sees, in pixels (measured: see bench/ocr.bench.ts). */
export const DETECTION_MAX_SIDE = 1280;
const DIRECTION_SIZE = { width: 192, height: 48 };

/** Boxes of the text lines on the page, in the page image's pixels. */
export async function detectText(image: GreyImage): Promise<PixelBox[]> {
  const engine = await loadEngine();
  const scale = Math.min(1, DETECTION_MAX_SIDE / Math.max(image.width, image.height));
  const width = Math.max(32, Math.round((image.width * scale) / 32) * 32);
  const height = Math.max(32, Math.round((image.height * scale) / 32) * 32);
  const scaled = resize(image, width, height);
  // ImageNet normalisation, the same grey in all three channels.
  const mean = [0.485, 0.456, 0.406];
  const deviation = [0.229, 0.224, 0.225];
  const plane = width * height;
  const input = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    const value = scaled.data[i]! / 255;
    for (let c = 0; c < 3; c++) input[c * plane + i] = (value - mean[c]!) / deviation[c]!;
  }
  const output = await timed('det model', () =>
    runModel(engine.ort, engine.detection, input, [1, 3, height, width]),
  );
  const sx = image.width / width;
  const sy = image.height / height;
  return (await timed('det boxes', () => textBoxes(output.data as Float32Array, width, height))).map(
    (box) => ({
      x0: box.x0 * sx,
      y0: box.y0 * sy,
      x1: box.x1 * sx,
      y1: box.y1 * sy,
    }),
  );
}

/** For each box, the probability that its text stands upside down (the direction classifier). */
export async function upsideDown(image: GreyImage, boxes: readonly PixelBox[]): Promise<number[]> {
  if (boxes.length === 0) return [];
  const engine = await loadEngine();
  const { width, height } = DIRECTION_SIZE;
  const plane = width * height;
  const input = new Float32Array(boxes.length * 3 * plane);
  boxes.forEach((box, b) => {
    const piece = crop(image, box.x0, box.y0, box.x1, box.y1);
    if (piece.width === 0 || piece.height === 0) return;
    const scaledWidth = Math.min(width, Math.max(1, Math.ceil((height * piece.width) / piece.height)));
    const line = resize(piece, scaledWidth, height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < scaledWidth; x++) {
        const value = line.data[y * scaledWidth + x]! / 127.5 - 1;
        const at = b * 3 * plane + y * width + x;
        input[at] = value;
        input[at + plane] = value;
        input[at + 2 * plane] = value;
      }
    }
  });
  const output = await timed('direction', () =>
    runModel(engine.ort, engine.direction, input, [boxes.length, 3, height, width]),
  );
  const data = output.data as Float32Array;
  return boxes.map((_, b) => data[b * 2 + 1]!);
}
