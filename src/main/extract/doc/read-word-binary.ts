// Reader for Word 97-2003 binary documents: .doc, and .wps, which WPS Office writes in the same format
// (an OLE file with a WordDocument stream, plus WPS's own extra streams, which are ignored). The
// document becomes HTML (word-html.ts) and is read like a DOCX: element paths into that HTML.

import { parse } from 'node-html-parser';
import { HTML_PARSE_OPTIONS, htmlToLines } from '../html/html-to-lines';
import { readError, type ReadResult } from '../read-result';
import { readWordBody, WordBinaryError, type WordBinaryProblem } from './word-binary';
import { wordHtml } from './word-html';
import { wordBlocks } from './word-structure';

export const WORD_BINARY_MESSAGES = {
  corrupt: 'Word 文档（.doc/.wps）已损坏或无法解析',
  problems: {
    encrypted: '文件已加密，请在 Word 或 WPS 中取消密码保护后重新导入',
    'old-version': '不支持 Word 6.0/95 及更早的格式，请另存为 .docx 或 PDF 后导入',
    'not-word': '不是 Word 或 WPS 文字文档（可能是 Excel、PowerPoint 或 Microsoft Works 文件）',
  } satisfies Record<WordBinaryProblem, string>,
} as const;

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
    return { ok: true, document: { format, lines: htmlToLines(parse(html, HTML_PARSE_OPTIONS), 'body') } };
  };
}
