// The text of one table cell from its runs: lines top to bottom, or, for a label written vertically
// in columns (Chinese vertical writing, as Word lays out a cell with vertical text direction),
// columns right to left, each top to bottom.

import { joinLine, joinLines, visualLines } from './line-builder';
import { centreX, centreY, type TextRun } from './text-runs';

/** A run at most this many font sizes wide is a single glyph. */
const SINGLE_GLYPH_WIDTH = 1.6;
/** Glyphs whose centres are closer than this many font sizes across stand in one column. */
const COLUMN_TOLERANCE = 0.5;

export function cellText(runs: readonly TextRun[]): string {
  const columns = verticalColumns(runs);
  if (columns) return columns.map((column) => column.map((run) => run.text).join('')).join('');
  const lines = visualLines(runs);
  const single = lines.length === 1 ? lines[0]! : undefined;
  // Vertical writing in a cell one glyph high: one glyph per column, so the line reads right to left.
  // It shows as a number in brackets turned around, "）三（", which ordinary text never is.
  if (
    single &&
    single.length >= 3 &&
    single.every(isSingleGlyph) &&
    /^[)）]/.test(single[0]!.text) &&
    /[(（]$/.test(single[single.length - 1]!.text)
  ) {
    return single
      .map((run) => run.text)
      .reverse()
      .join('');
  }
  return joinLines(lines.map(joinLine));
}

export const isSingleGlyph = (run: TextRun): boolean => [...run.text.trim()].length === 1;

/**
 * The runs as columns, right to left, when they are single glyphs stacked tighter vertically than
 * horizontally: vertical writing. Horizontal text cut into one glyph per run has the opposite
 * spacing (glyphs touch along the line, lines are spaced apart), and a single stack reads the same
 * either way, so both are left to line reading.
 */
function verticalColumns(runs: readonly TextRun[]): TextRun[][] | undefined {
  if (
    runs.length < 3 ||
    runs.some((run) => run.vertical || run.x1 - run.x0 > SINGLE_GLYPH_WIDTH * run.fontSize)
  )
    return undefined;
  const columns: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => centreX(b) - centreX(a))) {
    const column = columns[columns.length - 1];
    const first = column?.[0];
    if (column && first && Math.abs(centreX(first) - centreX(run)) <= COLUMN_TOLERANCE * run.fontSize)
      column.push(run);
    else columns.push([run]);
  }
  if (columns.length < 2) return undefined;
  for (const column of columns) column.sort((a, b) => a.y0 - b.y0);

  const verticalGaps = columns.flatMap((column) => column.slice(1).map((run, i) => run.y0 - column[i]!.y1));
  const horizontalGaps = runs.flatMap((run) => {
    // The gap to the nearest glyph on the left at about the same height.
    const gaps = runs
      .filter((other) => other.x1 <= run.x0 + 1 && Math.min(other.y1, run.y1) > Math.max(other.y0, run.y0))
      .map((other) => run.x0 - other.x1);
    return gaps.length > 0 ? [Math.min(...gaps)] : [];
  });
  if (verticalGaps.length === 0 || horizontalGaps.length === 0) return undefined;
  // Glyphs stacked in a column never share a line: "1,177" cut into runs ("1" "," "1" "77") puts its comma
  // in the column of a digit, on the same line.
  if (columns.some((column) => column.slice(1).some((run, i) => run.y0 < centreY(column[i]!))))
    return undefined;
  return median(verticalGaps) < median(horizontalGaps) ? columns : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
