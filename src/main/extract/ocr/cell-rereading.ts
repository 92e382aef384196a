// A figure alone in a ruled cell read again when its first reading is empty, doubtful ("『0", "」") or
// a letter taken for a digit ("o"): the detector's box around a lone "0" or "1" is tight, and the
// recogniser, trained on lines with margins, reads such a crop as nothing or as "o". Read again from
// the ink in the cell with a margin around it, it is read surely. Two readings that disagree stay doubtful.

import { OCR_DOUBT_BELOW } from '../../domain/parse/ocr-reading';
import { cellIndexAt, type Grid } from '../pdf/table-grid';
import { cleanFigure } from './cell-figures';
import { cellInterior, writingIn } from './cell-boxes';
import type { GreyImage } from './grey-image';
import { recognizeBoxes, type TextReading } from './recognize-text';
import type { PixelBox } from './text-boxes';

/** Above and below the ink, this share of its height; on each side, as much as the ink's width or height. */
const VERTICAL_MARGIN = 0.25;
/** A doubtful reading of at most this many marks with no letter in it may be a misread figure. */
const MAX_MARK_CHARS = 2;
/** A letter alone in a cell that stands for a digit ("Q" for a 0). */
const LONE_LOOKALIKE = /^[OoDQ〇lI|]$/;

/** The readings with those of lone figures in cells read again where that made them surer. */
export async function rereadCellFigures(
  image: GreyImage,
  threshold: number,
  readings: readonly TextReading[],
  grids: readonly Grid[],
  pointsPerPixel: number,
): Promise<TextReading[]> {
  const retries = new Map<number, PixelBox>();
  for (const [index, cellBox] of loneReadingCells(readings, grids, pointsPerPixel)) {
    if (!worthRereading(readings[index]!)) continue;
    const box = paddedInk(image, threshold, cellBox, pointsPerPixel);
    if (box) retries.set(index, box);
  }
  if (retries.size === 0) return [...readings];
  const indexes = [...retries.keys()];
  const second = await recognizeBoxes(image, [...retries.values()]);
  const result = [...readings];
  indexes.forEach((index, k) => {
    const again = second[k]!;
    if (!isFigure(again.text.trim())) return;
    result[index] = combineReadings(readings[index]!, again);
  });
  return result;
}

/** Empty; or doubtful and a figure, a letter taken for one, or a mark ("」" for a thin "1"), not words. */
export function worthRereading({ text, confidence }: TextReading): boolean {
  const trimmed = text.trim();
  if (!trimmed) return true;
  const figure = cleanFigure(trimmed);
  if (/[\d０-９]/.test(figure.text)) return confidence < OCR_DOUBT_BELOW || figure.guessed;
  if (LONE_LOOKALIKE.test(trimmed)) return true;
  // Letters are words; a dash or a slash is how a form writes an empty cell.
  return confidence < OCR_DOUBT_BELOW && [...trimmed].length <= MAX_MARK_CHARS && !/[\p{L}\-–—_/／\\]/u.test(trimmed);
}

/** The digits of a reading, letters taken for digits included ("『0" and "0." are both "0"). */
const digitsOf = (text: string): string => cleanFigure(text.trim()).text.replace(/[^\d０-９]/g, '');

const isFigure = (text: string): boolean => text !== '' && /^[\d０-９.,]+$/.test(cleanFigure(text).text);

/**
 * The first reading's box with the surer of two agreeing texts. Readings that disagree keep the first
 * text (its box was drawn around the writing; the cell's ink may hold a seal's stroke) and the lower confidence.
 */
export function combineReadings(first: TextReading, again: TextReading): TextReading {
  const firstText = first.text.trim();
  // Nothing, or marks with no digit: the second reading is the only reading of a figure.
  if (!digitsOf(firstText)) return { box: first.box, text: again.text, confidence: again.confidence };
  if (digitsOf(firstText) !== digitsOf(again.text))
    return { ...first, confidence: Math.min(first.confidence, again.confidence) };
  return again.confidence > first.confidence ? { box: first.box, text: again.text, confidence: again.confidence } : first;
}

/** Reading index → the pixel box inside the borders of its cell, for readings that are alone in a cell. */
function loneReadingCells(
  readings: readonly TextReading[],
  grids: readonly Grid[],
  pointsPerPixel: number,
): Map<number, PixelBox> {
  const byCell = new Map<string, number[]>();
  const cells = new Map<string, PixelBox>();
  readings.forEach(({ box }, index) => {
    const x = ((box.x0 + box.x1) / 2) * pointsPerPixel;
    const y = ((box.y0 + box.y1) / 2) * pointsPerPixel;
    grids.forEach((grid, g) => {
      const cell = cellIndexAt(grid, x, y);
      if (cell < 0) return;
      const key = `${g}:${cell}`;
      byCell.set(key, [...(byCell.get(key) ?? []), index]);
      cells.set(key, cellInterior(grid.cells[cell]!, pointsPerPixel));
    });
  });
  const lone = new Map<number, PixelBox>();
  for (const [key, indexes] of byCell) if (indexes.length === 1) lone.set(indexes[0]!, cells.get(key)!);
  return lone;
}

/** The ink in the cell with margins the recogniser reads best, kept inside the cell. */
function paddedInk(image: GreyImage, threshold: number, cell: PixelBox, pointsPerPixel: number): PixelBox | undefined {
  const ink = writingIn(image, threshold, cell, pointsPerPixel);
  if (!ink) return undefined;
  const height = ink.y1 - ink.y0;
  const half = Math.max(ink.x1 - ink.x0, height);
  const centre = (ink.x0 + ink.x1) / 2;
  return {
    x0: Math.max(cell.x0, centre - half),
    y0: Math.max(cell.y0, ink.y0 - height * VERTICAL_MARGIN),
    x1: Math.min(cell.x1, centre + half),
    y1: Math.min(cell.y1, ink.y1 + height * VERTICAL_MARGIN),
  };
}
