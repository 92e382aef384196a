import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentLine } from '../../../src/shared/document';
import { decodeText } from '../../../src/main/extract/text/decode-text';
import { readText, textToLines } from '../../../src/main/extract/text/read-text';
import { realDir, seedsDir } from '../../shared-data';

const SEEDS = seedsDir;
const REAL = realDir;
const FIXTURES = 'tests/fixtures/readers';

async function linesOf(path: string): Promise<DocumentLine[]> {
  const result = await readText(readFileSync(path));
  if (!result.ok) throw new Error(result.message);
  expect(result.document.format).toBe('txt');
  return result.document.lines;
}

const texts = (line: DocumentLine | undefined): string[] => line?.cells.map((cell) => cell.text) ?? [];
const findLine = (lines: DocumentLine[], first: string): DocumentLine | undefined =>
  lines.find((line) => line.cells.some((cell) => cell.text === first));

/** Every cell's offsets slice the decoded text back to the cell's text. */
function expectOffsetsSliceBack(lines: DocumentLine[], decoded: string): void {
  for (const cell of lines.flatMap((line) => line.cells)) {
    if (cell.source.kind !== 'text') throw new Error('text provenance expected');
    expect(decoded.slice(cell.source.start, cell.source.end)).toBe(cell.text);
  }
}

