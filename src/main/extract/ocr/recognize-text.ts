// What the text in each box says (the recognition model). Crops are scaled to the model's 48 pixels of
// height and packed side by side into lines (see packed-lines), each line run alone: measured on this
// machine, a run costs in proportion to its width up to about 1280 pixels and more beyond, and a batch
// of several lines costs more than the same lines one by one. A crop longer than a line is cut where a
// gap between characters is widest.

import { ctcDecode, type Recognized } from './ctc-decode';
import { crop, resize, type GreyImage } from './grey-image';
import { loadEngine, loadRecognition, runModel } from './ocr-engine';
import { timed } from './ocr-timing';
import { itemAt, packLines, PACKED_WIDTH, type PackedLine } from './packed-lines';
import { pieceWidths } from './long-lines';
import { recognitionLane, type ModelOutput } from './recognition-lane';
import type { PixelBox } from './text-boxes';

export interface TextReading {
  box: PixelBox;
  text: string;
  /** The least sure character's probability (0–1): one doubtful digit makes the whole reading doubtful. */
  confidence: number;
}

const HEIGHT = 48;
/** The model was trained on lines padded to at least 320 pixels. */
const MIN_WIDTH = 320;
/** The longest piece of a line: it fits a packed line with its margins (16 px a side) and room to spare. */
const MAX_PIECE = PACKED_WIDTH - 64;

interface LineReading extends Recognized {
  /** Time steps of the model's output: each covers the line's width divided by this. */
  steps: number;
}

interface Piece {
  /** The box the piece belongs to. */
  index: number;
  image: GreyImage;
}

/**
 * Each box's text, read from the page image. `laneLines`: how many lines the lane keeps in hand (see
 * readLines); more while this thread draws and finds the next page, so that the lane is not left idle.
 */
export async function recognizeBoxes(
  image: GreyImage,
  boxes: readonly PixelBox[],
  laneLines = 2,
): Promise<TextReading[]> {
  const engine = await loadEngine();
  const pieces: Piece[] = [];
  boxes.forEach((box, index) => {
    const line = scaledCrop(image, box);
    if (!line) return;
    let x = 0;
    for (const width of pieceWidths(line, MAX_PIECE)) {
      pieces.push({ index, image: width === line.width ? line : crop(line, x, 0, x + width, HEIGHT) });
      x += width;
    }
  });
  const lines = packLines(pieces.map((piece) => piece.image.width));
  const widths = lines.map((packed) => Math.max(MIN_WIDTH, packed.width));
  const reads = await readLines(
    widths,
    (line) => packedInput(lines[line]!, pieces, widths[line]!),
    engine.dictionary,
    laneLines,
  );
  const chars = boxes.map(() => ({ text: '', confidences: [] as number[] }));
  lines.forEach((packed, line) => {
    const read = reads[line]!;
    const stepWidth = widths[line]! / read.steps;
    [...read.text].forEach((character, k) => {
      const item = itemAt(packed, (read.charSteps[k]! + 0.5) * stepWidth);
      if (!item) return;
      const target = chars[pieces[item.index]!.index]!;
      target.text += character;
      target.confidences.push(read.charConfidences[k]!);
    });
  });
  return boxes.map((box, i) => ({
    box,
    text: chars[i]!.text,
    confidence: chars[i]!.confidences.length > 0 ? Math.min(...chars[i]!.confidences) : 0,
  }));
}

/**
 * Each line's reading, in order. With a second lane (see recognition-lane), both take the next unread
 * line whenever they are free, so that neither waits for the other at the end; the lane keeps lines in
 * hand (`laneLines`), because this thread cannot hand it the next while it runs a line of its own.
 * Measured against every other line to the lane (three table pages, six rounds each): 3.26 → 2.95 s
 * with other work on the machine, about the same (−2%) when it is idle. A line the lane fails to read
 * is read here.
 */
async function readLines(
  widths: readonly number[],
  inputOf: (line: number) => Float32Array,
  dictionary: readonly string[],
  laneLines: number,
): Promise<LineReading[]> {
  const lane = await recognitionLane();
  // One session per thread: one thread of its own beside a lane, else both cores.
  const own = await loadRecognition(lane ? 1 : 2);
  const decode = ({ data, dims }: ModelOutput): LineReading => {
    const [, steps, classes] = dims;
    return { ...ctcDecode(data, steps!, classes!, 0, dictionary), steps: steps! };
  };
  const dimsOf = (line: number): number[] => [1, 3, HEIGHT, widths[line]!];
  const readHere = async (line: number): Promise<LineReading> => {
    const tensor = await timed('rec model', () =>
      runModel(own.ort, own.session, inputOf(line), dimsOf(line)),
    );
    return decode({ data: tensor.data as Float32Array, dims: [...tensor.dims] });
  };
  const reads: LineReading[] = [];
  let next = 0;
  const take = (): number | undefined => (next < widths.length ? next++ : undefined);
  const readInLane = async (): Promise<void> => {
    for (let line = take(); line !== undefined; line = take()) {
      const output = await lane!.run(inputOf(line), dimsOf(line)).catch(() => undefined);
      reads[line] = output ? decode(output) : await readHere(line);
    }
  };
  const laneDone = lane ? Promise.all(Array.from({ length: laneLines }, readInLane)) : undefined;
  for (let line = take(); line !== undefined; line = take()) reads[line] = await readHere(line);
  await laneDone;
  return reads;
}

/** The box's pixels scaled to the model's height, keeping their proportions. */
function scaledCrop(image: GreyImage, box: PixelBox): GreyImage | undefined {
  const piece = crop(image, box.x0, box.y0, box.x1, box.y1);
  if (piece.width === 0 || piece.height === 0) return undefined;
  return resize(piece, Math.max(4, Math.ceil((HEIGHT * piece.width) / piece.height)), HEIGHT);
}

/**
 * One packed line as the model's input (grey in all three channels, scaled to -1…1). Between and
 * after the crops: 0, the padding the model was trained with (measured: paper-white gaps there made
 * lone "0" cells read as "０" or nothing).
 */
function packedInput(packed: PackedLine, pieces: readonly Piece[], width: number): Float32Array {
  const plane = HEIGHT * width;
  const input = new Float32Array(3 * plane);
  for (const item of packed.items) {
    const line = pieces[item.index]!.image;
    for (let y = 0; y < HEIGHT; y++) {
      for (let x = 0; x < line.width; x++)
        input[y * width + item.x + x] = line.data[y * line.width + x]! / 127.5 - 1;
    }
  }
  input.copyWithin(plane, 0, plane);
  input.copyWithin(2 * plane, 0, plane);
  return input;
}
