// How an original is shown: PDF as bytes, pictures as a PDF of their pages, DOCX, .doc/.wps and HTML as
// sanitized read-only HTML, OFD as drawn pages, text as text.
import type { OriginalFile } from '../../shared/ipc-contract';
import type { LibraryEntry } from '../storage/library-schema';
import { wordBinaryToHtml } from '../extract/doc/read-word-binary';
import { WORD_BINARY_MESSAGES } from '../extract/doc/word-binary-messages';
import { docxToHtml } from '../extract/docx/read-docx';
import { htmlLimitProblem } from '../extract/html/html-limits';
import { declaredCharset } from '../extract/html/read-html';
import { ofdDrawing } from '../extract/ofd/ofd-drawing';
import { OFD_MESSAGES } from '../extract/ofd/ofd-messages';
import { OCR_MESSAGES } from '../extract/ocr/pdf-page-ocr';
import { picturePdf } from '../extract/ocr/picture-pdf';
import { decodeText } from '../extract/text/decode-text';
import { messages } from './messages';
import { sanitizeHtml } from './sanitize-html';

export type OriginalView = { ok: true; value: OriginalFile } | { ok: false; code: string; message: string };

export async function viewOriginal(entry: LibraryEntry, bytes: Buffer): Promise<OriginalView> {
  const base = { fileName: entry.fileName, format: entry.format };
  // These formats are told by their bytes, whatever the file is named: the reader's format decides.
  if (entry.format === 'doc' || entry.format === 'wps' || entry.format === 'ofd') {
    try {
      return entry.format === 'ofd'
        ? { ok: true, value: { ...base, pages: ofdDrawing(bytes) } }
        : { ok: true, value: { ...base, html: sanitizeHtml(await wordBinaryToHtml(bytes)) } };
    } catch {
      // The file was read at import; failing now means it changed or hit a limit: say so in the reader's words.
      const reason = entry.format === 'ofd' ? OFD_MESSAGES.corrupt : WORD_BINARY_MESSAGES.corrupt;
      return { ok: false, code: 'corrupt', message: messages.originalUnreadable(reason) };
    }
  }
  if (entry.format === 'image') {
    // Shown through the PDF viewer, one picture per page, so OCR boxes are drawn as on a scanned PDF.
    const pdf = await picturePdf(bytes);
    if (!pdf) return { ok: false, code: 'corrupt', message: messages.originalUnreadable(OCR_MESSAGES.imageCorrupt) };
    return { ok: true, value: { ...base, base64: pdf.toString('base64') } };
  }
  switch (entry.extension) {
    case 'pdf':
      return { ok: true, value: { ...base, base64: bytes.toString('base64') } };
    case 'docx':
      try {
        return { ok: true, value: { ...base, html: sanitizeHtml(await docxToHtml(bytes)) } };
      } catch (error) {
        // mammoth rejects damaged archives; that is the file's problem, not a bug.
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, code: 'corrupt', message: messages.originalUnreadable(reason) };
      }
    case 'html':
    case 'htm': {
      const html = decodeText(bytes, declaredCharset(bytes)).text;
      // The sanitiser parses the page: a crafted one would hold the main process as it holds a reader.
      const tooComplex = htmlLimitProblem(html);
      if (tooComplex) return { ok: false, code: 'too_complex', message: messages.originalUnreadable(tooComplex) };
      return { ok: true, value: { ...base, html: sanitizeHtml(html) } };
    }
    case 'txt':
    case 'md':
      return { ok: true, value: { ...base, text: decodeText(bytes).text } };
    default:
      return { ok: false, code: 'unsupported', message: messages.originalUnsupported };
  }
}
