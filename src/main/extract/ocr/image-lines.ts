// Table borders found in a page image: long runs of dark pixels across (horizontal lines) and down
// (vertical lines), small breaks in a scanned line bridged, each border's thickness folded into one
// line. They come out in page points, in the shape findGrids reads for text PDFs.

import type { RulingLines, Segment } from '../pdf/ruling-lines';
import type { GreyImage } from './grey-image';

/** A border at least this long, in points: longer than any stroke of a character. */
const MIN_LINE_PT = 18;
/** Breaks in a scanned line up to this long, in points, are bridged. */
const MAX_BREAK_PT = 1.5;
/** Runs on rows (or columns) this close, in points, that overlap are one thick line. */
const THICKNESS_PT = 2;
/** A "line" thicker than this, in points, is a filled area (a picture, shading), not a border. */
const MAX_THICKNESS_PT = 5;

export function imageRulingLines(image: GreyImage, threshold: number, pointsPerPixel: number): RulingLines {
  const minRun = Math.max(8, Math.round(MIN_LINE_PT / pointsPerPixel));
  const maxBreak = Math.max(1, Math.round(MAX_BREAK_PT / pointsPerPixel));
  const maxApart = Math.max(1, Math.round(THICKNESS_PT / pointsPerPixel));
  const dark = (x: number, y: number): boolean => image.data[y * image.width + x]! < threshold;
  const maxThickness = Math.round(MAX_THICKNESS_PT / pointsPerPixel);
  const horizontal = foldRuns(
    collectRuns(image.height, image.width, (along, across) => dark(along, across), minRun, maxBreak),
    maxApart,
    maxThickness,
  );
  const vertical = foldRuns(
    collectRuns(image.width, image.height, (along, across) => dark(across, along), minRun, maxBreak),
    maxApart,
    maxThickness,
  );
  const toPoints = (segment: Segment): Segment => ({
    at: segment.at * pointsPerPixel,
    from: segment.from * pointsPerPixel,
    to: segment.to * pointsPerPixel,
  });
  return snapEnds({ horizontal: horizontal.map(toPoints), vertical: vertical.map(toPoints) });
}

/** A scanned border often runs a little past the border it meets: beyond this (points), it is its own line. */
const OVERSHOOT_PT = 8;

/**
 * Line ends cut back to the last line they cross when they overshoot it by a little, so that a border
 * drawn past the table's edge does not make a sliver of a column (or row) outside it.
 */
function snapEnds(lines: RulingLines): RulingLines {
  const snap = (segment: Segment, crossing: Segment[]): Segment => {
    const crossed = crossing
      .filter((other) => segment.at >= other.from - OVERSHOOT_PT && segment.at <= other.to + OVERSHOOT_PT)
      .map((other) => other.at)
      .filter((at) => at >= segment.from - OVERSHOOT_PT && at <= segment.to + OVERSHOOT_PT);
    if (crossed.length === 0) return segment;
    const first = Math.min(...crossed);
    const last = Math.max(...crossed);
    return {
      at: segment.at,
      from: first - segment.from <= OVERSHOOT_PT ? Math.max(segment.from, first) : segment.from,
      to: segment.to - last <= OVERSHOOT_PT ? Math.min(segment.to, last) : segment.to,
    };
  };
  return {
    horizontal: lines.horizontal.map((segment) => snap(segment, lines.vertical)),
    vertical: lines.vertical.map((segment) => snap(segment, lines.horizontal)),
  };
}

/** Per line of pixels (`across`), the dark runs along it at least `minRun` long. */
function collectRuns(
  lines: number,
  length: number,
  dark: (along: number, across: number) => boolean,
  minRun: number,
  maxBreak: number,
): Segment[] {
  const runs: Segment[] = [];
  for (let across = 0; across < lines; across++) {
    let start = -1;
    let lastDark = -1;
    for (let along = 0; along <= length; along++) {
      const isDark = along < length && dark(along, across);
      if (isDark) {
        if (start < 0 || along - lastDark > maxBreak + 1) {
          if (start >= 0 && lastDark - start + 1 >= minRun) runs.push({ at: across, from: start, to: lastDark + 1 });
          start = along;
        }
        lastDark = along;
      }
    }
    if (start >= 0 && lastDark - start + 1 >= minRun) runs.push({ at: across, from: start, to: lastDark + 1 });
  }
  return runs;
}

/**
 * Runs on neighbouring pixel lines that overlap or touch end to end: one line, at their mean position,
 * as long as their union. Touching ends join the pieces of a line that drifts by a pixel now and then
 * (what is left of the tilt of a photographed page). A group whose runs pile up thicker than a border
 * is a filled area, not a line.
 */
function foldRuns(runs: Segment[], maxApart: number, maxThickness: number): Segment[] {
  interface Group {
    runs: Segment[];
    last: number;
    from: number;
    to: number;
    ink: number;
  }
  const open: Group[] = [];
  const done: Segment[] = [];
  const close = (group: Group): void => {
    if (group.ink / Math.max(1, group.to - group.from) > maxThickness) return;
    const at = group.runs.reduce((sum, run) => sum + run.at * (run.to - run.from), 0) / group.ink;
    done.push({ at: at + 0.5, from: group.from, to: group.to });
  };
  for (const run of runs) {
    for (let i = open.length - 1; i >= 0; i--) {
      if (run.at - open[i]!.last > maxApart) close(open.splice(i, 1)[0]!);
    }
    const group = open.find((candidate) =>
      candidate.runs.some((other) => run.from <= other.to + maxApart && run.to >= other.from - maxApart && run.at - other.at <= maxApart),
    );
    if (group) {
      group.runs.push(run);
      group.last = run.at;
      group.from = Math.min(group.from, run.from);
      group.to = Math.max(group.to, run.to);
      group.ink += run.to - run.from;
    } else {
      open.push({ runs: [run], last: run.at, from: run.from, to: run.to, ink: run.to - run.from });
    }
  }
  for (const group of open) close(group);
  return done;
}
