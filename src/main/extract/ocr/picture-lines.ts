// Pictures inside DOCX and HTML reports (tables pasted as pictures) read by OCR, their lines put where
// the picture stands in the document. Each picture is first replaced by a marker text in the parsed
// tree (so the element paths of everything else stay as they are); the marker's line is then replaced
// by the picture's lines, every piece pointing at the picture's element and keeping its confidence.

import { TextNode, type HTMLElement } from 'node-html-parser';
import type { DocumentLine, PageSize } from '../../../shared/document';
import { documentLines } from '../pdf/document-lines';
import type { PageBlock } from '../pdf/page-layout';
import type { ReadOptions } from '../read-result';
import { ocrPage } from './ocr-page';
import { decodePicture } from './picture';
import { picturePageSize, picturePointsPerPixel } from './picture-page';

/** Icons, bullets and logos are smaller than any table: not read. */
const MIN_PICTURE_SIDE = 120;
/** A document with more pictures than this has its first ones read. */
const MAX_PICTURES = 30;
/** Tables read from pictures are numbered after the document's own. */
const PICTURE_TABLE_OFFSET = 1000;

const marker = (index: number): string => `\u2063OCR图${index}\u2063`;
const MARKER = /\u2063OCR图(\d+)\u2063/;

/** Replaces every <img> whose bytes `bytesOf` gives with a marker; returns the pictures in marker order. */
export function markPictures(root: HTMLElement, bytesOf: (image: HTMLElement) => Uint8Array | undefined): Uint8Array[] {
  const pictures: Uint8Array[] = [];
  for (const image of root.querySelectorAll('img')) {
    const bytes = pictures.length < MAX_PICTURES ? bytesOf(image) : undefined;
    if (!bytes) continue;
    image.replaceWith(new TextNode(marker(pictures.length), image.parentNode));
    pictures.push(bytes);
  }
  return pictures;
}

/** The bytes of a data: URI picture (base64), the only kind a saved page carries inside itself. */
export function dataUriBytes(image: HTMLElement): Uint8Array | undefined {
  const match = /^data:image\/(?:png|jpe?g|tiff?);base64,([A-Za-z0-9+/=\s]+)$/i.exec(image.getAttribute('src') ?? '');
  return match ? new Uint8Array(Buffer.from(match[1]!.replace(/\s/g, ''), 'base64')) : undefined;
}

/** The lines with each marker's line replaced by the lines OCR reads from its picture. */
export async function withPictureLines(
  lines: DocumentLine[],
  pictures: readonly Uint8Array[],
  options: ReadOptions,
): Promise<DocumentLine[]> {
  if (pictures.length === 0) return lines;
  const out: DocumentLine[] = [];
  let tables = PICTURE_TABLE_OFFSET;
  for (const line of lines) {
    const at = line.cells.findIndex((cell) => MARKER.test(cell.text));
    if (at < 0) {
      out.push(line);
      continue;
    }
    const piece = line.cells[at]!;
    const index = Number(MARKER.exec(piece.text)![1]);
    const rest = line.cells.map((cell) => ({ ...cell, text: cell.text.replace(new RegExp(MARKER.source, 'g'), '') }));
    if (rest.some((cell) => cell.text.trim())) out.push({ ...line, cells: rest });
    if (options.ocr === false) continue;
    options.onProgress?.({ stage: 'ocr', page: index + 1, pages: pictures.length });
    const read = await pictureLines(pictures[index]!);
    for (const pictureLine of read) {
      out.push({
        cells: pictureLine.cells.map((cell) => ({ ...cell, source: piece.source })),
        ...(pictureLine.table ? { table: { index: tables + pictureLine.table.index, row: pictureLine.table.row } } : {}),
      });
    }
    tables += 100;
  }
  return out;
}

async function pictureLines(bytes: Uint8Array): Promise<DocumentLine[]> {
  const decoded = await decodePicture(bytes);
  if (!decoded.ok) return [];
  const pages: Array<{ size: PageSize; blocks: PageBlock[] }> = [];
  for (const [index, image] of decoded.pages.entries()) {
    if (Math.min(image.width, image.height) < MIN_PICTURE_SIDE) continue;
    const size = picturePageSize(image);
    pages.push({ size, blocks: await ocrPage({ image, pointsPerPixel: picturePointsPerPixel(image), page: index + 1, size }) });
  }
  return documentLines(pages);
}
