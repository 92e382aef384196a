// Where a text copy whose cells ran together is cut into lines, and which of its lines are taken as the
// rows of tables 二 and 三: the bounds of each cut and of each table, the labels of the rows 3.其他 and
// （七）总计, and the longest figure a split may hold.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { cellValuesUnder, parseText } from './parse-text';

const ZEROS = '0000000';
const TITLE = '某县商务局2023年政府信息公开工作年度报告';
const TABLE2 =
  '第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件3 1 2其他主动公开文件7 0 12第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚12行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0';
const TABLE3 = `一、本年新收政府信息公开申请数量230000023二、上年结转政府信息公开申请数量${ZEROS}三、本年度办理结果（一）予以公开230000023（二）部分公开${ZEROS}（七）总计230000023四、结转下年度继续办理${ZEROS}`;
const TABLE4 = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计100010000000000';

/** The whole report on one line, as a portal's text copy gives it. */
const oneLine = (overview: string): string =>
  [
    TITLE,
    `一、总体情况${overview}`,
    `二、主动公开政府信息情况${TABLE2}`,
    `三、收到和处理政府信息公开申请情况${TABLE3}`,
    `四、政府信息公开行政复议、行政诉讼情况${TABLE4}`,
    '五、存在的主要问题及改进情况一是2023年公开不够及时。六、其他需要报告的事项无。',
    '某县商务局2024年1月20日',
  ].join('');

/** A viewer's copy, one line a table row: table 三's rows from its first, figures run together; table 四's header one cell a line. */
const OTHER_ROWS = [
  `1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请${ZEROS}`,
  `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请${ZEROS}`,
];
const requestRows = (first = '一、本年新收政府信息公开申请数量240000024', other = '3.其他1000001'): string[] => [
  first,
  `二、上年结转政府信息公开申请数量${ZEROS}`,
  '（一）予以公开230000023',
  ...OTHER_ROWS,
  other,
  '（七）总计240000024',
  `四、结转下年度继续办理${ZEROS}`,
];
const APPEALS_ROWS = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计100010000000000'];
const TABLE2_HEAD = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容本年制发件数本年废止件数现行有效件数'];
const perLine = (...lines: string[]): string => [TITLE, ...TABLE2_HEAD, '三、收到和处理政府信息公开申请情况', ...lines].join('\n');

describe('a report on one line, cut into lines', () => {
  it('keeps the sections after the tables whole when 总体情况 speaks of 本年新收 applications', async () => {
    const report = await parseText(oneLine('2023年，我局本年新收政府信息公开申请23件，均已按时答复。'));
    // Table 二's rows end at their last figure; the text after table 二 is not cut at its figures.
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
    expect(report.sections.map((section) => section.text).slice(4)).toEqual(['一是2023年公开不够及时。', '无。\n某县商务局\n2024年1月20日']);
    expect(report.signedDate).toBe('2024-01-20');
  });

  it('cuts a line of 160 characters, the shortest taken for a flattened report', async () => {
    const opening = `${TITLE}一、总体情况`;
    const closing = '二、主动公开政府信息情况见下表。';
    const paragraph = `${'我局依法公开政府信息，'.repeat(20).slice(0, 160 - opening.length - closing.length - 1)}。`;
    const padded = opening + paragraph + closing;
    expect(padded).toHaveLength(160);
    const report = await parseText(padded);
    expect(report.title).toBe(TITLE);
    expect(report.sections.map((section) => section.number)).toEqual([1, 2]);
  });

  it('cuts a title that ran into the first section and its long paragraph', async () => {
    const paragraph = `2023年，我局${'坚持以公开为常态、不公开为例外，'.repeat(9)}政府信息公开工作取得了新的成效。`;
    const report = await parseText([`${TITLE}一、总体情况${paragraph}`, '二、主动公开政府信息情况', '见下表。'].join('\n'));
    expect(report.title).toBe(TITLE);
    expect(report.sections.map((section) => [section.number, section.text])).toEqual([
      [1, paragraph],
      [2, '见下表。'],
    ]);
  });

  it('keeps the title on one line when its publication date follows it', async () => {
    const report = await parseText(oneLine('2023年，我局依法公开政府信息。').replace(TITLE, `${TITLE}发布时间：2024-01-22 09:30`));
    expect(report.text.split('\n').slice(0, 2)).toEqual([TITLE, '发布时间：2024-01-22 09:30']);
    expect(report).toMatchObject({ title: TITLE, date: '2024-01-22' });
  });

  it('ends table 二’s rows at their last figure when the table is a line of its own', async () => {
    // Table 二 on a line of its own, running into the next section's heading.
    const report = await parseText([TITLE, '二、主动公开政府信息情况', `${TABLE2}三、收到和处理政府信息公开申请情况`, ...requestRows()].join('\n'));
    // 其他主动公开文件 is a row the form does not have: its figures are not 行政规范性文件's.
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
    expect(report.cells['active.licensing.decisions']?.value).toBe(5);
  });

  it('leaves no blank line in the report’s text where a space stood between a figure and the next label', async () => {
    const report = await parseText(oneLine('2023年，我局依法公开政府信息。').replace('行政许可5', '行政许可5 ').replace('六、其他需要报告的事项无。某县商务局2024年1月20日', '六、其他需要报告的事项'));
    const lines = report.text.split('\n');
    expect(lines.filter((line) => line.trim() === '')).toEqual([]);
    expect(lines).toContain('行政规范性文件\t3\t1\t2');
    expect(lines.at(-1)).toBe('六、其他需要报告的事项');
  });

  it('never cuts a table row of several cells, however long its first cell', async () => {
    const note = `注：本表第二十条第（一）项信息内容中的“本年制发件数”${'指本年度内以本机关名义制发的规章和行政规范性文件的件数，'.repeat(5)}不含转发件。`;
    expect(note.length).toBeGreaterThanOrEqual(160);
    const report = await parseText([TITLE, '二、主动公开政府信息情况', `| ${note} | 说明 |`].join('\n'));
    expect(report.text.split('\n')).toContain(`${note}\t说明`);
  });
});

