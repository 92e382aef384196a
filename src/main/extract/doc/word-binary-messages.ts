// Chinese messages of the Word 97-2003 reader, apart from it so that naming them loads no OLE or Word code.
import type { WordBinaryProblem } from './word-binary';

export const WORD_BINARY_MESSAGES = {
  corrupt: 'Word 文档（.doc/.wps）已损坏或无法解析',
  problems: {
    encrypted: '文件已加密，请在 Word 或 WPS 中取消密码保护后重新导入',
    'old-version': '不支持 Word 6.0/95 及更早的格式，请另存为 .docx 或 PDF 后导入',
    'not-word': '不是 Word 或 WPS 文字文档（可能是 Excel、PowerPoint 或 Microsoft Works 文件）',
  } satisfies Record<WordBinaryProblem, string>,
} as const;
