// Reader for HTML pages saved from government portals (often Word-made, often GBK).
// Provenance is an element path from <body>, e.g. "body/div[3]/table[1]/tr[5]/td[3]".

import { parse, type HTMLElement } from 'node-html-parser';
import { dataUriBytes, markPictures, withPictureLines } from '../ocr/picture-lines';
import { readError, type ReadOptions, type ReadResult } from '../read-result';
import { decodeText } from '../text/decode-text';
import { pageBody } from './element-path';
import { htmlLimitProblem } from './html-limits';
import { HTML_PARSE_OPTIONS, htmlToLines } from './html-to-lines';

/** How far into the file a charset declaration is looked for (Word puts a long <html> tag first). */
const CHARSET_SCAN_BYTES = 16 * 1024;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
const XML_ENCODING = /<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i;
/** Word's downlevel-revealed conditionals ("<![if !supportLists]>1.<![endif]>"): markers go, content stays. */
const DOWNLEVEL_CONDITIONAL = /<!\[(?:if\b[^\]]*|endif)\]>/gi;

export async function readHtml(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const html = pageText(bytes);
  const problem = htmlLimitProblem(html);
  if (problem) return readError('too_complex', problem);
  const body = parsePageText(html);
  // Tables pasted as pictures (data: URIs) are read by OCR where they stand.
  const pictures = options.ocr === false ? [] : markPictures(body, dataUriBytes);
  const lines = await withPictureLines(htmlToLines(body, 'body'), pictures, options);
  return { ok: true, document: { format: 'html', lines } };
}

/** The page's <body> as the reader sees it: the tree that element paths are resolved in. */
export const parseHtmlPage = (bytes: Uint8Array): HTMLElement => parsePageText(pageText(bytes));

const pageText = (bytes: Uint8Array): string =>
  decodeText(bytes, declaredCharset(bytes)).text.replace(DOWNLEVEL_CONDITIONAL, '');

const parsePageText = (html: string): HTMLElement => pageBody(parse(html, HTML_PARSE_OPTIONS));

/** The charset named by <meta charset>, <meta http-equiv content="…charset=…"> or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Labels are ASCII, so a byte-per-character view of the head is enough to find them.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  return META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1];
}
