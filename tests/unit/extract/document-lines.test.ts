// Tables cut by page breaks, in the document lines of paged formats: a value row atop the next page is
// the table's next row, a row the break cut in two is put back together, in ASCII and full-width figures.
import { describe, expect, it } from 'vitest';
import { documentLines } from '../../../src/main/extract/pdf/document-lines';
import type { PageBlock } from '../../../src/main/extract/pdf/page-layout';
import type { DocumentLine, TextPiece } from '../../../src/shared/document';

const EDGES = [50, 250, 300, 350];

const piece = (text: string, page: number, y: number): TextPiece => ({ text, source: { kind: 'pdf', page, bboxPt: [50, y, 350, y + 18] } });
const table = (page: number, y: number, rows: string[][]): PageBlock => ({
  kind: 'table',
  box: { x0: 50, y0: y, x1: 350, y1: y + 18 * rows.length },
  columnEdges: EDGES,
  rows: rows.map((row, i) => row.map((text) => piece(text, page, y + 18 * i))),
});
const text = (content: string, page: number, y: number): PageBlock => ({
  kind: 'text',
  box: { x0: 50, y0: y, x1: 350, y1: y + 18 },
  cells: [piece(content, page, y)],
});

const rows = (lines: DocumentLine[]) =>
  lines.filter((line) => line.table).map((line) => ({ ...line.table, texts: line.cells.map((cell) => cell.text) }));

describe.each([
  ['ASCII', ['0', '3', '12']],
  ['full-width', ['０', '３', '１２']],
])('documentLines with %s figures', (_, [zero, three, twelve]) => {
  it('keeps a value row atop the next page as the next row of the table whose header ended the page before', () => {
    const lines = documentLines([
      { blocks: [text('四、政府信息公开行政复议、行政诉讼情况', 1, 600), table(1, 640, [['', '结果维持', '结果纠正']]), text('-5-', 1, 780)] },
      { blocks: [table(2, 72, [[zero!, three!, twelve!]]), text('五、存在的主要问题及改进情况', 2, 100)] },
    ]);
    expect(rows(lines)).toEqual([
      { index: 0, row: 0, texts: ['', '结果维持', '结果纠正'] },
      { index: 0, row: 1, texts: [zero, three, twelve] },
    ]);
    expect(lines.find((line) => line.table?.row === 1)?.cells.map((cell) => cell.source.kind === 'pdf' && cell.source.page)).toEqual([2, 2, 2]);
  });

  it('puts back together a row whose label the break cut, its figures on the next page', () => {
    const lines = documentLines([
      { blocks: [table(1, 700, [['4.无正当理由大量反复申请', zero!, zero!], ['5.要求行政机关确认或重', '', '']]), text('-5-', 1, 780)] },
      { blocks: [table(2, 72, [['新出具已获取信息', three!, twelve!], ['（六）其他处理', zero!, zero!]])] },
    ]);
    expect(rows(lines).map(({ row, texts }) => ({ row, texts: texts.map((cell) => cell.replace(/\n/g, '')) }))).toEqual([
      { row: 0, texts: ['4.无正当理由大量反复申请', zero, zero] },
      { row: 1, texts: ['5.要求行政机关确认或重新出具已获取信息', three, twelve] },
      { row: 2, texts: ['（六）其他处理', zero, zero] },
    ]);
  });
});
