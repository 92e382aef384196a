// A report whose tables were typed as paragraphs, a tab between cells ("（二）部分公开（区分处理的，…）⇥5⇥1⇥0"),
// saved as .docx and as Word 97 .doc (LibreOffice, at test time). Cell by cell against the known values of the
// spaced copy it is made from, and no finding: the tabs separate cells as they do in a text file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_PARSE_OPTIONS, htmlToLines } from '../../../src/main/extract/html/html-to-lines';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import { convertDocxToPdf } from '../../fixtures/generator/convert-pdf';

const copies = join(__dirname, '../../fixtures/spaced-copies');
const truth = JSON.parse(await readFile(join(copies, 'cells.json'), 'utf8')) as Record<string, number>;

/** The spaced copy as Word paragraphs, each space in the tables typed as a tab (twice after a label, for alignment). */
async function tabTypedDocx(): Promise<Buffer> {
  const lines = (await readFile(join(copies, 'row-and-figures.txt'), 'utf8')).split('\n');
  const [from, to] = [lines.indexOf('第二十条第（一）项'), lines.indexOf('五、存在的主要问题及改进情况')];
  const paragraphs = lines.map((line, i) => {
    if (i < from || i >= to) return new Paragraph({ children: [new TextRun(line)] });
    const [label, ...rest] = line.split(' ');
    const children = [
      new Tab(),
      label!,
      ...rest.flatMap((cell, j) => (j === 0 ? [new Tab(), new Tab(), cell] : [new Tab(), cell])),
    ];
    return new Paragraph({ children: [new TextRun({ children })] });
  });
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-word-tabs-'));
  await writeFile(join(dir, 'tabs.docx'), await tabTypedDocx());
  await convertDocxToPdf([join(dir, 'tabs.docx')], dir, {
    target: { convertTo: 'doc:MS Word 97', extension: 'doc' },
  });
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a Word report with its tables typed as tab-separated paragraphs', () => {
  it.each(['tabs.docx', 'tabs.doc'])('%s: every cell as the report has it, and no finding', async (name) => {
    const analysis = await analyzeFile(name, new Uint8Array(await readFile(join(dir, name))));
    if (!analysis.ok) throw new Error(analysis.error);
    const cells = Object.fromEntries(Object.keys(truth).map((id) => [id, analysis.report.cells[id]?.value]));
    expect(cells).toEqual(truth);
    expect(analysis.findings).toEqual([]);
  });
});

describe('tabs in the HTML the readers walk', () => {
  const cellsOf = (html: string, wordTabs: boolean) =>
    htmlToLines(parse(html, HTML_PARSE_OPTIONS), 'body', wordTabs).map((line) =>
      line.cells.map((cell) => cell.text),
    );

  it('in a Word document separate cells after the first text; tabs in front indent, several count as one', () => {
    expect(cellsOf('<p>\t规章\t\t2\t1 \t15\t</p><p>\t一、总体情况</p>', true)).toEqual([
      ['规章', '2', '1', '15'],
      ['一、总体情况'],
    ]);
  });

  it('in a Word table cell, or in a web page, are spaces', () => {
    expect(cellsOf('<table><tr><td>规章\t2</td><td>1</td></tr></table>', true)).toEqual([['规章 2', '1']]);
    expect(cellsOf('<p>规章\t2\t1\t15</p>', false)).toEqual([['规章 2 1 15']]);
  });
});
