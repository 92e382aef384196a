// Visual lines rebuilt from text runs' positions: runs whose vertical extents mostly overlap are one
// line; within a line, a wide horizontal gap separates cells (table columns drawn without borders).

import { centreY, type Box, type TextRun } from './text-runs';

/** Two runs share a line when their vertical extents overlap by at least this share of the smaller one. */
const LINE_OVERLAP = 0.5;
/** A gap wider than this many font sizes (character widths, for Chinese) starts a new cell. */
const CELL_GAP = 1.5;
/**
 * Between two figures, a gap wider than this starts a new cell: figure columns set tight (1338 | 210), where a
 * space inside one number ("1 286") is a third of a font size or less.
 */
const FIGURE_CELL_GAP = 0.6;
/** One figure: digits with separators, a decimal part, an optional unit. */
export const FIGURE = /^[+\-－]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?(?:万元|元)?$/;
export const isFigure = (run: TextRun): boolean => FIGURE.test(run.text.trim());
/** A gap wider than this many font sizes between two runs of one cell is written as a space. */
const WORD_GAP = 0.25;

/** The runs grouped into visual lines, top to bottom, each line's runs left to right. Vertical runs stand alone. */
export function visualLines(runs: readonly TextRun[]): TextRun[][] {
  // Plain loops over arrays made here, sorted only when they hold more than one element. Chained array methods
  // handed on arrays of several kinds (empty ones among them), and V8 threw this function's optimised code away
  // at each kind it had not met: compiled five times in every worker, 20–50 ms each time.
  const horizontal: Array<{ run: TextRun; y: number }> = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!run.vertical) horizontal.push({ run, y: centreY(run) });
  }
  // Sorted by centre, then left edge (each run's centre worked out once).
  if (horizontal.length > 1) horizontal.sort((a, b) => a.y - b.y || a.run.x0 - b.run.x0);
  const lines: Line[] = [];
  for (let i = 0; i < horizontal.length; i++) {
    const run = horizontal[i]!.run;
    const last = lines[lines.length - 1];
    // Compared with the line's widest run, not its growing box: staggered runs must not chain lines
    // together, and a stray glyph of a vertical label must not decide where the line is.
    if (last && sameLine(last.widest, run)) {
      last.runs.push(run);
      growBox(last.box, run);
      if (run.x1 - run.x0 > last.widest.x1 - last.widest.x0) last.widest = run;
    } else {
      lines.push({ box: { x0: run.x0, y0: run.y0, x1: run.x1, y1: run.y1 }, runs: [run], widest: run });
    }
  }
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.vertical) lines.push({ box: run, runs: [run], widest: run });
  }
  if (lines.length > 1) lines.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const result: TextRun[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.runs;
    if (line.length > 1) line.sort((a, b) => a.x0 - b.x0);
    result.push(withoutDuplicates(line));
  }
  return result;
}

interface Line {
  box: Box;
  runs: TextRun[];
  widest: TextRun;
}

/** Grows `box` to hold `other` too. */
function growBox(box: Box, other: Box): void {
  if (other.x0 < box.x0) box.x0 = other.x0;
  if (other.y0 < box.y0) box.y0 = other.y0;
  if (other.x1 > box.x1) box.x1 = other.x1;
  if (other.y1 > box.y1) box.y1 = other.y1;
}

function sameLine(line: Box, run: Box): boolean {
  const overlap = Math.min(line.y1, run.y1) - Math.max(line.y0, run.y0);
  const smaller = Math.min(line.y1 - line.y0, run.y1 - run.y0);
  return overlap > 0 && overlap >= LINE_OVERLAP * smaller;
}

/** Drops a run drawn again over itself (simulated bold draws text twice, slightly shifted). */
function withoutDuplicates(runs: TextRun[]): TextRun[] {
  return runs.filter((run, i) => {
    const previous = runs[i - 1];
    return !(
      previous &&
      previous.text === run.text &&
      Math.abs(previous.x0 - run.x0) < 1 &&
      Math.abs(previous.y0 - run.y0) < 1
    );
  });
}

/** A line's runs split into cells where the gap between two runs is wide. */
export function splitCells(line: readonly TextRun[]): TextRun[][] {
  const cells: TextRun[][] = [];
  let previous: TextRun | undefined;
  for (const run of line) {
    const gap = previous ? run.x0 - previous.x1 : 0;
    const widest = previous && isFigure(previous) && isFigure(run) ? FIGURE_CELL_GAP : CELL_GAP;
    if (!previous || gap > widest * Math.min(previous.fontSize, run.fontSize)) cells.push([run]);
    else cells[cells.length - 1]!.push(run);
    previous = run;
  }
  return cells;
}

/** The text of runs on one line, left to right; a visible gap becomes one space. */
export function joinLine(line: readonly TextRun[]): string {
  let text = '';
  let previous: TextRun | undefined;
  for (const run of line) {
    if (
      previous &&
      run.x0 - previous.x1 > WORD_GAP * Math.min(previous.fontSize, run.fontSize) &&
      !/\s$/.test(text) &&
      !/^\s/.test(run.text)
    ) {
      text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

/** The text of a block wrapped over several lines (a table cell): joined, with a space only between Latin words or numbers. */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    const needsSpace = /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(line);
    text += (needsSpace ? ' ' : '') + line;
  }
  return text;
}
