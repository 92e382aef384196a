// Table 四's fifteen figures: found among the other numbers of its part of the report, with the marks
// of a scan's reading, or left blank in a real table. What the reviewer sees: each cell and the notes.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument, TextPiece } from '../../../src/shared/document';
import type { ExtractedReport } from '../../../src/shared/report';

type Cells = (string | TextPiece)[];

/** A 2021 report whose table 四 part holds `appealLines` (a line with `table: true` is a real table's row). */
function report(appealLines: { cells: Cells; table?: boolean }[]): SourceDocument {
  let offset = 0;
  const line = ({ cells, table }: { cells: Cells; table?: boolean }, row: number): DocumentLine => ({
    cells: cells.map((cell) => {
      const text = typeof cell === 'string' ? cell : cell.text;
      const source = { kind: 'text' as const, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return typeof cell === 'string' ? { text, source } : { ...cell, source };
    }),
    ...(table ? { table: { index: 1, row } } : {}),
  });
  return {
    format: 'docx',
    lines: [
      { cells: ['某县商务局2023年政府信息公开工作年度报告'] },
      { cells: ['三、收到和处理政府信息公开申请情况'] },
      { cells: ['本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'] },
      { cells: ['四、政府信息公开行政复议、行政诉讼情况'] },
      ...appealLines,
      { cells: ['五、存在的主要问题及改进情况'] },
    ].map(line),
  };
}

const ids = ['review', 'suitDirect', 'suitAfterReview'].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => `appeals.${group}.${column}`),
);
const values = (parsed: ExtractedReport) => ids.map((id) => parsed.cells[id]?.value);
const figures = ['1', '0', '0', '0', '1', '0', '2', '0', '0', '2', '0', '0', '0', '1', '1'];
const header = { cells: ['行政复议', '行政诉讼'] };
const columns = { cells: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] };

