// How an original is shown: PDF as bytes, pictures as a PDF of their pages, DOCX and HTML as sanitized read-only HTML, text as text.
import type { OriginalFile } from '../../shared/ipc-contract';
import type { LibraryEntry } from '../storage/library-schema';
import { docxToHtml } from '../extract/docx/read-docx';
import { declaredCharset } from '../extract/html/read-html';
import { OCR_MESSAGES } from '../extract/ocr/pdf-page-ocr';
import { picturePdf } from '../extract/ocr/picture-pdf';
import { decodeText } from '../extract/text/decode-text';
import { messages } from './messages';
import { sanitizeHtml } from './sanitize-html';

export type OriginalView = { ok: true; value: OriginalFile } | { ok: false; code: string; message: string };

export async function viewOriginal(entry: LibraryEntry, bytes: Buffer): Promise<OriginalView> {
  const base = { fileName: entry.fileName, format: entry.format };
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
    case 'htm':
      return {
        ok: true,
        value: { ...base, html: sanitizeHtml(decodeText(bytes, declaredCharset(bytes)).text) },
      };
    case 'png':
    case 'jpg':
    case 'jpeg':
    case 'tif':
    case 'tiff': {
      // Shown through the PDF viewer, one picture per page, so OCR boxes are drawn as on a scanned PDF.
      const pdf = await picturePdf(bytes);
      if (!pdf) return { ok: false, code: 'corrupt', message: messages.originalUnreadable(OCR_MESSAGES.imageCorrupt) };
      return { ok: true, value: { ...base, base64: pdf.toString('base64') } };
    }
    case 'txt':
    case 'md':
      return { ok: true, value: { ...base, text: decodeText(bytes).text } };
    default:
      return { ok: false, code: 'unsupported', message: messages.originalUnsupported };
  }
}
