// The PDF reader on real reports (WPS-made, text layer, ruled tables cut by page breaks, vertical
// labels), on small PDFs written here, and on broken input: scan, truncated, encrypted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLine, SourceDocument, TextPiece } from '../../../src/shared/document';
import { readPdf } from '../../../src/main/extract/pdf/read-pdf';

const realDir = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
const fixtureDir = fileURLToPath(new URL('../../fixtures/pdf/', import.meta.url));
const realPdf = (name: string): Uint8Array => new Uint8Array(readFileSync(`${realDir}${name}.pdf`));

async function readOk(bytes: Uint8Array): Promise<SourceDocument> {
  const result = await readPdf(bytes);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.document;
}

const texts = (line: DocumentLine): string[] => line.cells.map((cell) => cell.text);

/** The line with a cell whose text is exactly `label`. */
function lineWith(document: SourceDocument, label: string): DocumentLine {
  const line = document.lines.find((candidate) => candidate.cells.some((cell) => cell.text === label));
  if (!line) throw new Error(`no line with the cell "${label}"`);
  return line;
}

/** The non-empty cells after the cell `label` on its line. */
function valuesAfter(document: SourceDocument, label: string): string[] {
  const cells = texts(lineWith(document, label));
  return cells.slice(cells.indexOf(label) + 1).filter((text) => text !== '');
}

const pageOf = (piece: TextPiece): number => (piece.source.kind === 'pdf' ? piece.source.page : NaN);

function expectBoxesOnPages(document: SourceDocument): void {
  for (const line of document.lines) {
    for (const cell of line.cells) {
      expect(cell.source.kind).toBe('pdf');
      if (cell.source.kind !== 'pdf') continue;
      const page = document.pages?.[cell.source.page - 1];
      expect(page, `page ${cell.source.page} of "${cell.text}"`).toBeDefined();
      const [x0, y0, x1, y1] = cell.source.bboxPt;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeGreaterThanOrEqual(x0);
      expect(y1).toBeGreaterThanOrEqual(y0);
      expect(x1).toBeLessThanOrEqual(page!.widthPt + 0.01);
      expect(y1).toBeLessThanOrEqual(page!.heightPt + 0.01);
    }
  }
}

