// pdf.js text items as runs of text with a box in page points, origin at the page's top-left
// corner (the model's convention), whatever the page's rotation or crop box.

import type { TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api';

/** An axis-aligned box in PDF points, origin top-left, y growing downwards. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A piece of text pdf.js drew in one go (a glyph, a word, a line): never empty or blank. */
export interface TextRun extends Box {
  text: string;
  /** Size of the font on the page, in points: the scale for gaps and overlaps. */
  fontSize: number;
  /** Written top to bottom (a vertical font). */
  vertical: boolean;
}

/** A 2D affine matrix [a, b, c, d, e, f], as PDF and pdf.js write them. */
export type Matrix = readonly number[];

export const applyMatrix = (m: Matrix, x: number, y: number): [number, number] => [
  m[0]! * x + m[2]! * y + m[4]!,
  m[1]! * x + m[3]! * y + m[5]!,
];

/** `outer` after `inner`: the matrix of a point first mapped by `inner`, then by `outer`. */
export const multiplyMatrix = (outer: Matrix, inner: Matrix): number[] => [
  outer[0]! * inner[0]! + outer[2]! * inner[1]!,
  outer[1]! * inner[0]! + outer[3]! * inner[1]!,
  outer[0]! * inner[2]! + outer[2]! * inner[3]!,
  outer[1]! * inner[2]! + outer[3]! * inner[3]!,
  outer[0]! * inner[4]! + outer[2]! * inner[5]! + outer[4]!,
  outer[1]! * inner[4]! + outer[3]! * inner[5]! + outer[5]!,
];

export const centreX = (box: Box): number => (box.x0 + box.x1) / 2;
export const centreY = (box: Box): number => (box.y0 + box.y1) / 2;

/** The smallest box holding all of `boxes` (which must not be empty). */
export function unionBox(boxes: readonly Box[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const box of boxes) {
    x0 = Math.min(x0, box.x0);
    y0 = Math.min(y0, box.y0);
    x1 = Math.max(x1, box.x1);
    y1 = Math.max(y1, box.y1);
  }
  return { x0, y0, x1, y1 };
}

// For fonts whose metrics pdf.js could not read (fractions of the font size).
const DEFAULT_ASCENT = 0.85;
const DEFAULT_DESCENT = -0.15;

/**
 * The runs of a page: blank items and runs whose centre lies off the page are left out, boxes are
 * clipped to the page. `viewport` maps PDF user space to top-left page points (a scale-1 viewport).
 */
export function textRuns(
  content: TextContent,
  viewport: Matrix,
  pageWidth: number,
  pageHeight: number,
): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const run = toRun(item, content.styles[item.fontName], viewport);
    if (!run) continue;
    const cx = centreX(run);
    const cy = centreY(run);
    if (cx < 0 || cx > pageWidth || cy < 0 || cy > pageHeight) continue;
    run.x0 = Math.max(0, run.x0);
    run.y0 = Math.max(0, run.y0);
    run.x1 = Math.min(pageWidth, run.x1);
    run.y1 = Math.min(pageHeight, run.y1);
    runs.push(run);
  }
  return runs;
}

function toRun(item: TextItem, style: TextStyle | undefined, viewport: Matrix): TextRun | undefined {
  // Indexed reads and no arrays made on the way: this runs for every item of every page, and destructuring
  // made it one of the costliest functions for V8 to optimise.
  const transform = item.transform as number[];
  const a = transform[0];
  const b = transform[1];
  const c = transform[2];
  const d = transform[3];
  const e = transform[4];
  const f = transform[5];
  if (!isFiniteNumber(a) || !isFiniteNumber(b) || !isFiniteNumber(c) || !isFiniteNumber(d)) return undefined;
  if (!isFiniteNumber(e) || !isFiniteNumber(f)) return undefined;
  const along = Math.hypot(a, b);
  const up = Math.hypot(c, d);
  if (along === 0 || up === 0) return undefined;
  // Unit vectors of the text's baseline direction and of its "up" direction, in user space.
  const ux = a / along;
  const uy = b / along;
  const vx = c / up;
  const vy = d / up;
  const vertical = item.dir === 'ttb' || style?.vertical === true;

  // The run's extent along (s, from 0 to its width) and across (t, from t0 to t1) its baseline, in user-space
  // units. pdf.js puts a vertical run's origin one font size below its top; it grows downwards by `height`.
  const plausible = hasPlausibleMetrics(style);
  const ascent = plausible ? style.ascent : DEFAULT_ASCENT;
  const descent = plausible ? style.descent : DEFAULT_DESCENT;
  const s1 = item.width;
  const t0 = vertical ? up - item.height : descent * up;
  const t1 = vertical ? up : ascent * up;
  // The box of the four corners on the page.
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let corner = 0; corner < 4; corner++) {
    const s = corner < 2 ? 0 : s1;
    const t = corner % 2 === 0 ? t0 : t1;
    const px = e + ux * s + vx * t;
    const py = f + uy * s + vy * t;
    const x = viewport[0]! * px + viewport[2]! * py + viewport[4]!;
    const y = viewport[1]! * px + viewport[3]! * py + viewport[5]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  // The font size on the page: the viewport is a scale-1 rotation/translation, so lengths are kept.
  return { text: item.str, fontSize: up, vertical, x0, y0, x1, y1 };
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Whether the font's ascent and descent (fractions of the font size) are plausible: some fonts report 0 and 0. */
function hasPlausibleMetrics(style: TextStyle | undefined): style is TextStyle {
  const ascent = style?.ascent ?? 0;
  const descent = style?.descent ?? 0;
  return ascent >= 0.5 && ascent <= 1.2 && descent <= 0 && descent >= -0.5;
}
