// PathObject outlines (AbbreviatedData: S/M start, L line, Q and B curves, A arc, C close) mapped
// onto the page: as subpaths for finding table rules, and as SVG path data for drawing the page.

import type { Subpath } from '../pdf/ruling-lines';
import { applyMatrix, type Matrix } from '../pdf/text-runs';

export interface PagePath {
  subpaths: Subpath[];
  /** SVG path data in page points. */
  d: string;
}

/** Operands each command takes. */
const OPERANDS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };
/** No file makes the reader walk more commands than this in one path. */
const MAX_COMMANDS = 200_000;

export function pagePath(data: string, matrix: Matrix): PagePath {
  const tokens = data.trim().split(/[\s,]+/);
  const subpaths: Subpath[] = [];
  const d: string[] = [];
  let current: Subpath | undefined;
  let start: [number, number] = [0, 0];
  let last: [number, number] = [0, 0];
  const point = (x: number, y: number): [number, number] => applyMatrix(matrix, x, y);
  const text = ([x, y]: [number, number]): string => `${round(x)} ${round(y)}`;
  const ensureSubpath = (): Subpath => {
    if (!current) {
      current = { points: [point(last[0], last[1])], closed: false, curved: false };
      subpaths.push(current);
      d.push(`M${text(current.points[0]!)}`);
    }
    return current;
  };

  let commands = 0;
  for (let i = 0; i < tokens.length && commands < MAX_COMMANDS; commands++) {
    const command = tokens[i++]!;
    const count = OPERANDS[command];
    if (count === undefined) continue; // stray token: skip it and read on
    const values = tokens.slice(i, i + count).map(Number);
    if (values.length < count || values.some((value) => !Number.isFinite(value))) break;
    i += count;
    const end: [number, number] = [values[count - 2] ?? 0, values[count - 1] ?? 0];
    switch (command) {
      case 'S':
      case 'M':
        current = { points: [point(...end)], closed: false, curved: false };
        subpaths.push(current);
        d.push(`M${text(current.points[0]!)}`);
        start = end;
        break;
      case 'L':
        ensureSubpath().points.push(point(...end));
        d.push(`L${text(point(...end))}`);
        break;
      case 'Q':
      case 'B': {
        const path = ensureSubpath();
        path.points.push(point(...end));
        path.curved = true;
        const controls: string[] = [];
        for (let k = 0; k < count - 2; k += 2) controls.push(text(point(values[k]!, values[k + 1]!)));
        d.push(`${command === 'Q' ? 'Q' : 'C'}${[...controls, text(point(...end))].join(' ')}`);
        break;
      }
      case 'A': {
        const path = ensureSubpath();
        path.points.push(point(...end));
        path.curved = true;
        d.push(arc(values, matrix, text(point(...end))));
        break;
      }
      case 'C':
        if (current) {
          current.closed = true;
          d.push('Z');
          current = undefined;
        }
        last = start;
        continue;
    }
    last = end;
  }
  return { subpaths, d: d.join('') };
}

/** An SVG arc for OFD's "A rx ry angle large sweep x y", with radii and angle carried through the matrix (exact for rotations and uniform scales). */
function arc(values: number[], matrix: Matrix, end: string): string {
  const [rx = 0, ry = 0, angle = 0, large = 0, sweep = 0] = values;
  const scale = Math.sqrt(Math.abs(matrix[0]! * matrix[3]! - matrix[1]! * matrix[2]!));
  const rotation = (Math.atan2(matrix[1]!, matrix[0]!) * 180) / Math.PI + angle;
  // A mirroring matrix turns the sweep direction around.
  const mirrored = matrix[0]! * matrix[3]! - matrix[1]! * matrix[2]! < 0;
  const direction = (sweep ? 1 : 0) ^ (mirrored ? 1 : 0);
  return `A${round(rx * scale)} ${round(ry * scale)} ${round(rotation)} ${large ? 1 : 0} ${direction} ${end}`;
}

const round = (value: number): number => Math.round(value * 100) / 100;
