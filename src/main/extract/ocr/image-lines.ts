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
  return { horizontal: horizontal.map(toPoints), vertical: vertical.map(toPoints) };
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

/** Runs on neighbouring pixel lines that overlap: one line, at their mean position, as long as their union. */
function foldRuns(runs: Segment[], maxApart: number, maxThickness: number): Segment[] {
  const open: Array<{ runs: Segment[]; last: number; from: number; to: number }> = [];
  const done: Segment[] = [];
  const close = (group: (typeof open)[number]): void => {
    if (group.last - group.runs[0]!.at > maxThickness) return;
    const at = group.runs.reduce((sum, run) => sum + run.at, 0) / group.runs.length;
    done.push({ at: at + 0.5, from: group.from, to: group.to });
  };
  for (const run of runs) {
    for (let i = open.length - 1; i >= 0; i--) {
      if (run.at - open[i]!.last > maxApart) close(open.splice(i, 1)[0]!);
    }
    const group = open.find((candidate) => run.from < candidate.to && run.to > candidate.from);
    if (group) {
      group.runs.push(run);
      group.last = run.at;
      group.from = Math.min(group.from, run.from);
      group.to = Math.max(group.to, run.to);
    } else {
      open.push({ runs: [run], last: run.at, from: run.from, to: run.to });
    }
  }
  for (const group of open) close(group);
  return done;
}
