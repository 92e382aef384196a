import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDocument } from '../../../src/main/extract/read-document';
import { MAX_FILE_BYTES, formatOf } from '../../../src/shared/file-formats';
import type { ReadResult } from '../../../src/main/extract/read-result';
import { realDir, seedsDir } from '../../shared-data';

// The PDF reader is another module's job; here only the routing to it is under test (vi.mock is hoisted).
const readPdf = vi.hoisted(() => vi.fn<(bytes: Uint8Array) => Promise<ReadResult>>());
vi.mock('../../../src/main/extract/pdf/read-pdf', () => ({ readPdf }));

const FIXTURES = 'tests/fixtures/readers';
const fixture = (name: string): Uint8Array => readFileSync(`${FIXTURES}/${name}`);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const PDF_RESULT: ReadResult = {
  ok: true,
  document: {
    format: 'pdf',
    lines: [{ cells: [{ text: '年度报告', source: { kind: 'pdf', page: 1, bboxPt: [0, 0, 1, 1] } }] }],
    pages: [],
  },
};
const UNSUPPORTED = (extension: string): string =>
  `不支持的文件类型：${extension}。可导入：PDF、Word 文档（DOCX）、Word 97-2003 文档（DOC）、WPS 文字（WPS）、OFD 版式文档、网页（HTML）、文本（TXT、Markdown）、图片（PNG、JPEG、TIFF）`;

async function formatRead(fileName: string, bytes: Uint8Array): Promise<string> {
  const result = await readDocument(fileName, bytes);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.document.format;
}

beforeEach(() => {
  readPdf.mockReset();
  readPdf.mockResolvedValue(PDF_RESULT);
});

describe('readDocument: empty and oversized files', () => {
  it.each([
    ['empty.txt', fixture('empty.txt')],
    ['blank.txt', fixture('blank.txt')],
    ['report.pdf', new Uint8Array(0)],
    ['bom.html', Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])],
  ])('%s is empty', async (name, bytes) => {
    expect(await readDocument(name, bytes)).toEqual({ ok: false, code: 'empty', message: '文件为空' });
  });

  it('refuses files over 200 MB before reading them', async () => {
    const result = await readDocument('big.pdf', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toEqual({ ok: false, code: 'too_large', message: '文件过大（200.1 MB，上限 200 MB）' });
    expect(readPdf).not.toHaveBeenCalled();
  });

  it('reports a readable file without any text as empty', async () => {
    const result = await readDocument(
      'page.html',
      bytesOf('<html><body><script>var a = 1;</script><p>&nbsp;</p></body></html>'),
    );
    expect(result).toMatchObject({ ok: false, code: 'empty' });
  });
});

describe('readDocument: routing', () => {
  it('sends PDFs to readPdf, whatever their name', async () => {
    const pdf = bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    expect(await readDocument('report.pdf', pdf)).toBe(PDF_RESULT);
    expect(await readDocument('report.txt', pdf)).toBe(PDF_RESULT);
    expect(readPdf).toHaveBeenCalledTimes(2);
  });

  it('hands readers a plain Uint8Array even when given a Node Buffer', async () => {
    await readDocument('report.pdf', Buffer.from('%PDF-1.7\n'));
    const passed = readPdf.mock.calls[0]?.[0];
    expect(passed).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(passed)).toBe(false);
    expect(Buffer.from(passed ?? []).toString('latin1')).toBe('%PDF-1.7\n');
  });

  it('reads by content first: a Word file named .txt is read as DOCX', async () => {
    expect(
      await formatRead('report.txt', readFileSync(`${realDir}/template-2021-blank.docx`)),
    ).toBe('docx');
    expect(
      await formatRead('报告.DOCX', readFileSync(`${realDir}/template-2021-blank.docx`)),
    ).toBe('docx');
  });

  it('recognises HTML by its start, even after a "saved from" comment', async () => {
    expect(
      await formatRead('page.txt', readFileSync(`${realDir}/shuyang-fgj-2023.html`)),
    ).toBe('html');
    expect(
      await formatRead(
        'page',
        bytesOf('<!-- saved from url=(0022)http://example.org/ -->\n<HTML><body><p>正文</p></body></HTML>'),
      ),
    ).toBe('html');
  });

  it('falls back to the extension for text-like files', async () => {
    expect(await formatRead('page.htm', bytesOf('<p>正文</p>'))).toBe('html');
    expect(await formatRead('page.shtml', fixture('gbk-undeclared.html'))).toBe('html');
    expect(await formatRead('seed.txt', readFileSync(`${seedsDir}/001_183d9a740fa2d1ad.txt`))).toBe(
      'txt',
    );
    expect(await formatRead('notes.md', fixture('utf8-bom.md'))).toBe('txt');
    expect(await formatRead('notes.text', fixture('gb18030.txt'))).toBe('txt');
  });

  it('formatOf follows the extension', () => {
    expect(formatOf('年报.PDF')).toBe('pdf');
    expect(formatOf('a/b/report.docx')).toBe('docx');
    expect(formatOf('page.htm')).toBe('html');
    expect(formatOf('page.shtml')).toBe('html');
    expect(formatOf('seed.md')).toBe('txt');
    expect(formatOf('old.doc')).toBe('doc');
    expect(formatOf('公文.WPS')).toBe('wps');
    expect(formatOf('报告.ofd')).toBe('ofd');
    expect(formatOf('sheet.xlsx')).toBeUndefined();
    expect(formatOf('v1.2/README')).toBeUndefined();
    expect(formatOf('.txt')).toBeUndefined();
  });
});

