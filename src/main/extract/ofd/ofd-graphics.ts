// Walks the content of one OFD page (its template layers and its own, in drawing order) and returns
// what is drawn, on the page in points with the origin top-left: glyphs with their boxes, paths,
// images. An object's coordinates map to its container's through its CTM, then its Boundary's
// origin (GB/T 33190: the object space starts at the Boundary's top-left); composite objects and
// page blocks nest. The reader reads the glyphs and paths; the original view draws the same data.

import type { DrawnImage, DrawnPath, DrawnText } from '../../../shared/page-drawing';
import type { Subpath } from '../pdf/ruling-lines';
import { applyMatrix, multiplyMatrix, type Box, type Matrix } from '../pdf/text-runs';
import { cssColor, fontFamily } from './ofd-style';
import type { OfdPageRef, Resources } from './ofd-document';
import { OFD_LIMITS, OfdLimitError, type OfdPackage } from './ofd-package';
import { pagePath } from './ofd-path';
import { objectGlyphs, type ObjectGlyph } from './ofd-text';
import {
  attribute,
  boxOf,
  booleanAttribute,
  childElements,
  childText,
  firstChild,
  numberAttribute,
  numberList,
  type Element,
} from './ofd-xml';

/** Millimetres (OFD's unit) to points. */
export const MM_TO_PT = 72 / 25.4;

export interface PageGlyph extends Box {
  text: string;
  sizePt: number;
  vertical: boolean;
  /** Starts a new TextCode (a new run of text placed on its own). */
  startsCode: boolean;
}

export interface PageShape {
  subpaths: Subpath[];
  stroke: boolean;
  fill: boolean;
}

export interface PageGraphics {
  widthPt: number;
  heightPt: number;
  glyphs: PageGlyph[];
  shapes: PageShape[];
  imageCount: number;
  /** For the original view. */
  drawing: { texts: DrawnText[]; paths: DrawnPath[]; images: DrawnImage[] };
}

const LAYER_ORDER: Record<string, number> = { Background: 0, Body: 1, Custom: 1, Foreground: 2 };
/** Deeper nesting of composite objects is a loop or an attack, not a document. */
const MAX_DEPTH = 12;
/** Default line width, millimetres (GB/T 33190). */
const DEFAULT_LINE_WIDTH = 0.353;
/** Share of the font size above and below the baseline, for glyph boxes. */
const ASCENT = 0.85;
const DESCENT = 0.15;

export function pageGraphics(
  pkg: OfdPackage,
  page: OfdPageRef,
  options: { images?: boolean } = {},
): PageGraphics {
  const [bx, by, width, height] = page.box;
  const graphics: PageGraphics = {
    widthPt: width * MM_TO_PT,
    heightPt: height * MM_TO_PT,
    glyphs: [],
    shapes: [],
    imageCount: 0,
    drawing: { texts: [], paths: [], images: [] },
  };
  const walker = new Walker(pkg, page.resources, graphics, options.images === true);
  const base: Matrix = [MM_TO_PT, 0, 0, MM_TO_PT, -bx * MM_TO_PT, -by * MM_TO_PT];
  for (const part of page.layers) {
    const content = firstChild(part, 'Content');
    // Within a page, Background layers are drawn first and Foreground layers last (GB/T 33190 Layer Type).
    const layers = content ? childElements(content, 'Layer') : [];
    const order = (layer: Element): number => LAYER_ORDER[attribute(layer, 'Type') ?? 'Body'] ?? 1;
    for (const layer of [...layers].sort((a, b) => order(a) - order(b)))
      walker.walk(layer, base, 0, attribute(layer, 'DrawParam'));
  }
  return graphics;
}

class Walker {
  private work = 0;

  constructor(
    private readonly pkg: OfdPackage,
    private readonly resources: Resources,
    private readonly out: PageGraphics,
    private readonly images: boolean,
  ) {}

  walk(container: Element, matrix: Matrix, depth: number, drawParam: string | undefined): void {
    if (depth > MAX_DEPTH) return;
    for (const child of childElements(container)) {
      this.spend(1);
      if (!booleanAttribute(child, 'Visible', true)) continue;
      const param = attribute(child, 'DrawParam') ?? drawParam;
      switch (child.localName) {
        case 'Layer':
        case 'PageBlock':
          this.walk(child, matrix, depth + 1, param);
          break;
        case 'TextObject':
          this.text(child, objectMatrix(child, matrix), param);
          break;
        case 'PathObject':
          this.path(child, objectMatrix(child, matrix), param);
          break;
        case 'ImageObject':
          this.image(child, objectMatrix(child, matrix));
          break;
        case 'CompositeObject': {
          const unit = this.resources.composites.get(attribute(child, 'ResourceID') ?? '');
          const content = unit && firstChild(unit, 'Content');
          if (content) this.walk(content, objectMatrix(child, matrix), depth + 1, param);
          break;
        }
      }
    }
  }

