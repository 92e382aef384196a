// The statutory tables stand in the form's order (二, 三, 四): in a copy without section headings, a
// later table is looked for after the tables found before it, so a word of table 三 or 四 mentioned in
// section 一 does not move a table's start, a sentence is no table's header, and sections 五 and 六 hold no table.
import { describe, expect, it } from 'vitest';
import type { ExtractedReport } from '../../../src/shared/report';
import { parseText } from './parse-text';

/** A text copy read by the text reader: one line per array of cells, cells separated by tabs. */
const copy = (lines: string[][]): Promise<ExtractedReport> => parseText(lines.map((cells) => cells.join('\t')).join('\n'));

const title = ['某县商务局2023年政府信息公开工作年度报告'];
const activeTable = [['第二十条第（一）项'], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '2']];
const requestsTable = [
  ['本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
  ['（一）予以公开', '2', '0', '0', '0', '0', '0', '2'],
];
const appealsTable = [
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
];
const appealValues = (report: ExtractedReport) =>
  ['review', 'suitDirect', 'suitAfterReview'].flatMap((group) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) => report.cells[`appeals.${group}.${column}`]?.value),
  );

describe('tables in the form’s order, in a copy without section headings', () => {
  it('does not take table 四 for rows of table 二 when section 一 mentions 行政复议 and table 三 is missing', async () => {
    const report = await copy([title, ['本年度发生行政复议1件。'], ...activeTable, ...appealsTable]);
    expect(report.cells['active.rules.inForce']?.value).toBe(2);
    expect(report.extraRows).toEqual([]);
    expect(appealValues(report)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('does not start table 三 at a mention of 本年新收 in section 一, before table 二', async () => {
    const report = await copy([title, ['本年新收政府信息公开申请12件。'], ...activeTable, ...requestsTable, ...appealsTable]);
    expect(report.extraRows).toEqual([]);
    expect(report.cells['requests.granted.total']?.value).toBe(2);
    expect(report.findings).toEqual([]);
  });

  it('does not start table 四 at a mention of 行政复议 in section 一, before table 三', async () => {
    const report = await copy([title, ['本年度发生行政复议1件。'], ...activeTable, ...requestsTable, ...appealsTable]);
    expect(report.cells['requests.total.total']?.value).toBeNull();
    expect(report.findings).toEqual([]);
    expect(appealValues(report)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('does not start table 二 at a long sentence citing 第二十条', async () => {
    // Section 一 cites the article, then lists last year's figures in a line that reads like a row of table 二.
    const sentence = '按照《中华人民共和国政府信息公开条例》第二十条的规定，本机关主动公开了规章、行政规范性文件、行政许可、行政处罚等信息，具体如下。';
    expect(sentence.length).toBeGreaterThan(60);
    const report = await copy([title, [sentence], ['规章', '3', '0', '5'], ...activeTable, ...requestsTable]);
    expect(report.cells['active.rules.issued']?.value).toBe(0);
    expect(report.cells['active.rules.inForce']?.value).toBe(2);
  });
});

describe('tables in the form’s order, with section headings', () => {
  it('reads no table 四 from sections 五 and 六 when the table is missing and section 五 mentions 行政复议', async () => {
    const report = await copy([
      title,
      ['二、主动公开政府信息情况'],
      ...activeTable,
      ['三、收到和处理政府信息公开申请情况'],
      ...requestsTable,
      ['五、存在的主要问题及改进情况'],
      ['本年度未发生行政复议。'],
      ['六、其他需要报告的事项'],
      ['收取信息处理费', '0'],
    ]);
    expect(report.cells['requests.granted.total']?.value).toBe(2);
    expect(appealValues(report).every((value) => value === null)).toBe(true);
    expect(report.findings).toEqual([]);
  });
});
