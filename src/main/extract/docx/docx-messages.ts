// Chinese messages of the Word reader, apart from the reader so that naming them loads no ZIP or XML code.
export const DOCX_MESSAGES = {
  corrupt: 'DOCX 文件已损坏或无法解析',
  legacyDoc: '不支持旧版 Word（.doc）格式，请另存为 .docx 或 PDF',
  encrypted: '文件已加密，请在 Word 中取消密码保护后重新导入',
} as const;