describe('readText on the seeds', () => {
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));

  it.each(seeds)('%s: offsets slice back to every cell', async (name) => {
    const path = `${SEEDS}/${name}`;
    const lines = await linesOf(path);
    expect(lines.length).toBeGreaterThan(50);
    expectOffsetsSliceBack(lines, readFileSync(path, 'utf8'));
  });

  it('001: tab rows keep every cell, empty ones as ""', async () => {
    const lines = await linesOf(`${SEEDS}/001_183d9a740fa2d1ad.txt`);
    expect(texts(findLine(lines, '一、本年新收政府信息公开申请数量'))).toEqual([
      '一、本年新收政府信息公开申请数量',
      '',
      '2',
      '0',
      '0',
      '0',
      '0',
      '2',
      '',
    ]);
    expect(texts(findLine(lines, '自'))).toEqual(['', '自', '法人或其他组织', '总']);
    expect(texts(findLine(lines, '政府集中采购'))).toEqual(['政府集中采购', '2', '317.7 万元', '']);
    expect(texts(findLine(lines, '一、总体情况'))).toEqual(['一、总体情况']);
  });

  it('004: a row cut by a page keeps its label pieces in separate cells', async () => {
    const lines = await linesOf(`${SEEDS}/004_ca9055e41dfea331.txt`);
    expect(texts(findLine(lines, '2.其他法律法规禁止公开'))).toEqual([
      '公开',
      '2.其他法律法规禁止公开',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '',
    ]);
    expect(texts(findLine(lines, '(一) 予以公开'))).toEqual([
      '三、本年度办理结果',
      '(一) 予以公开',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('003: one cell per line with a trailing " |" becomes a one-cell line without the pipe', async () => {
    const lines = await linesOf(`${SEEDS}/003_ccaddad691bcdd6a.txt`);
    const start = lines.findIndex((line) => line.cells[0]?.text === '第二十条第(一)项');
    expect(lines.slice(start, start + 7).map(texts)).toEqual([
      ['第二十条第(一)项'],
      ['信息内容'],
      ['本年新 制作数量'],
      ['本年新 公开数量'],
      ['对外公开总数量'],
      ['规章'],
      ['0'],
    ]);
    expect(lines.every((line) => line.cells.every((cell) => !cell.text.endsWith('|')))).toBe(true);
  });

  it('002: tab-indented paragraphs are one-cell lines, full-width spaces kept', async () => {
    const path = `${SEEDS}/002_73a49c1d9e8bef42.txt`;
    const lines = await linesOf(path);
    const label = findLine(lines, '规章');
    expect(texts(label)).toEqual(['规章']);
    const source = label?.cells[0]?.source;
    expect(source?.kind === 'text' && readFileSync(path, 'utf8')[source.start - 1]).toBe('\t');
    expect(lines.some((line) => texts(line).join() === '　　0')).toBe(true);
  });
});

describe('readText on Markdown', () => {
  it.each(['shanghai-office-2025.md', 'shanghai-stcsm-2024.md', 'shuyang-county-2025.md'])(
    '%s: offsets slice back',
    async (name) => {
      const path = `${REAL}/${name}`;
      expectOffsetsSliceBack(await linesOf(path), readFileSync(path, 'utf8'));
    },
  );

  it('pipe rows become cells; separator rows are dropped; headings lose their #', async () => {
    const lines = await linesOf(`${REAL}/shanghai-office-2025.md`);
    expect(texts(findLine(lines, '一、本年新收政府信息公开申请数量'))).toEqual([
      '一、本年新收政府信息公开申请数量',
      '1259',
      '36',
      '0',
      '0',
      '0',
      '0',
      '1295',
    ]);
    expect(lines.some((line) => line.cells.some((cell) => /^-{3,}$/.test(cell.text)))).toBe(false);
    expect(findLine(lines, '表二：主动公开政府信息情况')?.cells).toHaveLength(1);
    expect(lines.some((line) => line.cells.some((cell) => cell.text.startsWith('#')))).toBe(false);
  });

  it('keeps inner and trailing empty cells, and "-" cells as data', async () => {
    const stcsm = await linesOf(`${REAL}/shanghai-stcsm-2024.md`);
    expect(texts(findLine(stcsm, '一、本年新收政府信息公开申请数量'))).toEqual([
      '一、本年新收政府信息公开申请数量',
      '32',
      '2',
      '0',
      '0',
      '0',
      '0',
      '34',
      '',
    ]);
    const county = await linesOf(`${REAL}/shuyang-county-2025.md`);
    expect(county.some((line) => texts(line).join('|') === '-|-|-|-|-')).toBe(true);
  });

  it('UTF-8 with BOM: offsets count from after the BOM', async () => {
    const lines = await linesOf(`${FIXTURES}/utf8-bom.md`);
    expect(lines.map(texts)).toEqual([
      ['某某局年度报告'],
      ['一、总体情况'],
      ['信息内容', '本年制发件数', '本年废止件数'],
      ['规章', '', '3'],
      ['-', '-', '-'],
    ]);
    expect(lines[0]?.cells[0]?.source).toEqual({ kind: 'text', start: 2, end: 9 });
    const blank = lines[3]?.cells[1]?.source;
    expect(blank?.kind === 'text' && blank.start === blank.end).toBe(true);
    const decoded = readFileSync(`${FIXTURES}/utf8-bom.md`, 'utf8').replace(/^\uFEFF/, '');
    expectOffsetsSliceBack(lines, decoded);
  });
});

describe('decoding and splitting', () => {
  it('reads GB18030 text, including characters outside GBK, with CRLF lines', async () => {
    const lines = await linesOf(`${FIXTURES}/gb18030.txt`);
    expect(lines.map(texts)).toEqual([
      ['政府信息公开工作年度报告'],
      ['一、总体情况'],
      ['㐀字在 GBK 之外'],
      ['规章', '0', '0', '0'],
    ]);
    expectOffsetsSliceBack(lines, decodeText(readFileSync(`${FIXTURES}/gb18030.txt`)).text);
  });

  it('chooses UTF-8 when it decodes, GB18030 otherwise', () => {
    const utf8 = new TextEncoder().encode('收到申请5件');
    expect(decodeText(utf8)).toEqual({ text: '收到申请5件', encoding: 'utf-8' });
    const gbk = Uint8Array.from([0xca, 0xd5, 0xb5, 0xbd, 0xc9, 0xea, 0xc7, 0xeb]); // 收到申请 in GBK
    expect(decodeText(gbk)).toEqual({ text: '收到申请', encoding: 'gb18030' });
    expect(decodeText(gbk, 'GB2312').encoding).toBe('gb18030');
    expect(decodeText(gbk, 'iso-8859-1').encoding).toBe('gb18030');
  });

  it('prefers clean UTF-8 over a wrong declaration, and decodes UTF-16 with a BOM', () => {
    expect(decodeText(new TextEncoder().encode('收到申请'), 'gb2312')).toEqual({
      text: '收到申请',
      encoding: 'utf-8',
    });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('年报', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text: '年报', encoding: 'utf-16le' });
  });

  it('keeps a long UTF-8 file with one damaged byte as UTF-8', () => {
    const good = new TextEncoder().encode('政府信息公开工作年度报告'.repeat(20));
    const damaged = Uint8Array.from([...good, 0xff]);
    expect(decodeText(damaged).encoding).toBe('utf-8');
  });

  it('splits on \\r, \\n and \\r\\n, drops blank lines, handles escaped pipes', () => {
    const text = 'a\rb\n\n  \r\n| x\\|y |  | z |\n|:---|---:|\nc\td';
    expect(textToLines(text).map(texts)).toEqual([['a'], ['b'], ['x\\|y', '', 'z'], ['c', 'd']]);
    expectOffsetsSliceBack(textToLines(text), text);
  });
});
