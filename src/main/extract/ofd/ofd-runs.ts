// OFD glyphs and paths in the terms of the PDF layout path: text runs (glyphs that touch along one
// baseline, as pdf.js hands out text items) and ruling lines (stroked or thin filled straight paths).

import { addStrokes, addThinFill, type RulingLines } from '../pdf/ruling-lines';
import { centreX, centreY, unionBox, type TextRun } from '../pdf/text-runs';
import type { PageGlyph, PageShape } from './ofd-graphics';

/** Glyphs whose boxes are this many font sizes apart or closer along the line are one run. */
const TOUCHING = 0.1;
/** A glyph further back than this (font sizes) starts a new run: the text jumped to a new place. */
const OVERLAP = 0.3;
/** Baselines closer than this share of the font size are the same line. */
const SAME_BASELINE = 0.2;

export function glyphRuns(glyphs: readonly PageGlyph[]): TextRun[] {
  const runs: TextRun[] = [];
  let current: { run: TextRun; last: PageGlyph } | undefined;
  for (const glyph of glyphs) {
    if (current && !glyph.startsCode && continues(current.last, glyph)) {
      const { run } = current;
      Object.assign(run, unionBox([run, glyph]));
      run.text += glyph.text;
      current.last = glyph;
      continue;
    }
    const run: TextRun = {
      text: glyph.text,
      fontSize: glyph.sizePt,
      vertical: glyph.vertical,
      x0: glyph.x0,
      y0: glyph.y0,
      x1: glyph.x1,
      y1: glyph.y1,
    };
    runs.push(run);
    current = { run, last: glyph };
  }
  return runs;
}

function continues(previous: PageGlyph, next: PageGlyph): boolean {
  const size = Math.min(previous.sizePt, next.sizePt);
  if (previous.vertical !== next.vertical || Math.abs(previous.sizePt - next.sizePt) > 0.1 * size)
    return false;
  if (previous.vertical) {
    const gap = next.y0 - previous.y1;
    return (
      Math.abs(centreX(previous) - centreX(next)) <= SAME_BASELINE * size &&
      gap <= TOUCHING * size &&
      gap >= -OVERLAP * size
    );
  }
  const gap = next.x0 - previous.x1;
  return (
    Math.abs(centreY(previous) - centreY(next)) <= SAME_BASELINE * size &&
    gap <= TOUCHING * size &&
    gap >= -OVERLAP * size
  );
}

export function shapeLines(shapes: readonly PageShape[]): RulingLines {
  const lines: RulingLines = { horizontal: [], vertical: [] };
  for (const shape of shapes) {
    for (const subpath of shape.subpaths) {
      if (shape.stroke) addStrokes(subpath, lines);
      if (shape.fill) addThinFill(subpath, lines);
    }
  }
  return lines;
}
