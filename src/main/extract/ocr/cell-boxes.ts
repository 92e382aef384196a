// Where to read inside ruled tables: detected text boxes cut at the table's column borders (so one
// number never spills into its neighbour's cell), and a box added for ink in a cell where the
// detector saw nothing (a lone "1" is thin enough to be missed: a tall thin stroke with little ink
// counts as writing where a speck of as much ink does not).

import { cellIndexAt, type Grid } from '../pdf/table-grid';
import type { Box } from '../pdf/text-runs';
import type { GreyImage } from './grey-image';
import type { PixelBox } from './text-boxes';

/** Inside a cell, stay this far (points) from its borders when looking for ink. */
const BORDER_MARGIN_PT = 2;
/** Fewer dark pixels than this (at 150 dpi; scaled with resolution) in a cell is dust, not writing. */
const MIN_INK_PIXELS_150DPI = 12;
/** Ink at least this tall (points) and at least STROKE_RATIO times taller than wide is a stroke (a "1"). */
const MIN_STROKE_PT = 4.5;
const STROKE_RATIO = 2.5;
/** A box part narrower than this (points) beyond a border is the border itself or a stray stroke. */
const MIN_PART_PT = 3;

export interface CellBoxes {
  boxes: PixelBox[];
  /** Boxes added for ink the detector missed. */
  added: Set<PixelBox>;
}

export function cellBoxes(
  image: GreyImage,
  threshold: number,
  detected: readonly PixelBox[],
  grids: readonly Grid[],
  pointsPerPixel: number,
): CellBoxes {
  const boxes = detected.flatMap((box) => splitAtBorders(box, grids, pointsPerPixel));
  const added = new Set<PixelBox>();
  for (const grid of grids) {
    const occupied = new Set<number>();
    for (const box of boxes) {
      const cell = cellIndexAt(grid, ((box.x0 + box.x1) / 2) * pointsPerPixel, ((box.y0 + box.y1) / 2) * pointsPerPixel);
      if (cell >= 0) occupied.add(cell);
    }
    grid.cells.forEach((cell, index) => {
      if (occupied.has(index)) return;
      const ink = writingIn(image, threshold, cellInterior(cell, pointsPerPixel), pointsPerPixel);
      if (!ink) return;
      const pad = Math.max(3, (ink.y1 - ink.y0) * 0.3);
      const box = { x0: ink.x0 - pad, y0: ink.y0 - pad, x1: ink.x1 + pad, y1: ink.y1 + pad };
      boxes.push(box);
      added.add(box);
    });
  }
  return { boxes, added };
}

/** The pixels inside a cell's borders (the cell is in points). */
export function cellInterior(cell: Box, pointsPerPixel: number): PixelBox {
  const margin = BORDER_MARGIN_PT / pointsPerPixel;
  return {
    x0: cell.x0 / pointsPerPixel + margin,
    y0: cell.y0 / pointsPerPixel + margin,
    x1: cell.x1 / pointsPerPixel - margin,
    y1: cell.y1 / pointsPerPixel - margin,
  };
}

/** Whether a box holds more than dust once its edges (where borders run) are left out. */
export function holdsWriting(image: GreyImage, threshold: number, box: PixelBox, pointsPerPixel: number): boolean {
  const margin = BORDER_MARGIN_PT / pointsPerPixel;
  const inner = { x0: box.x0 + margin, y0: box.y0 + margin, x1: box.x1 - margin, y1: box.y1 - margin };
  return writingIn(image, threshold, inner, pointsPerPixel) !== undefined;
}

/** The box around the writing in a region: enough ink, or a thin stroke tall enough to be a "1". */
export function writingIn(
  image: GreyImage,
  threshold: number,
  region: PixelBox,
  pointsPerPixel: number,
): PixelBox | undefined {
  const minInk = Math.max(4, Math.round(MIN_INK_PIXELS_150DPI * (72 / 150 / pointsPerPixel) ** 2));
  const ink = inkBox(image, threshold, region.x0, region.y0, region.x1, region.y1);
  if (!ink) return undefined;
  const height = ink.box.y1 - ink.box.y0;
  const stroke =
    height * pointsPerPixel >= MIN_STROKE_PT && height >= STROKE_RATIO * (ink.box.x1 - ink.box.x0) && ink.count >= minInk / 2;
  return ink.count >= minInk || stroke ? ink.box : undefined;
}

/** A box that crosses a drawn column border of a table is cut there. */
function splitAtBorders(box: PixelBox, grids: readonly Grid[], pointsPerPixel: number): PixelBox[] {
  const y = ((box.y0 + box.y1) / 2) * pointsPerPixel;
  const x0 = box.x0 * pointsPerPixel;
  const x1 = box.x1 * pointsPerPixel;
  for (const grid of grids) {
    if (y < grid.y0 || y > grid.y1) continue;
    const columns = grid.columnEdges.length - 1;
    let row = 0;
    while (row < grid.rowEdges.length - 2 && y > grid.rowEdges[row + 1]!) row++;
    const cuts = grid.columnEdges
      .slice(1, -1)
      .filter((edge, i) => grid.slots[row * columns + i] !== grid.slots[row * columns + i + 1])
      .filter((edge) => edge - x0 >= MIN_PART_PT && x1 - edge >= MIN_PART_PT);
    if (cuts.length === 0) continue;
    const edges = [x0, ...cuts, x1].map((x) => x / pointsPerPixel);
    return edges.slice(1).map((right, i) => ({ x0: edges[i]!, y0: box.y0, x1: right, y1: box.y1 }));
  }
  return [box];
}

/** The box around the ink in a region and how many pixels it holds; isolated specks are not counted. */
function inkBox(
  image: GreyImage,
  threshold: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
): { box: PixelBox; count: number } | undefined {
  const x0 = Math.max(1, Math.ceil(left));
  const y0 = Math.max(1, Math.ceil(top));
  const x1 = Math.min(image.width - 1, Math.floor(right));
  const y1 = Math.min(image.height - 1, Math.floor(bottom));
  const { data, width } = image;
  let count = 0;
  let box: PixelBox | undefined;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = y * width + x;
      if (data[at]! >= threshold) continue;
      const neighbours =
        Number(data[at - 1]! < threshold) +
        Number(data[at + 1]! < threshold) +
        Number(data[at - width]! < threshold) +
        Number(data[at + width]! < threshold);
      if (neighbours < 2) continue;
      count++;
      if (!box) box = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      else {
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x + 1);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y + 1);
      }
    }
  }
  return box && { box, count };
}
