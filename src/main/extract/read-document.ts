// Entry point of extraction: picks the reader for a file and turns every failure, expected or
// not, into a ReadResult with a Chinese message. Never throws for bad input.
// The file's bytes decide first (a PDF named .txt is still a PDF); the extension second.

import type { SourceDocument, SourceFormat } from '../../shared/document';
import { MAX_FILE_BYTES, extensionOf, formatOf, importFormatsText, tooLargeMessage } from '../../shared/file-formats';
import { WORD_BINARY_MESSAGES } from './doc/word-binary-messages';
import { DOCX_MESSAGES } from './docx/docx-messages';
import { isDocxZip, isOfdZip, isOle, isZip, oleKind } from './docx/office-signature';
import { OFD_MESSAGES } from './ofd/ofd-messages';
import { OCR_MESSAGES } from './ocr/pdf-page-ocr';
import { pictureKind } from './ocr/picture';
import { readError, type ReadOptions, type ReadResult } from './read-result';

export const READ_MESSAGES = {
  empty: '文件为空',
  noText: '文件中没有可读取的文字',
  unsupported: (extension: string): string =>
    `不支持的文件类型：${extension ? `.${extension}` : '无扩展名'}。可导入：${importFormatsText}`,
  corrupt: {
    pdf: 'PDF 文件已损坏或无法解析',
    docx: DOCX_MESSAGES.corrupt,
    html: 'HTML 文件已损坏或无法解析',
    txt: '文本文件已损坏或无法解析',
    doc: WORD_BINARY_MESSAGES.corrupt,
    wps: WORD_BINARY_MESSAGES.corrupt,
    ofd: OFD_MESSAGES.corrupt,
    image: OCR_MESSAGES.imageCorrupt,
  } satisfies Record<SourceFormat, string>,
} as const;

type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadResult>;

/** Each reader is loaded on first use: reading a PDF never loads mammoth, a text file never loads pdf.js. */
const READERS: Record<SourceFormat, () => Promise<Reader>> = {
  pdf: async () => (await import('./pdf/read-pdf')).readPdf,
  docx: async () => (await import('./docx/read-docx')).readDocx,
  html: async () => (await import('./html/read-html')).readHtml,
  txt: async () => (await import('./text/read-text')).readText,
  doc: async () => (await import('./doc/read-word-binary')).readWordBinary('doc'),
  wps: async () => (await import('./doc/read-word-binary')).readWordBinary('wps'),
  ofd: async () => (await import('./ofd/read-ofd')).readOfd,
  image: async () => (await import('./image/read-image')).readImage,
};

export async function readDocument(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) return readError('too_large', tooLargeMessage(bytes.byteLength));
  if (isBlank(bytes)) return readError('empty', READ_MESSAGES.empty);

  // Callers often hold a Node Buffer; pdf.js refuses Buffers, so readers get a plain view (no copy).
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decision = chooseReader(view, fileName);
  if ('error' in decision) return decision.error;
  return runReader(decision.format, view, options);
}

type Decision = { format: SourceFormat } | { error: ReadResult };

function chooseReader(bytes: Uint8Array, fileName: string): Decision {
  const extension = extensionOf(fileName);
  const format = formatOf(fileName);
  if (isPdf(bytes)) return { format: 'pdf' };
  if (isDocxZip(bytes)) return { format: 'docx' };
  if (isOfdZip(bytes)) return { format: 'ofd' };
  if (isOle(bytes)) {
    // Word 97-2003 binary (.doc, and .wps, which WPS writes the same way); a password-protected
    // .docx, which Office wraps in OLE (readDocx says so); Excel, PowerPoint and others are not ours.
    const kind = oleKind(bytes);
    if (kind === 'encrypted') return { format: 'docx' };
    // The Word reader also says what is wrong with an OLE file named as a Word document that holds none.
    if (kind === 'doc' || format === 'doc' || format === 'wps' || format === 'docx')
      return { format: format === 'wps' ? 'wps' : 'doc' };
    return { error: readError('unsupported', READ_MESSAGES.unsupported(extension)) };
  }
  if (isHtml(bytes)) return { format: 'html' };
  if (pictureKind(bytes)) return { format: 'image' };

  // Named as a binary format the bytes are not: the file is broken (an OFD that is no ZIP, a .doc that is no OLE file).
  if (format === 'pdf' || format === 'doc' || format === 'wps' || format === 'ofd')
    return { error: readError('corrupt', READ_MESSAGES.corrupt[format]) };
  // Any other ZIP (.xlsx, .zip …) is not ours; a .docx that is not a Word ZIP is broken.
  if (isZip(bytes) && format !== 'docx')
    return { error: readError('unsupported', READ_MESSAGES.unsupported(extension)) };
  return format ? { format } : { error: readError('unsupported', READ_MESSAGES.unsupported(extension)) };
}

async function runReader(format: SourceFormat, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const read = await READERS[format]();
  let result: ReadResult;
  try {
    result = await read(bytes, options);
  } catch {
    // A reader that throws met a file it could not make sense of: report it, never crash the import.
    return readError('corrupt', READ_MESSAGES.corrupt[format]);
  }
  if (result.ok && !hasText(result.document)) return readError('empty', READ_MESSAGES.noText);
  return result;
}

const hasText = (document: SourceDocument): boolean =>
  document.lines.some((line) => line.cells.some((cell) => /\S/.test(cell.text)));

/** No bytes, or only ASCII whitespace after an optional UTF-8 byte-order mark. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x0b)
      return false;
  }
  return true;
}

/** "%PDF-" in the first KiB, where PDF readers look for it. */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes(
    '%PDF-',
    0,
    'latin1',
  );
}

/** A page that starts (after a BOM, blanks, comments or an XML declaration) with <!DOCTYPE html> or <html>. */
function isHtml(bytes: Uint8Array): boolean {
  let head = new TextDecoder('windows-1252')
    .decode(bytes.subarray(0, 4096))
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .toLowerCase();
  for (;;) {
    head = head.trimStart();
    const closing = head.startsWith('<!--') ? '-->' : head.startsWith('<?xml') ? '?>' : undefined;
    if (!closing) break;
    const end = head.indexOf(closing);
    if (end < 0) return false;
    head = head.slice(end + closing.length);
  }
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
