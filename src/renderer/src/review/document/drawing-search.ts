// Search in drawn pages (OFD): each page's glyphs joined with whitespace dropped, as the PDF search
// does; a match is boxed glyph run by glyph run.
import type { DrawnText, PageDrawing } from '../../../../shared/page-drawing';
import type { PdfMatch, RectPt } from './pdf-search';

interface PageGlyphs {
  text: string;
  /** For each char of `text`: the run and the glyph within it. */
  run: number[];
  glyph: number[];
}

const cache = new WeakMap<PageDrawing, PageGlyphs>();

function pageGlyphs(page: PageDrawing): PageGlyphs {
  let found = cache.get(page);
  if (found) return found;
  found = { text: '', run: [], glyph: [] };
  page.texts.forEach((run, r) =>
    run.chars.forEach((chars, g) => {
      for (const char of chars) {
        if (/\s/.test(char)) continue;
        found!.text += char.toLowerCase();
        found!.run.push(r);
        found!.glyph.push(g);
      }
    }),
  );
  cache.set(page, found);
  return found;
}

/** The box of glyph `g` of `run`: as wide as the step to the next glyph on its line, else an em (half for Latin). */
export function glyphRect(run: DrawnText, g: number): RectPt {
  const x = run.x[g]!;
  const y = run.y[g]!;
  const size = run.sizePt;
  const nextX = run.x[g + 1];
  const step = nextX !== undefined && run.y[g + 1] === y ? nextX - x : undefined;
  const wide = (run.chars[g]?.codePointAt(0) ?? 0) >= 0x2e80; // CJK and full-width forms
  const width = step !== undefined && step > 0 && step < 2 * size ? step : wide ? size : size / 2;
  return [x, y - 0.88 * size, x + width, y + 0.12 * size];
}

export function searchDrawing(pages: PageDrawing[], query: string): PdfMatch[] {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return [];
  const matches: PdfMatch[] = [];
  pages.forEach((page, pageIndex) => {
    const glyphs = pageGlyphs(page);
    for (
      let at = glyphs.text.indexOf(needle);
      at >= 0;
      at = glyphs.text.indexOf(needle, at + needle.length)
    ) {
      const byRun = new Map<number, RectPt>();
      for (let position = at; position < at + needle.length; position++) {
        const r = glyphs.run[position]!;
        const rect = glyphRect(page.texts[r]!, glyphs.glyph[position]!);
        const seen = byRun.get(r);
        byRun.set(
          r,
          seen
            ? [
                Math.min(seen[0], rect[0]),
                Math.min(seen[1], rect[1]),
                Math.max(seen[2], rect[2]),
                Math.max(seen[3], rect[3]),
              ]
            : rect,
        );
      }
      matches.push({ page: pageIndex + 1, rects: [...byRun.values()] });
    }
  });
  return matches;
}