describe('table 四’s figures', () => {
  it('are the longest run of figures: a page number in the part is not one of them', () => {
    const parsed = parseReport(
      report([header, columns, { cells: figures }, { cells: ['第 7 页'] }, { cells: ['7'] }]),
    );
    expect(values(parsed)).toEqual(figures.map(Number));
    expect(parsed.findings).toEqual([]);
  });

  it('are read across the characters of a vertical header standing between them', () => {
    const parsed = parseReport(
      report([
        header,
        columns,
        { cells: [...figures.slice(0, 5), '诉', ...figures.slice(5)] },
        { cells: ['说明文字', '3'] },
      ]),
    );
    expect(values(parsed)).toEqual(figures.map(Number));
  });

  it('keep how sure a scan’s reading was', () => {
    const read = (text: string, confidence: number): TextPiece => ({
      text,
      source: { kind: 'text', start: 0, end: 0 },
      ocr: { confidence },
    });
    const parsed = parseReport(
      report([header, columns, { cells: figures.map((figure, i) => read(figure, i === 0 ? 0.5 : 0.95)) }]),
    );
    expect(parsed.cells['appeals.review.upheld']).toMatchObject({
      value: 1,
      raw: '1',
      reading: { kind: 'ocr', uncertain: true },
    });
    expect(parsed.cells['appeals.review.total']).toMatchObject({
      value: 1,
      reading: { kind: 'ocr', uncertain: false },
    });
  });

  it('of a real table left blank are fifteen blank cells, each found in its own place, with no note', () => {
    const parsed = parseReport(
      report([
        { cells: ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''], table: true },
        { cells: [...columns.cells, ...columns.cells, ...columns.cells], table: true },
        { cells: Array<string>(15).fill(''), table: true },
      ]),
    );
    expect(values(parsed)).toEqual(Array(15).fill(null));
    const starts = ids.map((id) => {
      const source = parsed.cells[id]?.source;
      return source?.kind === 'text' ? source.start : undefined;
    });
    expect(new Set(starts).size).toBe(15);
    const texts = ids.map((id) => {
      const source = parsed.cells[id]?.source;
      return source?.kind === 'text' ? source.end - source.start : undefined;
    });
    expect(texts, 'each source is an empty cell').toEqual(Array(15).fill(0));
    for (const id of ids) expect(parsed.cells[id]?.raw, id).toBe('');
    expect(parsed.findings).toEqual([]);
  });

  it('written as marks in a real table are blank cells, each found at its own mark, and the note quotes the mark', () => {
    const parsed = parseReport(
      report([header, columns, { cells: Array<string>(15).fill('/'), table: true }]),
    );
    expect(values(parsed)).toEqual(Array(15).fill(null));
    for (const id of ids) expect(parsed.cells[id]?.raw, id).toBe('/');
    const starts = ids.map((id) => {
      const source = parsed.cells[id]?.source;
      return source?.kind === 'text' ? source.start : undefined;
    });
    expect(new Set(starts).size).toBe(15);
    expect(parsed.findings).toEqual([]);
    const blank = checkReport(parsed).filter((finding) => finding.rule === 'cells.blank');
    expect(blank.map((finding) => finding.message)).toEqual([
      '漏填：表四 行政复议 整行未填数字（填写为“/”），没有发生的应填 0。',
      '漏填：表四 行政诉讼·未经复议直接起诉 整行未填数字（填写为“/”），没有发生的应填 0。',
      '漏填：表四 行政诉讼·复议后起诉 整行未填数字（填写为“/”），没有发生的应填 0。',
    ]);
  });

  it('left blank in the first cell of a real table’s row keep that cell blank and the others read', () => {
    const written = ['', ...figures.slice(1)];
    const parsed = parseReport(report([header, columns, { cells: written, table: true }]));
    expect(values(parsed)).toEqual([null, ...figures.slice(1).map(Number)]);
    expect(parsed.findings).toEqual([]);
  });

  /** Table 四 as three blocks of five in a real table, each under its heading (merged over the block's empty cells). */
  const blocks = (written: string[]) =>
    ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].flatMap((heading, i) => [
      { cells: [heading, '', '', '', ''], table: true },
      { ...columns, table: true },
      { cells: written.slice(i * 5, i * 5 + 5), table: true },
    ]);

  it('standing in three blocks of five in a real table, each under its own heading, are all read', () => {
    const parsed = parseReport(report(blocks(figures)));
    expect(values(parsed)).toEqual(figures.map(Number));
    expect(parsed.findings).toEqual([]);
  });

  it('written as marks in three blocks of five are blank cells, each holding its mark', () => {
    const parsed = parseReport(report(blocks(Array<string>(15).fill('-'))));
    for (const id of ids) expect(parsed.cells[id], id).toMatchObject({ value: null, raw: '-' });
    expect(parsed.findings).toEqual([]);
  });

  it('are not replaced by a figure of a note written after the table', () => {
    const parsed = parseReport(
      report([header, columns, { cells: figures }, { cells: ['注：复议案件中', '1', '件为上年结转案件'] }]),
    );
    expect(values(parsed)).toEqual(figures.map(Number));
    expect(parsed.findings).toEqual([]);
  });

  const lastYear = ['2', '0', '0', '0', '2', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'];
  it.each([
    ['at the end of the part', []],
    ['followed by a remark', [{ cells: ['同比增加。'] }]],
  ])('are this year’s row when last year’s row of the same length follows, %s', (_, after) => {
    const parsed = parseReport(
      report([header, columns, { cells: figures }, { cells: ['上年同期'] }, { cells: lastYear }, ...after]),
    );
    expect(values(parsed)).toEqual(figures.map(Number));
  });
});

describe('table 四’s cells, as the reviewer reads them', () => {
  it('are fifteen empty cells, found nowhere, when the part holds no figures', () => {
    const parsed = parseReport(report([header, columns, { cells: ['本年度未发生行政复议、行政诉讼。'] }]));
    for (const id of ids) expect(parsed.cells[id], id).toEqual({ value: null, raw: '' });
  });

  it('skip a figure of a note standing before the row', () => {
    const parsed = parseReport(report([{ cells: ['附件', '2'] }, header, columns, { cells: figures }]));
    expect(values(parsed)).toEqual(figures.map(Number));
  });

  it('keep their figure without the spaces around it, and a mark among the figures is a blank cell', () => {
    const written = [' 1 ', '－', ...figures.slice(2)];
    const parsed = parseReport(report([header, columns, { cells: written, table: true }]));
    expect(parsed.cells['appeals.review.upheld']).toMatchObject({ value: 1, raw: '1' });
    expect(parsed.cells['appeals.review.corrected']?.value).toBeNull();
  });

  it('too few to place are left empty, each pointing at the row, with a note', () => {
    const parsed = parseReport(report([header, columns, { cells: figures.slice(0, 7) }]));
    for (const id of ids) expect(parsed.cells[id], id).toMatchObject({ value: null, raw: '' });
    expect(parsed.cells['appeals.review.upheld']?.source).toBeDefined();
    expect(parsed.findings.map((finding) => finding.rule)).toContain('structure.unplaced');
  });
});
