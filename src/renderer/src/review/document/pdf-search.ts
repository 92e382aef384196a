// Search in a PDF's text: items are joined per page with whitespace dropped (Word-made PDFs often put
// one character per item and spaces between CJK characters), matches are mapped back to item boxes.
import type { PDFDocumentProxy, PageViewport } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** [x0, y0, x1, y1] in PDF points, origin top-left (the same space as `bboxPt`). */
export type RectPt = [number, number, number, number];

export interface PdfMatch {
  page: number;
  rects: RectPt[];
}

interface PageText {
  text: string;
  /** For each char of `text`: item index and char index within the item. */
  item: Int32Array;
  offset: Int32Array;
  items: TextItem[];
  viewport: PageViewport;
}

const cache = new WeakMap<PDFDocumentProxy, Promise<PageText>[]>();

async function readPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageText> {
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  const items = content.items.filter((entry): entry is TextItem => 'str' in entry);
  let text = '';
  const itemIndex: number[] = [];
  const charIndex: number[] = [];
  items.forEach((entry, index) => {
    Array.from(entry.str).forEach((char, position) => {
      if (/\s/.test(char)) return;
      text += char.toLowerCase();
      itemIndex.push(index);
      charIndex.push(position);
    });
  });
  return { text, item: Int32Array.from(itemIndex), offset: Int32Array.from(charIndex), items, viewport: page.getViewport({ scale: 1 }) };
}

function pageTexts(doc: PDFDocumentProxy): Promise<PageText>[] {
  let pages = cache.get(doc);
  if (!pages) {
    pages = Array.from({ length: doc.numPages }, (_, index) => readPage(doc, index + 1));
    cache.set(doc, pages);
  }
  return pages;
}

function itemRect(page: PageText, itemIndex: number, from: number, to: number): RectPt | null {
  const entry = page.items[itemIndex];
  if (!entry) return null;
  const [, , c = 0, d = 0, x = 0, y = 0] = entry.transform as number[];
  const length = Math.max(1, Array.from(entry.str).length);
  const fontHeight = Math.hypot(c, d) || entry.height || 10;
  const pdfRect = [x + (entry.width * from) / length, y - fontHeight * 0.25, x + (entry.width * to) / length, y + fontHeight * 0.95];
  const [a0 = 0, b0 = 0, a1 = 0, b1 = 0] = page.viewport.convertToViewportRectangle(pdfRect);
  return [Math.min(a0, a1), Math.min(b0, b1), Math.max(a0, a1), Math.max(b0, b1)];
}

export async function searchPdf(doc: PDFDocumentProxy, query: string): Promise<PdfMatch[]> {
  const needle = query.replace(/\s+/g, '').toLowerCase();
  if (!needle) return [];
  const pages = await Promise.all(pageTexts(doc));
  const matches: PdfMatch[] = [];
  pages.forEach((page, pageIndex) => {
    for (let at = page.text.indexOf(needle); at >= 0; at = page.text.indexOf(needle, at + needle.length)) {
      // Group the matched chars by item, one rectangle per item.
      const spans = new Map<number, [number, number]>();
      for (let position = at; position < at + needle.length; position += 1) {
        const itemIndex = page.item[position] ?? 0;
        const offset = page.offset[position] ?? 0;
        const span = spans.get(itemIndex);
        spans.set(itemIndex, span ? [Math.min(span[0], offset), Math.max(span[1], offset + 1)] : [offset, offset + 1]);
      }
      const rects = [...spans].map(([itemIndex, [from, to]]) => itemRect(page, itemIndex, from, to)).filter((rect): rect is RectPt => rect !== null);
      matches.push({ page: pageIndex + 1, rects });
    }
  });
  return matches;
}
