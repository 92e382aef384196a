import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentLine } from '../../../src/shared/document';
import { resolveElementPath } from '../../../src/main/extract/html/element-path';
import { declaredCharset, parseHtmlPage, readHtml } from '../../../src/main/extract/html/read-html';
import { realDir } from '../../shared-data';

const REAL_PAGE = `${realDir}/shuyang-fgj-2023.html`;
const FIXTURES = 'tests/fixtures/readers';

async function linesOf(bytes: Uint8Array): Promise<DocumentLine[]> {
  const result = await readHtml(bytes);
  if (!result.ok) throw new Error(result.message);
  expect(result.document.format).toBe('html');
  return result.document.lines;
}

const texts = (line: DocumentLine | undefined): string[] => line?.cells.map((cell) => cell.text) ?? [];
const tableLines = (lines: DocumentLine[], index: number): DocumentLine[] =>
  lines.filter((line) => line.table?.index === index);
const allText = (lines: DocumentLine[]): string => lines.flatMap(texts).join('\n');

/** Each cell's path names an element of the page whose text contains the cell's text. */
function expectPathsResolve(lines: DocumentLine[], bytes: Uint8Array): void {
  const body = parseHtmlPage(bytes);
  for (const cell of lines.flatMap((line) => line.cells)) {
    if (cell.source.kind !== 'element') throw new Error('element provenance expected');
    const element = resolveElementPath(body, cell.source.path);
    expect(element, cell.source.path).toBeDefined();
    const squash = (text: string): string => text.replace(/\s+/g, '');
    expect(squash(element?.text ?? '')).toContain(squash(cell.text));
  }
}