describe('the figures of a row’s run', () => {
  it('hold up to fifteen digits, the most a double keeps exact', async () => {
    const digits = `1${'0'.repeat(16)}`;
    const report = await parseText(oneLine('2023年，我局依法公开政府信息。').replace('规章000', `规章${digits}`));
    // The one split whose figures do not start with 0: a first figure of fifteen digits, then 0 and 0.
    expect(cellValuesUnder(report, 'active.rules.')).toEqual([1e14, 0, 0]);
  });
});

describe('a row whose figures are not a run', () => {
  it('is not split when its figures already stand apart, one too many', async () => {
    const report = await parseText(oneLine('2023年，我局依法公开政府信息。').replace('行政规范性文件3 1 2', '行政规范性文件3 1 2 5'));
    expect(report.findings.filter((finding) => finding.message.includes('连写为“3125”'))).toEqual([]);
    expect(report.cells['active.normativeDocs.issued']?.reading?.kind).not.toBe('inferred');
  });

  it('is not split when a row of counts ends in decimals', async () => {
    // 312.5 holds no counts: no 3│1│2.5 is made up for it.
    const report = await parseText(oneLine('2023年，我局依法公开政府信息。').replace('行政规范性文件3 1 2', '行政规范性文件312.5'));
    expect(cellValuesUnder(report, 'active.normativeDocs.')).not.toEqual([3, 1, 2.5]);
    expect(report.findings.filter((finding) => finding.rule === 'cells.inferred' && finding.cells.includes('active.normativeDocs.inForce'))).toEqual([]);
  });
});

describe('which lines are table 三’s rows', () => {
  it('takes them from the first line when the copy begins with table 三', async () => {
    const report = await parseText(requestRows().join('\n'));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(cellValuesUnder(report, 'requests.other.other.')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
  });

  it('takes them below a first row kept in cells', async () => {
    const report = await parseText(perLine(...requestRows('一、本年新收政府信息公开申请数量\t24\t0\t0\t0\t0\t0\t24')));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(cellValuesUnder(report, 'requests.granted.')).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
  });

  it('reads a row labelled “3其他”', async () => {
    const report = await parseText(perLine(...requestRows(undefined, '3其他1000001')));
    expect(cellValuesUnder(report, 'requests.other.other.')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it.each(['（六）其他处理', '其他处理'])('does not give the figures of a single “%s” row to 3.其他', async (label) => {
    const rows = requestRows().filter((row) => !/^[123][.]/.test(row));
    const report = await parseText(perLine(...rows.slice(0, 3), `${label}1000001`, ...rows.slice(3)));
    expect(cellValuesUnder(report, 'requests.other.other.')).toEqual(Array<null>(7).fill(null));
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
  });

  it('stops at table 四: a blank table 三 does not take table 四’s 总计 row', async () => {
    const blank = requestRows().map((row) => row.replace(/\d+$/, ''));
    const report = await parseText(perLine(...blank, ...APPEALS_ROWS));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual(Array<null>(7).fill(null));
    expect(report.findings.filter((finding) => finding.rule === 'structure.unplaced')).toEqual([]);
  });

  it('stops at table 四 when 总体情况 already spoke of applications and appeals', async () => {
    const overview = ['一、总体情况', '本年新收政府信息公开申请0件，无行政复议结果维持或纠正的情况。'];
    const blank = requestRows().map((row) => row.replace(/\d+$/, ''));
    const report = await parseText([TITLE, ...overview, '三、收到和处理政府信息公开申请情况', ...blank, ...APPEALS_ROWS].join('\n'));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual(Array<null>(7).fill(null));
    expect(report.findings.filter((finding) => finding.rule === 'structure.unplaced')).toEqual([]);
  });

  it('are looked for in a text copy only: a PDF line keeps pointing at its place on the page', () => {
    const lines = [TITLE, '三、收到和处理政府信息公开申请情况', ...requestRows()];
    const report = parseReport({
      format: 'pdf',
      lines: lines.map((text, i) => ({ cells: [{ text, source: { kind: 'pdf', page: 3, bboxPt: [72, 700 - 16 * i, 520, 712 - 16 * i] } }] })),
    });
    expect(report.cells['requests.new.natural']?.source).toEqual({ kind: 'pdf', page: 3, bboxPt: [72, 668, 520, 680] });
  });
});
