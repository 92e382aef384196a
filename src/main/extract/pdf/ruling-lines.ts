// The straight horizontal and vertical lines a page draws (table borders): stroked paths, and filled
// rectangles thin enough to be lines (how Word draws borders). Read from the paths the patched pdf.js gives
// with the text, or else from pdf.js's operator list.

import type { Pdfjs } from './pdfjs-loader';
import { applyMatrix, multiplyMatrix, type Matrix } from './text-runs';

/** A horizontal line at y = `at` from x = `from` to `to`, or a vertical one at x = `at` from y = `from` to `to`. */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface RulingLines {
  horizontal: Segment[];
  vertical: Segment[];
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Off-axis drift tolerated for a line to count as horizontal or vertical, in points. */
const AXIS_TOLERANCE = 0.8;
/** Shorter strokes are glyph details or ticks, not borders. */
const MIN_LENGTH = 3;
/** A filled shape at most this thick is a line; a thicker one is shading. */
const MAX_FILLED_THICKNESS = 2.5;

// Path commands inside a constructPath operation (pdf.js's DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** A path the page paints, as the patched pdf.js gives it with the text (patches/README.md): user-space data, and the CTM. */
export interface PathItem {
  type: 'path';
  paint: number;
  data: Float32Array;
  ctm: Matrix;
}

export const isPathItem = (item: unknown): item is PathItem =>
  typeof item === 'object' && item !== null && (item as { type?: unknown }).type === 'path';

/** Adds the straight lines of one painted path (`data` as pdf.js's constructPath, `ctm` to page points). */
type PathReader = (paint: unknown, data: unknown, ctm: Matrix) => void;

function lineCollector(OPS: Pdfjs['OPS']): { lines: RulingLines; addPath: PathReader } {
  const stroking = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const filling = new Set<number>([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const lines: RulingLines = { horizontal: [], vertical: [] };
  const addPath: PathReader = (paint, data, ctm) => {
    if (typeof paint !== 'number' || !(data instanceof Float32Array)) return;
    const subpaths = readSubpaths(data, ctm);
    if (stroking.has(paint)) for (const subpath of subpaths) addStrokes(subpath, lines);
    if (filling.has(paint)) for (const subpath of subpaths) addThinFill(subpath, lines);
  };
  return { lines, addPath };
}

/** Lines in top-left page points from the paths that came with the text; `viewport` maps PDF user space to them. */
export function pathRulingLines(
  paths: readonly PathItem[],
  OPS: Pdfjs['OPS'],
  viewport: Matrix,
): RulingLines {
  const { lines, addPath } = lineCollector(OPS);
  for (const path of paths) addPath(path.paint, path.data, transformed(viewport, path.ctm));
  return lines;
}

/** Lines in top-left page points from the operator list; `viewport` maps PDF user space to them (a scale-1 viewport). */
export function rulingLines(operators: OperatorList, OPS: Pdfjs['OPS'], viewport: Matrix): RulingLines {
  const { lines, addPath } = lineCollector(OPS);
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;

  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index];
    switch (fn) {
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (fn === OPS.paintFormXObjectBegin)
          ctm = transformed(ctm, Array.isArray(args) ? args[0] : undefined);
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = transformed(ctm, args);
        break;
      case OPS.constructPath: {
        const [paint, paths] = Array.isArray(args) ? (args as [unknown, unknown]) : [];
        addPath(paint, Array.isArray(paths) ? (paths[0] as unknown) : undefined, ctm);
        break;
      }
    }
  });
  return lines;
}

export interface Subpath {
  points: Array<[number, number]>;
  closed: boolean;
  curved: boolean;
}

/** The path's subpaths as points on the page; curves keep only their end points and mark the subpath. */
function readSubpaths(data: Float32Array, ctm: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current: Subpath | undefined;
  const point = (x: number, y: number): [number, number] => applyMatrix(ctm, x, y);
  for (let i = 0; i < data.length;) {
    const command = data[i++];
    if (command === MOVE_TO) {
      current = { points: [point(data[i]!, data[i + 1]!)], closed: false, curved: false };
      subpaths.push(current);
      i += 2;
    } else if (command === LINE_TO) {
      current?.points.push(point(data[i]!, data[i + 1]!));
      i += 2;
    } else if (command === CURVE_TO || command === QUADRATIC_CURVE_TO) {
      const size = command === CURVE_TO ? 6 : 4;
      if (current) {
        current.points.push(point(data[i + size - 2]!, data[i + size - 1]!));
        current.curved = true;
      }
      i += size;
    } else if (command === CLOSE_PATH) {
      if (current) current.closed = true;
    } else {
      break; // An unknown command: the rest cannot be read safely.
    }
  }
  return subpaths;
}

export function addStrokes(subpath: Subpath, lines: RulingLines): void {
  if (subpath.curved) return;
  const { points } = subpath;
  const count = subpath.closed ? points.length : points.length - 1;
  for (let k = 0; k < count; k++) {
    const [x0, y0] = points[k]!;
    const [x1, y1] = points[(k + 1) % points.length]!;
    addSegment(x0, y0, x1, y1, lines);
  }
}

/** A filled shape thin in one direction is a line along the other, through its middle. */
export function addThinFill(subpath: Subpath, lines: RulingLines): void {
  if (subpath.curved || subpath.points.length < 2) return;
  const xs = subpath.points.map(([x]) => x);
  const ys = subpath.points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = x1 - x0;
  const height = y1 - y0;
  if (height <= MAX_FILLED_THICKNESS && width >= MIN_LENGTH)
    lines.horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (width <= MAX_FILLED_THICKNESS && height >= MIN_LENGTH)
    lines.vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
}

function addSegment(x0: number, y0: number, x1: number, y1: number, lines: RulingLines): void {
  if (Math.abs(y1 - y0) <= AXIS_TOLERANCE && Math.abs(x1 - x0) >= MIN_LENGTH) {
    lines.horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
  } else if (Math.abs(x1 - x0) <= AXIS_TOLERANCE && Math.abs(y1 - y0) >= MIN_LENGTH) {
    lines.vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
  }
}

/** `ctm` with `matrix` applied first, when `matrix` is a valid matrix (an array or a typed array of 6 numbers). */
function transformed(ctm: Matrix, matrix: unknown): Matrix {
  const isList = Array.isArray(matrix) || matrix instanceof Float32Array || matrix instanceof Float64Array;
  if (!isList) return ctm;
  const values = Array.from(matrix as ArrayLike<unknown>);
  const valid = values.length === 6 && values.every((n) => typeof n === 'number' && Number.isFinite(n));
  return valid ? multiplyMatrix(ctm, values as number[]) : ctm;
}