  private text(element: Element, matrix: Matrix, param: string | undefined): void {
    const size = numberAttribute(element, 'Size', 0);
    if (!(size > 0)) return;
    const sizePt = size * Math.hypot(matrix[2]!, matrix[3]!);
    const font = this.resources.fonts.get(attribute(element, 'Font') ?? '');
    const drawn: DrawnText = {
      chars: [],
      x: [],
      y: [],
      sizePt: round(sizePt),
      fill: this.color(firstChild(element, 'FillColor') ?? this.inherited(param, 'fillColor')) ?? '#000',
      family: fontFamily(font?.name ?? ''),
      bold: font?.bold === true || numberAttribute(element, 'Weight', 400) >= 600,
    };
    const glyphs = objectGlyphs(element);
    this.spend(glyphs.length);
    let startsCode = false;
    for (const glyph of glyphs) {
      startsCode ||= glyph.first;
      if (/^\s*$/.test(glyph.text)) continue; // a space moves the pen, draws nothing
      this.out.glyphs.push({
        text: glyph.text,
        ...glyphBox(glyph, size, matrix),
        sizePt,
        vertical: glyph.vertical,
        startsCode,
      });
      startsCode = false;
      const [x, y] = applyMatrix(matrix, glyph.x, glyph.y);
      drawn.chars.push(glyph.text);
      drawn.x.push(round(x));
      drawn.y.push(round(y));
    }
    if (drawn.chars.length > 0) this.out.drawing.texts.push(drawn);
  }

  private path(element: Element, matrix: Matrix, param: string | undefined): void {
    const data = childText(element, 'AbbreviatedData');
    if (!data) return;
    const { subpaths, d } = pagePath(data, matrix);
    const stroke = booleanAttribute(element, 'Stroke', true);
    const fill = booleanAttribute(element, 'Fill', false);
    if (subpaths.length === 0 || (!stroke && !fill)) return;
    this.out.shapes.push({ subpaths, stroke, fill });
    const lineWidth =
      numberAttribute(element, 'LineWidth', this.lineWidth(param)) * Math.hypot(matrix[0]!, matrix[1]!);
    this.out.drawing.paths.push({
      d,
      stroke: stroke
        ? (this.color(firstChild(element, 'StrokeColor') ?? this.inherited(param, 'strokeColor')) ?? '#000')
        : undefined,
      fill: fill
        ? (this.color(firstChild(element, 'FillColor') ?? this.inherited(param, 'fillColor')) ?? '#000')
        : undefined,
      widthPt: round(Math.max(lineWidth, 0.25)),
      evenOdd: attribute(element, 'Rule') === 'Even-Odd',
    });
  }

  private image(element: Element, matrix: Matrix): void {
    this.out.imageCount++;
    if (!this.images) return;
    const path = this.resources.media.get(attribute(element, 'ResourceID') ?? '');
    const href = path && this.pkg.mediaUrl(path);
    if (href) this.out.drawing.images.push({ href, matrix: matrix.map(round) as DrawnImage['matrix'] });
  }

  /** Counts drawing work; a page that needs more than the limit is refused rather than read for minutes. */
  private spend(amount: number): void {
    this.work += amount;
    if (this.work > OFD_LIMITS.pageWork) throw new OfdLimitError('page too complex');
  }

  /** A colour or line width from a DrawParam, following its Relative chain. */
  private inherited<K extends 'fillColor' | 'strokeColor'>(
    id: string | undefined,
    key: K,
  ): Element | undefined {
    for (let n = 0, current = id; current && n < MAX_DEPTH; n++) {
      const param = this.resources.drawParams.get(current);
      if (param?.[key]) return param[key];
      current = param?.relative;
    }
    return undefined;
  }

  private lineWidth(id: string | undefined): number {
    for (let n = 0, current = id; current && n < MAX_DEPTH; n++) {
      const param = this.resources.drawParams.get(current);
      if (param?.lineWidth) return param.lineWidth;
      current = param?.relative;
    }
    return DEFAULT_LINE_WIDTH;
  }

  private color(element: Element | undefined): string | undefined {
    if (!element) return undefined;
    const space = this.resources.colorSpaces.get(attribute(element, 'ColorSpace') ?? '');
    return cssColor(attribute(element, 'Value'), space, attribute(element, 'Alpha'));
  }
}

/**
 * A glyph's box on the page: from its origin along the text by its advance (at most an em; an estimate
 * when unknown: an em for CJK, half for Latin), across from ascent to descent.
 */
function glyphBox(glyph: ObjectGlyph, size: number, matrix: Matrix): Box {
  const wide = (glyph.text.codePointAt(0) ?? 0) >= 0x2e80; // CJK and full-width forms
  const extent =
    glyph.advance !== undefined && glyph.advance > 0 ? Math.min(glyph.advance, size) : wide ? size : size / 2;
  const top = glyph.y - ASCENT * size;
  const [x1, y1] = glyph.vertical
    ? [glyph.x + size, top + extent]
    : [glyph.x + extent, glyph.y + DESCENT * size];
  const corners = [
    applyMatrix(matrix, glyph.x, top),
    applyMatrix(matrix, x1, y1),
    applyMatrix(matrix, glyph.x, y1),
    applyMatrix(matrix, x1, top),
  ];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The matrix from an object's own space to the page: its container's, then the Boundary's origin, then its CTM. */
function objectMatrix(element: Element, parent: Matrix): Matrix {
  const [x = 0, y = 0] = boxOf(attribute(element, 'Boundary')) ?? [];
  const ctm = numberList(attribute(element, 'CTM'));
  const translated = multiplyMatrix(parent, [1, 0, 0, 1, x, y]);
  return ctm.length === 6 ? multiplyMatrix(translated, ctm) : translated;
}

const round = (value: number): number => Math.round(value * 100) / 100;
