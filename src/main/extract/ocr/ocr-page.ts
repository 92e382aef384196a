// One page picture read by OCR into the same blocks a text PDF page gives: the scan levelled, its
// table borders found in the image and read as grids, text boxes detected and recognised, and the
// result laid out by the PDF reader's own page layout. Every piece carries its OCR confidence.

import type { PageSize, TextPiece } from '../../../shared/document';
import { layoutPage, type PageBlock } from '../pdf/page-layout';
import { cellIndexAt, findGrids, type Grid } from '../pdf/table-grid';
import { centreX, centreY, type Box, type TextRun } from '../pdf/text-runs';
import { cellBoxes, holdsWriting } from './cell-boxes';
import { cleanFigure, GUESSED_CONFIDENCE } from './cell-figures';
import { rereadCellFigures } from './cell-rereading';
import { inkThreshold, type GreyImage } from './grey-image';
import { imageRulingLines } from './image-lines';
import { recognizeBoxes, type TextReading } from './recognize-text';
import { uprightPage } from './orientation';
import { timed } from './ocr-timing';
import { straighten } from './straighten';
import type { PixelBox } from './text-boxes';
import { verticalLabelBoxes, type VerticalSplit } from './vertical-text';

export interface PagePicture {
  image: GreyImage;
  /** Page points per image pixel (72 / dpi for a rendered PDF page). */
  pointsPerPixel: number;
  /** 1-based page number, for provenance. */
  page: number;
  size: PageSize;
}

/** Less ink than this share of the page is a blank page (or specks on one). */
const BLANK_INK_SHARE = 0.0005;
/** A box the size of a glyph box in points to font size: the detector's boxes carry a margin. */
const BOX_TO_FONT_SIZE = 0.7;

export async function ocrPage(picture: PagePicture): Promise<PageBlock[]> {
  const found = await findText(picture);
  return found ? readText(found) : [];
}

/** A page's text found but not yet read: the image levelled, its boxes and grids. */
export interface FoundText {
  image: GreyImage;
  threshold: number;
  pointsPerPixel: number;
  page: number;
  size: PageSize;
  grids: Grid[];
  detected: VerticalSplit;
  boxes: PixelBox[];
  added: ReadonlySet<PixelBox>;
}

/** The first half of reading a page: where its text and tables are. Undefined for a blank page. */
export async function findText({
  image: picture,
  pointsPerPixel,
  page,
  size,
}: PagePicture): Promise<FoundText | undefined> {
  const threshold = inkThreshold(picture);
  if (inkShare(picture, threshold) < BLANK_INK_SHARE) return undefined;
  const level = await timed('levelling', () => straighten(picture, threshold));
  const { image, boxes: found } = await timed('detection', () => uprightPage(level));
  const grids = await timed('grids', () => findGrids(imageRulingLines(image, threshold, pointsPerPixel)));
  const detected = verticalLabelBoxes(found);
  const { boxes, added } = await timed('cell boxes', () =>
    cellBoxes(image, threshold, detected.boxes, grids, pointsPerPixel),
  );
  return { image, threshold, pointsPerPixel, page, size, grids, detected, boxes, added };
}

/** The second half: what the text says, laid out into blocks (`laneLines`: see recognizeBoxes). */
export async function readText(
  { image, threshold, pointsPerPixel, page, size, grids, detected, boxes, added }: FoundText,
  laneLines?: number,
): Promise<PageBlock[]> {
  const firstReadings = await timed('recognition', () => recognizeBoxes(image, boxes, laneLines));
  const readings = await timed('cell rereading', () =>
    rereadCellFigures(image, threshold, firstReadings, grids, pointsPerPixel),
  );

  const runs: OcrRun[] = [];
  const unread: Box[] = [];
  for (const reading of detected.joinVertical(readings)) {
    const box = toPoints(reading, pointsPerPixel);
    const text = reading.text.trim();
    // A box read as nothing: writing the recogniser could not read makes its cell doubtful; a sliver of
    // a border or dust (little ink once the box's edges are left out) is nothing.
    if (!text) {
      if (!added.has(reading.box) && holdsWriting(image, threshold, reading.box, pointsPerPixel))
        unread.push(box);
      continue;
    }
    const inTable = grids.some((grid) => cellIndexAt(grid, centreX(box), centreY(box)) >= 0);
    const figure = inTable ? cleanFigure(text) : { text, guessed: false };
    const confidence = figure.guessed ? Math.min(reading.confidence, GUESSED_CONFIDENCE) : reading.confidence;
    runs.push({
      ...box,
      text: figure.text,
      fontSize: (box.y1 - box.y0) * BOX_TO_FONT_SIZE,
      vertical: false,
      confidence,
    });
  }
  const blocks = layoutPage(runs, grids, page, size);
  for (const block of blocks) {
    const pieces = block.kind === 'table' ? block.rows.flat() : block.cells;
    for (const piece of pieces) markConfidence(piece, runs, unread);
  }
  return blocks;
}

interface OcrRun extends TextRun {
  confidence: number;
}

function toPoints({ box }: TextReading, pointsPerPixel: number): Box {
  return {
    x0: box.x0 * pointsPerPixel,
    y0: box.y0 * pointsPerPixel,
    x1: box.x1 * pointsPerPixel,
    y1: box.y1 * pointsPerPixel,
  };
}

/** The least sure reading inside the piece's box; ink that could not be read makes it 0; an empty cell is sure. */
function markConfidence(piece: TextPiece, runs: readonly OcrRun[], unread: readonly Box[]): void {
  if (piece.source.kind !== 'pdf') return;
  const [x0, y0, x1, y1] = piece.source.bboxPt;
  const inside = (box: Box): boolean => {
    const x = centreX(box);
    const y = centreY(box);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  };
  let confidence = 1;
  for (const run of runs) if (inside(run)) confidence = Math.min(confidence, run.confidence);
  if (unread.some(inside)) confidence = 0;
  piece.ocr = { confidence: Math.round(confidence * 1000) / 1000 };
}

function inkShare(image: GreyImage, threshold: number): number {
  let dark = 0;
  for (let i = 0; i < image.data.length; i += 7) if (image.data[i]! < threshold) dark++;
  return (dark * 7) / image.data.length;
}
