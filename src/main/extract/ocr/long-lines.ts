// A text line longer than the recogniser reads well in one run, cut into pieces at the widest gaps
// between characters (runs of columns without ink), each piece at most `maxWidth` wide. A line with no
// gap where one is needed is cut at its lightest column.

import type { GreyImage } from './grey-image';

/** A column with less ink than this beyond the lightest column's (sum of darkness over its height, 0–255 per pixel) is a gap. */
const GAP_INK = 255 * 2;
/** A cut is looked for in the last part of each piece: from this share of `maxWidth` on. */
const SEARCH_FROM = 0.6;

/** Widths of the pieces, left to right (one piece when the line is short enough). */
export function pieceWidths(line: GreyImage, maxWidth: number): number[] {
  if (line.width <= maxWidth) return [line.width];
  const ink = new Float64Array(line.width);
  for (let y = 0; y < line.height; y++) {
    for (let x = 0; x < line.width; x++) ink[x]! += 255 - line.data[y * line.width + x]!;
  }
  // Grey paper darkens every column alike: ink is counted above the lightest column's.
  const paper = Math.min(...ink);
  for (let x = 0; x < ink.length; x++) ink[x]! -= paper;
  const widths: number[] = [];
  let start = 0;
  while (line.width - start > maxWidth) {
    const cut = bestCut(ink, start + Math.round(maxWidth * SEARCH_FROM), start + maxWidth);
    widths.push(cut - start);
    start = cut;
  }
  widths.push(line.width - start);
  return widths;
}

/** The middle of the widest run of gap columns in [from, to), else the lightest column there. */
function bestCut(ink: Float64Array, from: number, to: number): number {
  let best = -1;
  let bestRun = 0;
  let runStart = -1;
  for (let x = from; x <= to; x++) {
    const gap = x < to && ink[x]! < GAP_INK;
    if (gap && runStart < 0) runStart = x;
    if (!gap && runStart >= 0) {
      if (x - runStart >= bestRun) {
        bestRun = x - runStart;
        best = Math.round((runStart + x) / 2);
      }
      runStart = -1;
    }
  }
  if (best >= 0) return best;
  let lightest = from;
  for (let x = from; x < to; x++) if (ink[x]! < ink[lightest]!) lightest = x;
  return lightest;
}
