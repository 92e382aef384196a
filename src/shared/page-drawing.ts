// A fixed-layout page (OFD) as the original view draws it: positioned text, vector paths and images,
// in points with the origin at the page's top-left corner, the same space as `bboxPt` provenance.

export interface PageDrawing {
  widthPt: number;
  heightPt: number;
  texts: DrawnText[];
  paths: DrawnPath[];
  images: DrawnImage[];
}

/** A run of glyphs: `chars[i]` is drawn with its baseline origin at (x[i], y[i]). */
export interface DrawnText {
  chars: string[];
  x: number[];
  y: number[];
  sizePt: number;
  /** CSS colour. */
  fill: string;
  family: 'serif' | 'sans-serif' | 'kai' | 'fangsong';
  bold: boolean;
}

export interface DrawnPath {
  /** SVG path data in page points. */
  d: string;
  stroke?: string;
  fill?: string;
  widthPt: number;
  evenOdd: boolean;
}

export interface DrawnImage {
  /** data: URL. */
  href: string;
  /** Maps the unit square onto the page: [a, b, c, d, e, f]. */
  matrix: [number, number, number, number, number, number];
}
