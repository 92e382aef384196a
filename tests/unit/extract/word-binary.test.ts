// The Word 97-2003 reader on files it must refuse, each with its own message, and on the structure
// it rebuilds (merged cells, nested tables) from a LibreOffice-written fixture.
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { wordBinaryToHtml } from '../../../src/main/extract/doc/read-word-binary';
import { readDocument } from '../../../src/main/extract/read-document';
import { wordBinaryFixtures } from '../../fixtures/formats/word-binary-fixtures';

const [fixture] = (await wordBinaryFixtures()).filter(({ entry }) => entry.id === 'std-2021-everything');
const docBytes = new Uint8Array(readFileSync(fixture!.doc));

/** The fixture with its WordDocument stream changed by `edit`. */
function withWordDocument(edit: (stream: Buffer) => void): Uint8Array {
  const container = CFB.read(Buffer.from(docBytes), { type: 'buffer' });
  const entry = CFB.find(container, 'WordDocument')!;
  const stream = Buffer.from(entry.content as Uint8Array);
  edit(stream);
  entry.content = stream;
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

describe('Word 97-2003 files the reader refuses', () => {
  it('a password-protected document, saying so', async () => {
    const encrypted = withWordDocument((stream) =>
      stream.writeUInt16LE(stream.readUInt16LE(0x0a) | 0x0100, 0x0a),
    );
    expect(await readDocument('年报.doc', encrypted)).toEqual({
      ok: false,
      code: 'unsupported',
      message: '文件已加密，请在 Word 或 WPS 中取消密码保护后重新导入',
    });
  });

  it('a Word 6/95 document, asking for a newer format', async () => {
    const old = withWordDocument((stream) => stream.writeUInt16LE(0x0068, 0x02));
    expect(await readDocument('年报.wps', old)).toMatchObject({
      ok: false,
      code: 'unsupported',
      message: expect.stringContaining('Word 6.0/95'),
    });
  });

  it('an OLE file without a Word document (a spreadsheet, a Works file) named .doc or .wps', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'Workbook', Buffer.from('not a word document'));
    const workbook = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
    for (const name of ['统计.doc', '统计.wps'])
      expect(await readDocument(name, workbook)).toMatchObject({
        ok: false,
        code: 'unsupported',
        message: expect.stringContaining('不是 Word 或 WPS 文字文档'),
      });
  });

  it('a truncated document as corrupt, never throwing', async () => {
    for (const length of [600, 5000, docBytes.length / 2])
      expect(await readDocument('年报.doc', docBytes.subarray(0, length))).toMatchObject({
        ok: false,
        code: 'corrupt',
      });
  });
});

describe('Word 97-2003 tables', () => {
  it('keeps merged cells merged (rowspan from vertical merges, colspan from cell edges)', async () => {
    const html = await wordBinaryToHtml(docBytes);
    // 表三's note spans three label columns and the three header rows; 三、本年度办理结果 spans the result rows.
    expect(html).toMatch(/<td colspan="3" rowspan="3"><p>（本列数据的勾稽关系为/);
    expect(html).toMatch(/<td rowspan="3"><p>三、本年度办理结果<\/p><\/td>/); // until the table breaks
  });

  it('reads a portal page saved as Word, its data tables nested in a layout table', async () => {
    const read = await readDocument('年报.wps', new Uint8Array(readFileSync(fixture!.wps)));
    if (!read.ok) throw new Error(read.message);
    const rows = read.document.lines.filter((line) => line.table);
    expect(rows.some((line) => line.cells.some((cell) => cell.text === '行政事业性收费'))).toBe(true);
    // Element paths point into the nested table: body/table/tr/td/table/…
    const nested = rows.find((line) => line.cells[0]?.text === '行政事业性收费')!;
    expect(nested.cells[0]!.source).toMatchObject({
      kind: 'element',
      path: expect.stringMatching(/table\[\d+\]\/tr\[\d+\]\/td\[\d+\]\/table\[\d+\]/),
    });
  });
});
