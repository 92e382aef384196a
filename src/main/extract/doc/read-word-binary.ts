// Reader for Word 97-2003 binary documents: .doc, and .wps, which WPS Office writes in the same format
// (an OLE file with a WordDocument stream, plus WPS's own extra streams, which are ignored). The
// document becomes HTML (word-html.ts) and is read like a DOCX: element paths into that HTML.

import { parse } from 'node-html-parser';
import { HTML_PARSE_OPTIONS, htmlToLines } from '../html/html-to-lines';
import { readError, type ReadResult } from '../read-result';
import { readWordBody, WordBinaryError } from './word-binary';
import { WORD_BINARY_MESSAGES } from './word-binary-messages';
import { wordHtml } from './word-html';
import { wordBlocks } from './word-structure';

/** The document as the HTML the reader reads and the original view shows. Throws on a file it cannot read. */
export async function wordBinaryToHtml(bytes: Uint8Array): Promise<string> {
  return wordHtml(wordBlocks(await readWordBody(bytes)));
}

export function readWordBinary(format: 'doc' | 'wps') {
  return async (bytes: Uint8Array): Promise<ReadResult> => {
    let html: string;
    try {
      html = await wordBinaryToHtml(bytes);
    } catch (error) {
      if (error instanceof WordBinaryError)
        return readError('unsupported', WORD_BINARY_MESSAGES.problems[error.problem]);
      return readError('corrupt', WORD_BINARY_MESSAGES.corrupt);
    }
    return { ok: true, document: { format, lines: htmlToLines(parse(html, HTML_PARSE_OPTIONS), 'body', true) } };
  };
}