describe('readDocument: files it cannot read', () => {
  it('rejects kinds it does not read, naming the extension', async () => {
    expect(await readDocument('统计表.xlsx', fixture('sheet.xlsx'))).toEqual({
      ok: false,
      code: 'unsupported',
      message: UNSUPPORTED('.xlsx'),
    });
    expect(await readDocument('archive.zip', fixture('sheet.xlsx'))).toEqual({
      ok: false,
      code: 'unsupported',
      message: UNSUPPORTED('.zip'),
    });
    // A PNG is read (by OCR) now; a truncated one is damaged.
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await readDocument('scan.PNG', png)).toEqual({
      ok: false,
      code: 'corrupt',
      message: '图片已损坏或无法解析',
    });
    expect(await readDocument('README', bytesOf('plain words'))).toEqual({
      ok: false,
      code: 'unsupported',
      message: UNSUPPORTED('无扩展名'),
    });
  });

  it('reports a .pdf that is not a PDF as corrupt', async () => {
    expect(await readDocument('report.pdf', fixture('fake.pdf'))).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'PDF 文件已损坏或无法解析',
    });
    expect(readPdf).not.toHaveBeenCalled();
  });

  it('reports broken DOCX files as corrupt', async () => {
    const corrupt = { ok: false, code: 'corrupt', message: 'DOCX 文件已损坏或无法解析' };
    expect(await readDocument('report.docx', fixture('corrupt.docx'))).toEqual(corrupt);
    expect(await readDocument('report.docx', fixture('sheet.xlsx'))).toEqual(corrupt);
    expect(await readDocument('report.docx', bytesOf('not a zip'))).toEqual(corrupt);
  });

  it('reports broken Word 97-2003 files as corrupt, however they are named', async () => {
    // legacy.doc is an OLE header and a WordDocument name, nothing a reader can open.
    const corrupt = { ok: false, code: 'corrupt', message: 'Word 文档（.doc/.wps）已损坏或无法解析' };
    expect(await readDocument('report.doc', fixture('legacy.doc'))).toEqual(corrupt);
    expect(await readDocument('report.docx', fixture('legacy.doc'))).toEqual(corrupt);
    expect(await readDocument('report.wps', fixture('legacy.doc'))).toEqual(corrupt);
    expect(await readDocument('report.doc', bytesOf('{\\rtf1 not binary Word}'))).toEqual(corrupt);
    expect(await readDocument('report.ofd', bytesOf('not a zip'))).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'OFD 文件已损坏或无法解析',
    });
    expect(await readDocument('report.docx', fixture('encrypted.docx'))).toMatchObject({
      ok: false,
      code: 'unsupported',
    });
  });

  it('turns a reader that throws into a corrupt result', async () => {
    readPdf.mockRejectedValue(new TypeError('boom'));
    expect(await readDocument('report.pdf', bytesOf('%PDF-1.4\n'))).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'PDF 文件已损坏或无法解析',
    });
  });

  it('passes through an error result from a reader', async () => {
    readPdf.mockResolvedValue({ ok: false, code: 'scanned', message: '扫描件' });
    expect(await readDocument('report.pdf', bytesOf('%PDF-1.4\n'))).toEqual({
      ok: false,
      code: 'scanned',
      message: '扫描件',
    });
  });
});
