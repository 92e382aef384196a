// Reader for Word .docx files. mammoth turns the document into HTML that keeps real tables,
// merged cells included (gridSpan → colspan, vMerge → rowspan); the HTML walker shared with
// the HTML reader turns that into lines. Paths such as "body/table[2]/tr[5]/td[3]" address
// mammoth's HTML, which is what the document pane renders.

import mammoth from 'mammoth';
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlLimitProblem } from '../html/html-limits';
import { markPictures, withPictureLines } from '../ocr/picture-lines';
import { readError, type ReadOptions, type ReadResult } from '../read-result';
import { HTML_PARSE_OPTIONS, htmlToLines } from '../html/html-to-lines';
import { docxLimitProblem } from './docx-limits';
import { DOCX_MESSAGES } from './docx-messages';
import { isOle, isZip, oleKind } from './office-signature';

export { DOCX_MESSAGES };

/** A document beyond the readers' limits (docx-limits.ts, html-limits.ts); the message says which, in Chinese. */
export class DocxLimitError extends Error {}

/** Images are of no use to the review and would bloat the HTML as data URIs. */
const dropImages = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  if (isOle(bytes)) {
    return oleKind(bytes) === 'encrypted'
      ? readError('unsupported', DOCX_MESSAGES.encrypted)
      : readError('unsupported', DOCX_MESSAGES.legacyDoc);
  }
  if (!isZip(bytes)) return readError('corrupt', DOCX_MESSAGES.corrupt);

  let html: string;
  // Pictures (tables pasted as pictures) are kept for OCR, as markers in the HTML; src is never a path.
  const pictures: Uint8Array[] = [];
  try {
    html = await docxToHtml(bytes, options.ocr === false ? undefined : pictures);
  } catch (error) {
    if (error instanceof DocxLimitError) return readError('too_complex', error.message);
    // mammoth rejects a broken archive or one without word/document.xml; that is the file's fault.
    if (error instanceof Error) return readError('corrupt', DOCX_MESSAGES.corrupt);
    throw error;
  }
  const root = parseDocxHtml(html);
  const pictureOf = (image: HTMLElement) => pictures[Number(/^ocr-picture:(\d+)$/.exec(image.getAttribute('src') ?? '')?.[1] ?? -1)];
  const marked = markPictures(root, pictureOf);
  const lines = await withPictureLines(htmlToLines(root, 'body', true), marked, options);
  return { ok: true, document: { format: 'docx', lines } };
}

/**
 * mammoth's HTML for the document; element paths address this HTML. Images are left empty, or, with
 * `pictures`, collected there and pointed at by their index ("ocr-picture:3"). Throws on a broken file,
 * and DocxLimitError, before mammoth starts, on one beyond the limits.
 */
export async function docxToHtml(bytes: Uint8Array, pictures?: Uint8Array[]): Promise<string> {
  const tooComplex = docxLimitProblem(bytes);
  if (tooComplex) throw new DocxLimitError(tooComplex);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keepImages = mammoth.images.imgElement(async (image) => {
    const index = pictures!.push(new Uint8Array(await image.read())) - 1;
    return { src: `ocr-picture:${index}` };
  });
  const result = await mammoth.convertToHtml(
    { buffer },
    { convertImage: pictures ? keepImages : dropImages, externalFileAccess: false },
  );
  const tooDeep = htmlLimitProblem(result.value);
  if (tooDeep) throw new DocxLimitError(tooDeep);
  return result.value;
}

/** The tree that paths such as "body/table[2]/tr[5]/td[3]" are resolved in ("body" is the fragment's root). */
export const parseDocxHtml = (html: string): HTMLElement => parse(html, HTML_PARSE_OPTIONS);