describe('readPdf on huaian-city-2024.pdf (6 pages, tables 二 and 三 cut by page breaks)', () => {
  let document: SourceDocument;
  beforeAll(async () => {
    document = await readOk(realPdf('huaian-city-2024'));
  });

  it('returns a PDF document with the size of every page', () => {
    expect(document.format).toBe('pdf');
    expect(document.pages).toHaveLength(6);
    for (const page of document.pages!) {
      expect(page.widthPt).toBeCloseTo(595, 0);
      expect(page.heightPt).toBeCloseTo(842, 0);
    }
  });

  it('keeps the sections in reading order', () => {
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    headings.push(
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    );
    const positions = headings.map((heading) => document.lines.indexOf(lineWith(document, heading)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(6);
  });

  it('reads a row of table 三 as one line: its label, then its 7 numbers left to right', () => {
    const row = lineWith(document, '一、本年新收政府信息公开申请数量');
    expect(row.table).toBeDefined();
    expect(valuesAfter(document, '一、本年新收政府信息公开申请数量')).toEqual([
      '3001',
      '53',
      '0',
      '0',
      '61',
      '4',
      '3119',
    ]);
    expect(valuesAfter(document, '二、上年结转政府信息公开申请数量')).toEqual([
      '34',
      '0',
      '0',
      '0',
      '0',
      '0',
      '34',
    ]);
    expect(valuesAfter(document, '四、结转下年度继续办理')).toEqual(['103', '0', '0', '0', '0', '0', '103']);
  });

  it('merges a label wrapped inside its cell with the numbers centred beside it', () => {
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';
    expect(valuesAfter(document, label)).toEqual(['447', '7', '0', '0', '0', '0', '454']);
  });

  it('keeps the vertical label and the spanning group label out of the number cells', () => {
    // "三、本年度办理结果" is written one character per line down a cell spanning the result rows.
    const first = texts(lineWith(document, '（一）予以公开'));
    expect(first[0]).toBe('三、本年度办理结果');
    expect(first.filter((text) => text !== '').slice(1)).toEqual([
      '（一）予以公开',
      '1288',
      '21',
      '0',
      '0',
      '50',
      '3',
      '1362',
    ]);
    const denied = texts(lineWith(document, '1.属于国家秘密')).filter((text) => text !== '');
    expect(denied).toEqual(['（三）不予公开', '1.属于国家秘密', '2', '0', '0', '0', '0', '0', '2']);
    // A spanned cell leaves an empty cell in the rows below, keeping the columns aligned.
    const next = texts(lineWith(document, '2.其他法律行政法规禁止公开'));
    expect(next.slice(0, 3)).toEqual(['', '', '2.其他法律行政法规禁止公开']);
    expect(next).toHaveLength(first.length);
  });

  it('continues table 三 across the page break with the same table index and counted rows', () => {
    const start = lineWith(document, '一、本年新收政府信息公开申请数量');
    const total = lineWith(document, '（七）总计');
    expect(pageOf(start.cells[0]!)).toBe(4);
    expect(pageOf(total.cells[0]!)).toBe(5);
    expect(total.table?.index).toBe(start.table?.index);
    expect(total.table!.row).toBeGreaterThan(start.table!.row);
    expect(valuesAfter(document, '（七）总计')).toEqual(['2932', '53', '0', '0', '61', '4', '3050']);
    const rows = document.lines
      .filter((line) => line.table?.index === start.table?.index)
      .map((line) => line.table!.row);
    expect(rows).toEqual(rows.map((_, i) => i));
  });

  it('reads table 四 as a row of 15 numbers', () => {
    const row = document.lines.find(
      (line) => line.table && line.cells.length === 15 && line.cells.every((cell) => /^\d+$/.test(cell.text)),
    );
    expect(row && texts(row)).toEqual([
      '72',
      '64',
      '178',
      '37',
      '351',
      '13',
      '4',
      '8',
      '1',
      '26',
      '12',
      '1',
      '1',
      '6',
      '20',
    ]);
  });

  it('reads table 二 rows, decimals included', () => {
    expect(valuesAfter(document, '规章')).toEqual(['1', '0', '11']);
    expect(valuesAfter(document, '行政规范性文件')).toEqual(['8', '26', '66']);
    expect(valuesAfter(document, '行政事业性收费')).toEqual(['96171.6']);
  });

  it('rebuilds running text as one line per visual line, and the page number as its own line', () => {
    const line = document.lines.find((candidate) =>
      candidate.cells[0]!.text.startsWith('本报告由淮安市人民政府办公室'),
    );
    expect(line && texts(line)).toEqual(['本报告由淮安市人民政府办公室根据《中华人民共和国政府']);
    expect(line?.table).toBeUndefined();
    expect(texts(lineWith(document, '- 4 -'))).toEqual(['- 4 -']);
  });

  it('gives every cell a box inside its page, origin top-left', () => {
    expectBoxesOnPages(document);
    const title = lineWith(document, '淮安市人民政府').cells[0]!;
    const pageNumber = lineWith(document, '- 1 -').cells[0]!;
    if (title.source.kind !== 'pdf' || pageNumber.source.kind !== 'pdf') throw new Error('not a PDF box');
    expect(title.source.page).toBe(1);
    expect(title.source.bboxPt[1]).toBeLessThan(pageNumber.source.bboxPt[1]);
  });
});

describe('readPdf on the 洪泽区 reports (WPS, vertical-font labels, bold labels)', () => {
  let report2023: SourceDocument;
  let report2024: SourceDocument;
  beforeAll(async () => {
    report2023 = await readOk(realPdf('huaian-hongze-2023'));
    report2024 = await readOk(realPdf('huaian-hongze-2024'));
  });

  it('reads the rows of table 三 with their numbers, damaged labels kept as written', () => {
    expect(valuesAfter(report2023, '一、本年新收政府信息公开申请数量')).toEqual([
      '21',
      '0',
      '0',
      '0',
      '0',
      '0',
      '21',
    ]);
    expect(valuesAfter(report2023, '2.其他法律行政止公开')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(valuesAfter(report2023, '（七）总计')).toEqual(['21', '0', '0', '0', '0', '0', '21']);
    expect(valuesAfter(report2024, '一、本年新收政府信息公开申请数量')).toEqual([
      '95',
      '0',
      '0',
      '0',
      '0',
      '0',
      '95',
    ]);
    expect(valuesAfter(report2024, '1.本机关不掌握相关政府信息')).toEqual([
      '31',
      '0',
      '0',
      '0',
      '0',
      '0',
      '31',
    ]);
  });

  it('keeps a blank cell of a row as an empty cell', () => {
    // 2024: the （六）其他处理 row has an empty cell between its label and its numbers.
    const row = texts(lineWith(report2024, '（六）其他处理'));
    const label = row.indexOf('（六）其他处理');
    expect(row[label + 1]).toBe('');
    expect(row.slice(label + 2)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  it('reads table 四 as one row of 15 numbers', () => {
    const row = (document: SourceDocument) =>
      document.lines.find(
        (line) =>
          line.table && line.cells.length === 15 && line.cells.every((cell) => /^\d+$/.test(cell.text)),
      );
    expect(texts(row(report2023)!)).toEqual([
      '10',
      '1',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '5',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(texts(row(report2024)!)).toEqual([
      '1',
      '1',
      '0',
      '0',
      '2',
      '1',
      '0',
      '0',
      '0',
      '1',
      '2',
      '0',
      '1',
      '0',
      '3',
    ]);
  });

  it('puts a vertical-font label in a cell of its own', () => {
    // pdf.js keeps only the first characters of this vertical label ("三、本年…"): the rest is lost to it.
    const row = texts(lineWith(report2023, '（一）予以公开'));
    expect(row[0]).toMatch(/^三、本/);
    expect(row.filter((text) => /^\d+$/.test(text))).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  it('gives every cell a box inside its page', () => {
    expect(report2023.pages).toHaveLength(5);
    expectBoxesOnPages(report2023);
    expectBoxesOnPages(report2024);
  });
});

describe('readPdf on PDFs written for the test', () => {
  it('finds a table drawn with thin filled rectangles under a transform, with a merged and a blank cell', async () => {
    // A 3 x 3 grid in Word's way (borders as filled rectangles), drawn shifted by a `cm`:
    // column 0 of rows 1 and 2 is one merged cell ("Group"), cell (2, 2) is blank.
    const rule = (x: number, y: number, w: number, h: number) => `${x} ${y} ${w} ${h} re f`;
    const grid = [
      ...[700, 680, 660, 640].map((y) => rule(0, y, 300, 0.5)).filter((_, i) => i !== 2),
      rule(100, 660, 200, 0.5), // the border between rows 1 and 2, but not in column 0
      ...[0, 100, 200, 300].map((x) => rule(x, 640, 0.5, 60.5)),
    ].join('\n');
    const text = (x: number, y: number, s: string) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
    const content = [
      'q 1 0 0 1 50 0 cm',
      grid,
      text(5, 686, 'Label'),
      text(105, 686, 'Count'),
      text(205, 686, 'Total'),
      text(5, 656, 'Group'),
      text(105, 666, '12'),
      text(205, 666, '34'),
      text(105, 646, '56'),
      'Q',
      text(50, 600, 'After the table'),
    ].join('\n');
    const document = await readOk(simplePdf(content));
    const rows = document.lines.filter((line) => line.table).map(texts);
    expect(rows).toEqual([
      ['Label', 'Count', 'Total'],
      ['Group', '12', '34'],
      ['', '56', ''],
    ]);
    expect(document.lines.map(texts).at(-1)).toEqual(['After the table']);
    const group = lineWith(document, 'Group').cells[0]!;
    // The merged cell's box spans both rows: from y = 842 - 680 to 842 - 640, shifted by the cm.
    expect(group.source.kind === 'pdf' && group.source.bboxPt.map(Math.round)).toEqual([50, 162, 150, 202]);
    expectBoxesOnPages(document);
  });

  it('splits a row without borders into cells at wide gaps', async () => {
    const content = ['BT /F1 10 Tf 50 700 Td (Requests received) Tj 200 0 Td (12) Tj 50 0 Td (3) Tj ET'].join(
      '\n',
    );
    const document = await readOk(simplePdf(content));
    expect(document.lines.map(texts)).toEqual([['Requests received', '12', '3']]);
    expect(document.lines[0]!.table).toBeUndefined();
  });

  it('measures a rotated page as displayed, boxes inside it', async () => {
    const document = await readOk(simplePdf('BT /F1 12 Tf 100 700 Td (Rotated page) Tj ET', 90));
    expect(document.pages).toEqual([{ widthPt: 842, heightPt: 595 }]);
    expect(document.lines.map(texts)).toEqual([['Rotated page']]);
    expectBoxesOnPages(document);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = simplePdf('BT /F1 12 Tf 100 700 Td (Hello) Tj ET');
    const copy = bytes.slice();
    await readOk(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('readPdf on files it cannot read', () => {
  it('says a scan without a text layer is a scan when OCR is off (--no-ocr)', async () => {
    const result = await readPdf(new Uint8Array(readFileSync(`${fixtureDir}scanned.pdf`)), { ocr: false });
    expect(result).toEqual({
      ok: false,
      code: 'scanned',
      message: '扫描件，无文字层：无法读取文字，请使用带文字层的 PDF',
    });
  });

  it('says a truncated or garbled PDF is corrupt', async () => {
    const bytes = realPdf('huaian-hongze-2023');
    for (const length of [2000, Math.floor(bytes.length / 2)]) {
      expect(await readPdf(bytes.subarray(0, length))).toEqual({
        ok: false,
        code: 'corrupt',
        message: 'PDF 文件已损坏或无法解析',
      });
    }
    const garbage = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n');
    expect(await readPdf(garbage)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('says an encrypted PDF needs its password removed', async () => {
    const result = await readPdf(new Uint8Array(readFileSync(`${fixtureDir}encrypted.pdf`)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('unsupported');
    expect(result.message).toContain('加密');
  });
});

/** A one-page PDF drawing `content` (ASCII), with Helvetica as /F1. */
function simplePdf(content: string, rotate = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
