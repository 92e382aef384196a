// The glyphs of one TextObject in its own coordinate space (millimetres, y down, baseline points):
// each TextCode starts at X/Y and moves by DeltaX/DeltaY from glyph to glyph ("g N v" repeats v
// N times). CGTransform maps runs of characters to a different number of glyphs (a ligature "fi" is
// one glyph); the deltas then count glyphs, and the characters of such a run share its glyph's place.

import { attribute, childElements, numberAttribute, numberList, type Element } from './ofd-xml';

export interface ObjectGlyph {
  /** The characters this glyph stands for (usually one). */
  text: string;
  x: number;
  y: number;
  /** Distance to the next glyph of the same TextCode along its direction; undefined for the last one. */
  advance?: number;
  /** The TextCode advances in y (vertical writing). */
  vertical: boolean;
  /** First glyph of its TextCode. */
  first: boolean;
}

/** A glyph drawn for `count` characters starting at `from` (indexes into the object's characters). */
interface GlyphGroup {
  from: number;
  count: number;
  glyphs: number;
}

/** Characters XML layout put into TextCode content; they are never drawn. */
const LAYOUT_WHITESPACE = /[\r\n\t]/g;

export function objectGlyphs(text: Element): ObjectGlyph[] {
  const groups = glyphGroups(text);
  const glyphs: ObjectGlyph[] = [];
  let charIndex = 0;
  let x = 0;
  let y = 0;
  for (const code of childElements(text, 'TextCode')) {
    const chars = Array.from((code.textContent ?? '').replace(LAYOUT_WHITESPACE, ''));
    x = numberAttribute(code, 'X', x);
    y = numberAttribute(code, 'Y', y);
    const dx = expandDeltas(attribute(code, 'DeltaX'));
    const dy = expandDeltas(attribute(code, 'DeltaY'));
    const vertical = dx.length === 0 && dy.length > 0;
    let slot = 0; // glyph index within this TextCode: deltas count glyphs
    for (let i = 0; i < chars.length;) {
      const group = groups.get(charIndex + i);
      const count = Math.max(1, Math.min(group?.count ?? 1, chars.length - i));
      const glyphCount = Math.max(1, group?.glyphs ?? 1);
      const last = i + count >= chars.length;
      let stepX = 0;
      let stepY = 0;
      for (let g = 0; g < glyphCount; g++) {
        stepX += dx[slot + g] ?? 0;
        stepY += dy[slot + g] ?? 0;
      }
      const known = vertical
        ? dy[slot + glyphCount - 1] !== undefined
        : dx[slot + glyphCount - 1] !== undefined;
      glyphs.push({
        text: chars.slice(i, i + count).join(''),
        x,
        y,
        advance: last || !known ? undefined : vertical ? stepY : stepX,
        vertical,
        first: i === 0,
      });
      x += stepX;
      y += stepY;
      slot += glyphCount;
      i += count;
    }
    charIndex += chars.length;
  }
  return glyphs;
}

/** CGTransform elements that change the number of glyphs, by the index of their first character. */
function glyphGroups(text: Element): Map<number, GlyphGroup> {
  const groups = new Map<number, GlyphGroup>();
  for (const transform of childElements(text, 'CGTransform')) {
    const from = numberAttribute(transform, 'CodePosition', NaN);
    if (!Number.isInteger(from) || from < 0) continue;
    const count = Math.max(1, Math.floor(numberAttribute(transform, 'CodeCount', 1)));
    const glyphs = Math.max(1, Math.floor(numberAttribute(transform, 'GlyphCount', 1)));
    // As many glyphs as characters: one glyph each, placed as usual (producers write that for every run).
    if (glyphs !== count) groups.set(from, { from, count, glyphs });
  }
  return groups;
}

/** "1 2 g 3 0.5" → [1, 2, 0.5, 0.5, 0.5]. A repeat count is capped: no file makes the reader build huge lists. */
export function expandDeltas(text: string | undefined): number[] {
  if (!text) return [];
  const tokens = text.trim().split(/[\s,]+/);
  const values: number[] = [];
  for (let i = 0; i < tokens.length && values.length < MAX_DELTAS; i++) {
    if (tokens[i] === 'g') {
      const count = Math.min(Number(tokens[i + 1]), MAX_DELTAS - values.length);
      const value = Number(tokens[i + 2]);
      if (Number.isInteger(count) && count > 0 && Number.isFinite(value))
        for (let k = 0; k < count; k++) values.push(value);
      i += 2;
    } else {
      const value = numberList(tokens[i])[0];
      if (value !== undefined) values.push(value);
    }
  }
  return values;
}

const MAX_DELTAS = 100_000;