describe('readHtml on a real portal page (沭阳县发改局 2023, UTF-8, Word-made tables)', () => {
  const bytes = readFileSync(REAL_PAGE);

  it('finds the declared charset', () => {
    expect(declaredCharset(bytes)?.toLowerCase()).toBe('utf-8');
  });

  it('reads table 三 with blank legal-person cells kept blank and columns aligned', async () => {
    const lines = await linesOf(bytes);
    const table = tableLines(lines, 2);
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
    const received = table.find((line) => line.cells[0]?.text === '一、本年新收政府信息公开申请数量');
    expect(texts(received)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '',
      '',
      '26',
      '',
      '',
      '',
      '',
      '',
      '26',
    ]);
    expect(received?.table).toEqual({ index: 2, row: 3 });
    const secret = table.find((line) => line.cells[2]?.text === '1.属于国家秘密');
    expect(texts(secret)).toEqual(['', '（三）不予公开', '1.属于国家秘密', '0', '', '', '', '', '', '0']);
    expect(table.every((line) => line.cells.length === 10)).toBe(true);
  });

  it('reads tables in reading order between the section titles', async () => {
    const lines = await linesOf(bytes);
    const at = (text: string): number => lines.findIndex((line) => line.cells[0]?.text === text);
    const firstRowOf = (index: number): number => lines.findIndex((line) => line.table?.index === index);
    expect(texts(lines[firstRowOf(0)])).toEqual([
      '名称',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
      '',
      '',
    ]);
    expect(at('二、主动公开政府信息情况')).toBeLessThan(firstRowOf(1));
    expect(firstRowOf(1)).toBeLessThan(at('三、收到和处理政府信息公开申请情况'));
    expect(at('三、收到和处理政府信息公开申请情况')).toBeLessThan(firstRowOf(2));
    expect(firstRowOf(3)).toBeLessThan(at('五、存在的主要问题及整改措施'));
    expect(texts(tableLines(lines, 3)[3])).toEqual([
      '0',
      '0',
      '0',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(lines.some((line) => texts(line).join() === '2024年1月17日')).toBe(true);
  });

  it('leaves out scripts, styles and the head', async () => {
    const text = allText(await linesOf(bytes));
    expect(text).not.toContain('function time');
    expect(text).not.toContain('border-collapse');
    expect(text).not.toContain('websiteId');
  });

  it('gives every cell a path that resolves in the page', async () => {
    expectPathsResolve(await linesOf(bytes), bytes);
  });

  it('inline runs join without spaces; a paragraph is one line', async () => {
    const lines = await linesOf(bytes);
    const intro = lines.find((line) =>
      line.cells[0]?.text.startsWith('根据《中华人民共和国政府信息公开条例》'),
    );
    expect(intro?.cells[0]?.text).toContain('统计时限为2023年1月1日至2023年12月31日。');
    expect(intro?.cells[0]?.source).toEqual({
      kind: 'element',
      path: expect.stringMatching(/ucapcontent\[1\]\/p\[1\]$/),
    });
  });
});

describe('readHtml on a GBK page with a layout table', () => {
  const bytes = readFileSync(`${FIXTURES}/gbk-layout.html`);

  it('decodes GB2312 from <meta http-equiv>', async () => {
    expect(declaredCharset(bytes)).toBe('gb2312');
    const lines = await linesOf(bytes);
    expect(lines.some((line) => line.cells[0]?.text === '某某局2023年政府信息公开工作年度报告')).toBe(true);
  });

  it('flattens the layout table and keeps the data table inside it', async () => {
    const lines = await linesOf(bytes);
    expect(lines.filter((line) => !line.table).map((line) => line.cells[0]?.text)).toEqual([
      '首页',
      '信息公开',
      '某某局2023年政府信息公开工作年度报告',
      '　　根据《中华人民共和国政府信息公开条例》\u00a0要求&规定，编制本报告。',
      '一、总体情况',
      '本年度共收到申请5件。',
      '第二行文字',
      '1.列表项',
      '三、收到和处理政府信息公开申请情况',
      '六、其他需要报告的事项',
    ]);
    expect(tableLines(lines, 0).map(texts)).toEqual([
      ['（本列数据的勾稽关系）', '', '', '申请人情况', '', ''],
      ['', '', '', '自然人', '法人或其他组织', '总计'],
      ['一、本年新收政府信息公开申请数量', '', '', '5', '\u00a0', '5'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0', '', '0'],
      ['', '', '2.其他法律行政法规禁止公开', '　0', '', '0'],
    ]);
    expect(lines.some((line) => line.table && line.table.index > 0)).toBe(false);
  });

  it('drops script, noscript, title and hidden elements', async () => {
    const text = allText(await linesOf(bytes));
    for (const hidden of ['脚本', '请启用脚本', '隐藏内容', 'border']) expect(text).not.toContain(hidden);
  });

  it('points filler cells of merged cells at the merged cell', async () => {
    const lines = await linesOf(bytes);
    const [header, second] = tableLines(lines, 0);
    const base = 'body/table[1]/tr[1]/td[2]/table[1]';
    expect(header?.cells.map((cell) => cell.source)).toEqual(
      ['tr[1]/td[1]', 'tr[1]/td[1]', 'tr[1]/td[1]', 'tr[1]/td[2]', 'tr[1]/td[2]', 'tr[1]/td[2]'].map(
        (path) => ({ kind: 'element', path: `${base}/${path}` }),
      ),
    );
    expect(second?.cells[0]?.source).toEqual({ kind: 'element', path: `${base}/tr[1]/td[1]` });
    expectPathsResolve(lines, bytes);
  });

  it('falls back to GB18030 when no charset is declared and UTF-8 fails', async () => {
    const lines = await linesOf(readFileSync(`${FIXTURES}/gbk-undeclared.html`));
    expect(lines.map(texts)).toEqual([['未声明编码的页面：行政复议0件。']]);
  });
});

describe('readHtml table edge cases', () => {
  const bytes = readFileSync(`${FIXTURES}/spans.html`);

  it('numbers rows across thead/tbody and stops rowspans at the end of their section', async () => {
    const lines = await linesOf(bytes);
    const table = tableLines(lines, 0);
    expect(table.map(texts)).toEqual([
      ['行政复议', '', '备注'],
      ['结果维持', '总计', '见说明'],
      ['1', '', ''],
      ['2', '3', ''],
      ['4', '5'],
      ['', '6'],
    ]);
    expect(table.map((line) => line.table?.row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(table[0]?.cells.map((cell) => cell.source)).toEqual(
      ['th[1]', 'th[1]', 'th[2]'].map((cell) => ({ kind: 'element', path: `body/table[1]/tr[1]/${cell}` })),
    );
    expect(table[5]?.cells[1]?.source).toEqual({ kind: 'element', path: 'body/table[1]/tr[6]/td[1]' });
    expectPathsResolve(lines, bytes);
  });

  it('reads a single-column table as paragraphs and <pre> line by line', async () => {
    const lines = await linesOf(bytes);
    const rest = lines.filter((line) => !line.table).map(texts);
    expect(rest).toEqual([['表四'], ['单列表格只是版式'], ['第二段'], ['第一行\t甲'], ['第二行']]);
  });
});
