import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentLine } from '../../../src/shared/document';
import { DOCX_MESSAGES, docxToHtml, parseDocxHtml, readDocx } from '../../../src/main/extract/docx/read-docx';
import { resolveElementPath } from '../../../src/main/extract/html/element-path';
import { realDir } from '../../shared-data';

const TEMPLATE = `${realDir}/template-2021-blank.docx`;
const FIXTURES = 'tests/fixtures/readers';

async function linesOf(path: string): Promise<DocumentLine[]> {
  const result = await readDocx(readFileSync(path));
  if (!result.ok) throw new Error(result.message);
  expect(result.document.format).toBe('docx');
  return result.document.lines;
}

const texts = (line: DocumentLine | undefined): string[] => line?.cells.map((cell) => cell.text) ?? [];
const paths = (line: DocumentLine | undefined): string[] =>
  line?.cells.map((cell) => (cell.source.kind === 'element' ? cell.source.path : '')) ?? [];
const tableLines = (lines: DocumentLine[], index: number): DocumentLine[] =>
  lines.filter((line) => line.table?.index === index);
const rowLabelled = (lines: DocumentLine[], label: string): DocumentLine | undefined =>
  lines.find((line) => line.table && line.cells.some((cell) => cell.text === label));

describe('readDocx on the real 2021 template', () => {
  it('reads paragraphs as one-cell lines and the three tables in order', async () => {
    const lines = await linesOf(TEMPLATE);
    const paragraphs = lines.filter((line) => !line.table).map((line) => texts(line));
    expect(paragraphs.slice(0, 4)).toEqual([
      ['政府信息公开工作年度报告格式模板'],
      ['一、总体情况'],
      ['（文字描述）'],
      ['二、主动公开政府信息情况'],
    ]);
    expect(lines[0]?.cells[0]?.source).toEqual({ kind: 'element', path: 'body/p[1]' });
    expect([...new Set(lines.flatMap((line) => (line.table ? [line.table.index] : [])))]).toEqual([0, 1, 2]);
    expect(tableLines(lines, 1)).toHaveLength(28);
  });

  it('table 三: 一、本年新收 row has its label spread over 3 columns and 7 value cells under the applicant headers', async () => {
    const lines = await linesOf(TEMPLATE);
    const table = tableLines(lines, 1);
    const received = rowLabelled(lines, '一、本年新收政府信息公开申请数量');
    // The label's colspan=3 gives 2 filler cells: 1 + 2 + 7 = 10 cells, values at columns 3..9.
    expect(texts(received)).toEqual(['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '', '', '']);
    expect(paths(received)).toEqual([
      'body/table[2]/tr[4]/td[1]',
      'body/table[2]/tr[4]/td[1]',
      'body/table[2]/tr[4]/td[1]',
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => `body/table[2]/tr[4]/td[${n}]`),
    ]);
    expect(received?.table).toEqual({ index: 1, row: 3 });
    expect(texts(table[1])).toEqual(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(texts(table[2])).toEqual([
      '',
      '',
      '',
      '',
      '商业\n企业',
      '科研\n机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
      '',
    ]);
    expect(table.every((line) => line.cells.length === 10)).toBe(true);
  });

  it('table 三: rowspan labels appear in their first row only', async () => {
    const lines = await linesOf(TEMPLATE);
    expect(texts(rowLabelled(lines, '（一）予以公开')).slice(0, 3)).toEqual([
      '三、本年度办理结果',
      '（一）予以公开',
      '',
    ]);
    expect(texts(rowLabelled(lines, '1.属于国家秘密')).slice(0, 3)).toEqual([
      '',
      '（三）不予公开',
      '1.属于国家秘密',
    ]);
    const second = rowLabelled(lines, '2.其他法律行政法规禁止公开');
    expect(texts(second).slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
    expect(paths(second).slice(0, 3)).toEqual([
      'body/table[2]/tr[6]/td[1]',
      'body/table[2]/tr[8]/td[1]',
      'body/table[2]/tr[9]/td[1]',
    ]);
    expect(texts(rowLabelled(lines, '（七）总计')).slice(0, 3)).toEqual(['', '（七）总计', '']);
  });

  it('table 二 keeps full-width blanks as text and colspan fillers as ""', async () => {
    const lines = await linesOf(TEMPLATE);
    expect(texts(rowLabelled(lines, '规章'))).toEqual(['规章', '　　', '　', '']);
    expect(texts(rowLabelled(lines, '行政许可'))).toEqual(['行政许可', '', '', '']);
  });

  it('table 四: 15 columns, the value row all blank', async () => {
    const table = tableLines(await linesOf(TEMPLATE), 2);
    expect(texts(table[2])).toEqual([
      '',
      '',
      '',
      '',
      '',
      '结果\n维持',
      '结果\n纠正',
      '其他\n结果',
      '尚未\n审结',
      '总计',
      '结果\n维持',
      '结果\n纠正',
      '其他\n结果',
      '尚未\n审结',
      '总计',
    ]);
    expect(texts(table[3])).toEqual(Array<string>(15).fill(''));
  });

  it('every path resolves in mammoth’s HTML', async () => {
    const body = parseDocxHtml(await docxToHtml(readFileSync(TEMPLATE)));
    for (const cell of (await linesOf(TEMPLATE)).flatMap((line) => line.cells)) {
      if (cell.source.kind !== 'element') throw new Error('element provenance expected');
      const element = resolveElementPath(body, cell.source.path);
      expect(element, cell.source.path).toBeDefined();
      expect((element?.text ?? '').replace(/\s/g, '')).toContain(cell.text.replace(/\s/g, ''));
    }
  });
});

describe('readDocx on a filled copy of the template', () => {
  it('puts the numbers under the right applicant columns', async () => {
    const lines = await linesOf(`${FIXTURES}/template-2021-filled.docx`);
    const header = tableLines(lines, 1)[1];
    const received = rowLabelled(lines, '一、本年新收政府信息公开申请数量');
    expect(texts(received).slice(3)).toEqual(['3', '1', '0', '0', '0', '0', '4']);
    expect(header?.cells[3]?.text).toBe('自然人');
    expect(header?.cells[9]?.text).toBe('总计');
    expect(texts(rowLabelled(lines, '2.其他法律行政法规禁止公开'))).toEqual([
      '',
      '',
      '2.其他法律行政法规禁止公开',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
  });
});

describe('readDocx on files it cannot read', () => {
  it('reports a broken ZIP as corrupt', async () => {
    expect(await readDocx(readFileSync(`${FIXTURES}/corrupt.docx`))).toEqual({
      ok: false,
      code: 'corrupt',
      message: DOCX_MESSAGES.corrupt,
    });
  });

  it('reports a ZIP without a Word body as corrupt', async () => {
    expect(await readDocx(readFileSync(`${FIXTURES}/sheet.xlsx`))).toEqual({
      ok: false,
      code: 'corrupt',
      message: 'DOCX 文件已损坏或无法解析',
    });
  });

  it('reports bytes that are not a ZIP as corrupt', async () => {
    expect(await readDocx(new TextEncoder().encode('plain text'))).toMatchObject({
      ok: false,
      code: 'corrupt',
    });
  });

  it('reports old binary Word as unsupported', async () => {
    expect(await readDocx(readFileSync(`${FIXTURES}/legacy.doc`))).toEqual({
      ok: false,
      code: 'unsupported',
      message: '不支持旧版 Word（.doc）格式，请另存为 .docx 或 PDF',
    });
  });

  it('reports a password-protected document as unsupported, saying why', async () => {
    expect(await readDocx(readFileSync(`${FIXTURES}/encrypted.docx`))).toEqual({
      ok: false,
      code: 'unsupported',
      message: DOCX_MESSAGES.encrypted,
    });
  });
});
