// A 2021 report copied from a portal page as one line, its table rows' figures run together: how each
// kind of row comes back (table 二 split by digit count, table 三 by its sums, table 四 group by group,
// figures a viewer kept apart read as they are), and what is left blank with its candidates named.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';
import { cellValuesUnder, parseText } from './parse-text';

const ZEROS = '0000000';
const OTHER_ROWS = (other: string) =>
  `（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请${ZEROS}2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请${ZEROS}3.其他${other}`;

interface Parts {
  title?: string;
  active?: string;
  requests?: Partial<Record<'new' | 'carriedOver' | 'granted' | 'partial' | 'other' | 'total' | 'carriedForward', string>>;
  appeals?: string;
  signature?: string;
}

/** The report on one line: title, six sections, the three tables' labels and their figures run together. */
function flattened(parts: Parts = {}): string {
  const r = { new: '230000023', carriedOver: ZEROS, granted: '230000023', partial: ZEROS, other: '', total: '230000023', carriedForward: ZEROS, ...parts.requests };
  const active =
    parts.active ??
    '规章000行政规范性文件3 1 2第二十条第（五）项信息内容本年处理决定数量行政许可5第二十条第（六）项信息内容本年处理决定数量行政处罚12行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0';
  return [
    parts.title ?? '某县商务局2023年政府信息公开工作年度报告',
    '一、总体情况2023年，我局认真贯彻《条例》，依法公开政府信息。',
    `二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数${active}`,
    `三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量${r.new}二、上年结转政府信息公开申请数量${r.carriedOver}`,
    `三、本年度办理结果（一）予以公开${r.granted}（二）部分公开${r.partial}${r.other}（七）总计${r.total}四、结转下年度继续办理${r.carriedForward}`,
    `四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计${parts.appeals ?? '100010000000000'}`,
    '五、存在的主要问题及改进情况一是公开不够及时。六、其他需要报告的事项无。',
    parts.signature ?? '某县商务局2024年1月20日',
  ].join('');
}

const messages = (report: ExtractedReport, rule: string): string[] =>
  report.findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);
const bases = (report: ExtractedReport, rule: string): (string | undefined)[] =>
  report.findings.filter((finding) => finding.rule === rule).map((finding) => finding.basis);
const TABLE2_BASIS = '表二没有勾稽关系：连写的数字只在各数不以 0 开头时只有一种拆分方式的情况下推断';
const TABLE3_BASIS = '表三：各行总计 = 各类申请人之和；（七）总计 = （一）至（六）之和；第一项加第二项之和等于第三项加第四项之和';
const TABLE4_BASIS = '表四：各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结';

/** A PDF viewer's copy: one line a row, figures run together; table 四's header one cell a line above its row. */
const copy = (otherLabel: string, totalLabel: string, header = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结']): string =>
  [
    '某县商务局2023年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量240000024',
    `二、上年结转政府信息公开申请数量${ZEROS}`,
    '（一）予以公开230000023',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000',
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000',
    `${otherLabel}1000001`,
    `${totalLabel}240000024`,
    `四、结转下年度继续办理${ZEROS}`,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...header,
    '总计100010000000000',
  ].join('\n');

describe('a whole report on one line', () => {
  it('is cut into its sections, title and signature', async () => {
    const report = await parseText(flattened());
    expect(report.sections.map((section) => [section.number, section.title])).toEqual([
      [1, '一、总体情况'],
      [2, '二、主动公开政府信息情况'],
      [3, '三、收到和处理政府信息公开申请情况'],
      [4, '四、政府信息公开行政复议、行政诉讼情况'],
      [5, '五、存在的主要问题及改进情况'],
      [6, '六、其他需要报告的事项'],
    ]);
    expect(report.sections[0]!.text).toBe('2023年，我局认真贯彻《条例》，依法公开政府信息。');
    // The signature is cut off the last sentence: its body, then its date.
    expect(report.sections[5]!.text).toBe('无。\n某县商务局\n2024年1月20日');
    expect(report).toMatchObject({ title: '某县商务局2023年政府信息公开工作年度报告', agency: '某县商务局', year: 2023, template: '2021', signedDate: '2024-01-20' });
  });

  it('keeps the publication date written after the title', async () => {
    const report = await parseText(flattened({ title: '某县商务局2023年政府信息公开工作年度报告发布时间：2024-01-22 09:30' }));
    expect(report).toMatchObject({ title: '某县商务局2023年政府信息公开工作年度报告', date: '2024-01-22', signedDate: '2024-01-20' });
  });

  it('keeps a long paragraph that mentions one row of the form whole', async () => {
    const paragraph = `2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，${'坚持以公开为常态、不公开为例外，'.repeat(6)}全年办理行政处罚7件，相关信息均在法定期限内公开，政府信息公开工作取得了新的成效。`;
    expect(paragraph.length).toBeGreaterThanOrEqual(160);
    const report = await parseText(['某县商务局2023年政府信息公开工作年度报告', '一、总体情况', paragraph, '二、主动公开政府信息情况'].join('\n'));
    expect(report.sections[0]!.text).toBe(paragraph);
  });

  it('is never looked for in a Word document, whose paragraphs are the author’s', () => {
    const paragraph = `2023年，我局${'坚持以公开为常态、不公开为例外，'.repeat(8)}全年制定规章2件、行政规范性文件5件，办理行政处罚7件。二、主动公开政府信息情况见下表。`;
    expect(paragraph.length).toBeGreaterThanOrEqual(160);
    const report = parseReport({
      format: 'docx',
      lines: ['某县商务局2023年政府信息公开工作年度报告', '一、总体情况', paragraph].map((text, i) => ({ cells: [{ text, source: { kind: 'element', path: `body/p[${i + 1}]` } }] })),
    });
    expect(report.sections.map((section) => [section.number, section.text])).toEqual([[1, paragraph]]);
  });

  it('is left as it is when shorter than a flattened report', async () => {
    const report = await parseText('某县商务局2023年政府信息公开工作年度报告一、总体情况我局依法公开。某县商务局2024年1月20日');
    expect(report.sections).toEqual([]);
    expect(report.text).not.toContain('\n');
  });
});

describe('table 二 run together', () => {
  it('splits a run that has one split whose figures do not start with 0, marked 推断', async () => {
    const report = await parseText(flattened({ active: '规章1002行政规范性文件3 1 2第二十条第（五）项信息内容本年处理决定数量行政许可5' }));
    expect(cellValuesUnder(report, 'active.rules.')).toEqual([10, 0, 2]);
    expect(report.cells['active.rules.issued']).toMatchObject({ raw: '1002', reading: { kind: 'inferred', note: '原文数字连写为“1002”，各数不以 0 开头时只有一种拆分方式：10│0│2' } });
    expect(messages(report, 'cells.inferred')).toContain('推断：表二 规章的数字在原文中连写在一起（如“1002”），已按位数找到唯一的拆分方式并标为“推断”，请对照原件核实。');
    expect(bases(report, 'cells.inferred')).toEqual([TABLE2_BASIS, TABLE3_BASIS]);
  });

  it('reads figures kept apart as they are, and each row’s one figure up to the next label', async () => {
    const report = await parseText(flattened());
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
    expect(report.cells['active.normativeDocs.inForce']?.reading).toBeUndefined();
    expect(report.cells['active.licensing.decisions']?.value).toBe(5);
    expect(report.cells['active.penalty.decisions']?.value).toBe(12);
    expect(report.cells['active.coercion.decisions']?.value).toBe(0);
  });

  it('reads an amount in 万元 with its decimals', async () => {
    for (const amount of ['12.5', '12.55']) {
      const active = `规章000行政规范性文件3 1 2第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费${amount}万元`;
      expect((await parseText(flattened({ active }))).cells['active.fees.amount']).toMatchObject({ value: Number(amount), raw: `${amount}万元` });
    }
  });

  it('splits an amount of the 2019 form’s 政府集中采购 with its decimals on the last figure', async () => {
    const active =
      '规章000规范性文件000第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购2317.7万元';
    const report = await parseText(flattened({ active: active.replace('规章', '本年新制作数量本年新公开数量对外公开总数量规章') }));
    expect(report.template).toBe('2019');
    expect(cellValuesUnder(report, 'active.procurement.')).toEqual([null, null]);
    expect(messages(report, 'structure.unplaced')).toEqual([
      '表二 政府集中采购：数字在原文中连写为“2317”，有 3 种拆分方式（如 2│317.7；23│17.7；231│7.7），未作推断，请对照原件填写。',
    ]);
  });

  it('ends a row at its last figure when a row the form does not have follows', async () => {
    // A province's extra row (其他主动公开文件, 行政确认) right after a row's figures, no space between.
    const active =
      '规章000行政规范性文件3 1 2其他主动公开文件7 0 12第二十条第（五）项信息内容本年处理决定数量行政许可5行政确认3第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0';
    const report = await parseText(flattened({ active }));
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([3, 1, 2]);
    expect(report.cells['active.licensing.decisions']?.value).toBe(5);
  });

  it('leaves a run with several splits blank and names them', async () => {
    const active = '规章000行政规范性文件3112第二十条第（五）项信息内容本年处理决定数量行政许可5';
    const report = await parseText(flattened({ active }));
    expect(cellValuesUnder(report, 'active.normativeDocs.')).toEqual([null, null, null]);
    expect(messages(report, 'structure.unplaced')).toEqual([
      '表二 行政规范性文件：数字在原文中连写为“3112”，有 3 种拆分方式（如 3│1│12；3│11│2；31│1│2），未作推断，请对照原件填写。',
    ]);
    expect(bases(report, 'structure.unplaced')).toEqual([TABLE2_BASIS]);
    expect(report.cells['active.licensing.decisions']?.value).toBe(5);
  });

  it('says “50 种以上” when a run has that many splits', async () => {
    const active = '规章111111111111行政规范性文件3 1 2第二十条第（五）项信息内容本年处理决定数量行政许可5';
    const report = await parseText(flattened({ active }));
    expect(cellValuesUnder(report, 'active.rules.')).toEqual([null, null, null]);
    expect(messages(report, 'structure.unplaced')).toEqual([
      '表二 规章：数字在原文中连写为“111111111111”，有 50 种以上拆分方式（如 1│1│1111111111；1│11│111111111；1│111│11111111），未作推断，请对照原件填写。',
    ]);
  });
});

describe('table 三 run together', () => {
  it('keeps the one split of each row that satisfies the sums between rows', async () => {
    // Alone, "110000011" is 11│0│0│0│0│0│11 or 1│10│0│0│0│0│11; only the first is （一） + （二）.
    const report = await parseText(flattened({ requests: { new: '110000011', granted: '100000010', partial: '1000001', total: '110000011' } }));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(cellValuesUnder(report, 'requests.granted.')).toEqual([10, 0, 0, 0, 0, 0, 10]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(report.cells['requests.total.commercial']?.reading?.kind).toBe('inferred');
    expect(messages(report, 'structure.unplaced')).toEqual([]);
  });

  it('splits the three rows of （六）其他处理, 3.其他 included, by the sums', async () => {
    const report = await parseText(flattened({ requests: { new: '240000024', other: OTHER_ROWS('1000001'), total: '240000024' } }));
    expect(cellValuesUnder(report, 'requests.other.other.')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(cellValuesUnder(report, 'requests.other.noCorrection.')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(report.cells['requests.other.other.total']?.reading?.kind).toBe('inferred');
    expect(messages(report, 'structure.unplaced')).toEqual([]);
  });

  it('reads a row whose figures are kept apart as they are, not as 推断', async () => {
    const report = await parseText(flattened({ requests: { granted: '23 0 0 0 0 0 23' } }));
    expect(cellValuesUnder(report, 'requests.granted.')).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(report.cells['requests.granted.total']).toMatchObject({ raw: '23' });
    expect(report.cells['requests.granted.total']?.reading).toBeUndefined();
    expect(report.cells['requests.new.total']?.reading?.kind).toBe('inferred');
  });

  it('reads figures kept apart by two spaces as they are', async () => {
    const report = await parseText(flattened({ requests: { granted: '23  0 0 0 0 0  23' } }));
    expect(cellValuesUnder(report, 'requests.granted.')).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(report.cells['requests.granted.total']?.reading).toBeUndefined();
  });

  it('names the few rows it split and how', async () => {
    const spaced = '0 0 0 0 0 0 0';
    const report = await parseText(flattened({ requests: { carriedOver: spaced, granted: '23 0 0 0 0 0 23', partial: spaced, carriedForward: spaced }, appeals: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0' }));
    expect(report.cells['requests.total.natural']).toMatchObject({ value: 23, reading: { kind: 'inferred', note: '原文数字连写为“230000023”，按表三勾稽关系唯一拆分为 23│0│0│0│0│0│23' } });
    expect(messages(report, 'cells.inferred')).toContain(
      '推断：表三 一、本年新收政府信息公开申请数量、表三 （七）总计的数字在原文中连写在一起（如“230000023”），已按表格勾稽关系找到唯一的拆分方式并标为“推断”，请对照原件核实。',
    );
  });
});

describe('a run far longer than a row', () => {
  it('is given up after a bounded search and left blank, the checks going on', async () => {
    const long = '9'.repeat(100);
    const report = await parseText(flattened({ requests: { partial: long }, appeals: '9'.repeat(60) }));
    expect(cellValuesUnder(report, 'requests.partial.')).toEqual(Array<null>(7).fill(null));
    expect(cellValuesUnder(report, 'appeals.')).toEqual(Array<null>(15).fill(null));
    expect(messages(report, 'structure.unplaced')).toEqual([
      `表三 （二）部分公开：数字在原文中连写为“${long}”，找不到符合勾稽关系的拆分方式，未作推断，请对照原件填写。`,
      `表四 数据行：数字在原文中连写为“${'9'.repeat(60)}”，找不到符合勾稽关系的拆分方式，未作推断，请对照原件填写。`,
    ]);
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([23, 0, 0, 0, 0, 0, 23]);
  });
});

describe('where a cell points in the original', () => {
  it('points each figure, split or read as it is, at its place in the text', async () => {
    const text = flattened({ requests: { granted: '23 0 0 0 0 0 23' } });
    const report = await parseText(text);
    const at = (id: string): string | undefined => {
      const source = report.cells[id]?.source;
      return source?.kind === 'text' ? text.slice(source.start, source.end) : undefined;
    };
    expect(at('active.rules.issued')).toBe('000');
    expect(at('active.normativeDocs.repealed')).toBe('1');
    expect(at('active.penalty.decisions')).toBe('12');
    expect(at('requests.new.natural')).toBe('230000023');
    expect(at('requests.granted.total')).toBe('23');
    expect(at('requests.granted.legal')).toBe('0');
    expect(at('appeals.review.upheld')).toBe('100010000000000');
    expect(report.sections.map((section) => (section.source?.kind === 'text' ? text.slice(section.source.start, section.source.end) : ''))).toEqual(
      report.sections.map((section) => section.title),
    );
  });
});

describe('table 四 run together', () => {
  it('splits the row group by group when one split keeps each group’s 总计', async () => {
    const report = await parseText(flattened({ appeals: '100010000000000' }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(report.cells['appeals.review.upheld']).toMatchObject({ raw: '100010000000000', reading: { kind: 'inferred', note: '原文数字连写为“100010000000000”，按表四勾稽关系唯一拆分为 1│0│0│0│1│0│0│0│0│0│0│0│0│0│0' } });
  });

  it('reads fifteen figures kept apart, the first touching the header, as they are', async () => {
    const report = await parseText(flattened({ appeals: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0' }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(report.cells['appeals.review.total']).toMatchObject({ raw: '1' });
    expect(report.cells['appeals.review.total']?.reading).toBeUndefined();
  });

  it('reads fifteen figures kept apart under a header of more than sixty characters, the first touching it', async () => {
    const text = flattened({ appeals: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 2' }).replace(
      '行政复议行政诉讼结果维持',
      '行政复议（单位：件）行政诉讼未经复议直接起诉复议后起诉结果维持',
    );
    const report = await parseText(text);
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(9).fill(0), 2]);
  });

  it('checks the last group’s 总计 too', async () => {
    // 1│0│0│0│1, 0│0│0│0│0, 10│0│0│0│10: "100│0│0│1│0" for the last group does not add up.
    const report = await parseText(flattened({ appeals: '10001000001000010 ' }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 10, 0, 0, 0, 10]);
  });

  it('leaves the row blank with the candidates named when several splits keep the sums', async () => {
    // 10│1│0│0│11 and 1│0│10│0│11 are both "1010011".
    const report = await parseText(flattened({ appeals: `1010011${'0'.repeat(10)}` }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual(Array<null>(15).fill(null));
    expect(messages(report, 'structure.unplaced')).toEqual([
      '表四 数据行：数字在原文中连写为“10100110000000000”，有 2 种拆分都符合勾稽关系（如 1│0│10│0│11│0│0│0│0│0│0│0│0│0│0；10│1│0│0│11│0│0│0│0│0│0│0│0│0│0），未作推断，请对照原件填写。',
    ]);
    expect(bases(report, 'structure.unplaced')).toEqual([TABLE4_BASIS]);
  });

  it('says so when no split keeps the sums', async () => {
    const report = await parseText(flattened({ appeals: '2110200000000000' }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual(Array<null>(15).fill(null));
    expect(messages(report, 'structure.unplaced')).toEqual([
      '表四 数据行：数字在原文中连写为“2110200000000000”，找不到符合勾稽关系的拆分方式，未作推断，请对照原件填写。',
    ]);
  });
});

describe('a copy with a line per table row', () => {
  it.each([
    ['3. 其他', '（七）总计'],
    ['其他', '总计'],
    ['3、其他', '(七)总计'],
  ])('splits the rows labelled “%s” and “%s” and table 四 below its header', async (other, total) => {
    const report = await parseText(copy(other, total));
    expect(cellValuesUnder(report, 'requests.other.other.')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(cellValuesUnder(report, 'requests.total.')).toEqual([24, 0, 0, 0, 0, 0, 24]);
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(report.cells['appeals.review.total']?.reading?.kind).toBe('inferred');
  });
});

describe('table 三 solved together', () => {
  it('uses 上年结转 and 结转下年度 in 一 + 二 = （七） + 四', async () => {
    // Alone, "110000011" is 11│0│0│0│0│0│11 or 1│10│0│0│0│0│11; 11 + 2 = 12 + 1 keeps only the first.
    const requests = { new: '110000011', carriedOver: '2 0 0 0 0 0 2', granted: '12 0 0 0 0 0 12', total: '12 0 0 0 0 0 12', carriedForward: '1 0 0 0 0 0 1' };
    const report = await parseText(flattened({ requests }));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(report.cells['requests.new.natural']?.reading?.kind).toBe('inferred');
    expect(cellValuesUnder(report, 'requests.carriedOver.')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(cellValuesUnder(report, 'requests.carriedForward.')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(messages(report, 'structure.unplaced')).toEqual([]);
  });

  it('counts a row written without figures as 0 in the sums', async () => {
    // 二、上年结转 left blank: "110000011" is 11│0│0│0│0│0│11, as 11 + 0 = 11 + 0.
    const report = await parseText(flattened({ requests: { new: '110000011', carriedOver: '', granted: '11 0 0 0 0 0 11', total: '11 0 0 0 0 0 11' } }));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(cellValuesUnder(report, 'requests.carriedOver.')).toEqual(Array<null>(7).fill(null));
    expect(messages(report, 'structure.unplaced')).toEqual([]);
  });

  // A large body's rows of ones: "11111111111146" is 1│1│11│11│11│111│146 and 50 more ways alone.
  const ONES = '11111111111146';
  const TWOS = '22222222222292';

  it('solves three rows that each have 50 splits or more alone', async () => {
    const report = await parseText(flattened({ requests: { new: TWOS, granted: ONES, partial: ONES, total: '2 2 22 22 22 222 292' } }));
    expect(cellValuesUnder(report, 'requests.new.')).toEqual([2, 2, 22, 22, 22, 222, 292]);
    expect(cellValuesUnder(report, 'requests.granted.')).toEqual([1, 1, 11, 11, 11, 111, 146]);
    expect(cellValuesUnder(report, 'requests.partial.')).toEqual([1, 1, 11, 11, 11, 111, 146]);
    expect(report.cells['requests.granted.otherOrg']?.reading?.kind).toBe('inferred');
    expect(messages(report, 'structure.unplaced')).toEqual([]);
  });

  it('splits each row by its own 总计 when there are more combinations than it tries', async () => {
    // A fourth row with two splits (11│0│…│11 or 1│10│…│11) doubles the 125 000 combinations.
    const requests = { new: TWOS, carriedOver: '11 0 0 0 0 0 11', granted: ONES, partial: ONES, total: '2 2 22 22 22 222 292', carriedForward: '110000011' };
    const report = await parseText(flattened({ requests }));
    for (const row of ['new', 'granted', 'partial', 'carriedForward']) expect(cellValuesUnder(report, `requests.${row}.`)).toEqual(Array<null>(7).fill(null));
    expect(messages(report, 'structure.unplaced')).toEqual([
      `表三 一、本年新收政府信息公开申请数量：数字在原文中连写为“${TWOS}”，有 50 种以上拆分都符合勾稽关系（如 2│2│22│22│22│222│292；2│2│22│22│222│22│292；2│2│22│222│22│22│292），未作推断，请对照原件填写。`,
      `表三 （一）予以公开：数字在原文中连写为“${ONES}”，有 50 种以上拆分都符合勾稽关系（如 1│1│11│11│11│111│146；1│1│11│11│111│11│146；1│1│11│111│11│11│146），未作推断，请对照原件填写。`,
      `表三 （二）部分公开：数字在原文中连写为“${ONES}”，有 50 种以上拆分都符合勾稽关系（如 1│1│11│11│11│111│146；1│1│11│11│111│11│146；1│1│11│111│11│11│146），未作推断，请对照原件填写。`,
      '表三 四、结转下年度继续办理：数字在原文中连写为“110000011”，有 2 种拆分都符合勾稽关系（如 1│10│0│0│0│0│11；11│0│0│0│0│0│11），未作推断，请对照原件填写。',
    ]);
  });
});

describe('the split rows in the section text', () => {
  it('shows a split row as its label and figures, a row left blank as its label and empty cells', async () => {
    const report = await parseText(flattened({ active: '规章1002行政规范性文件3112第二十条第（五）项信息内容本年处理决定数量行政许可5' }));
    expect(report.sections[1]!.text.split('\n').slice(2, 4)).toEqual(['规章\t10\t0\t2', '行政规范性文件\t\t\t']);
  });
});

describe('figures kept apart', () => {
  it('reads an amount with a space before 万元, pointing at the amount and its unit', async () => {
    const active = '规章000行政规范性文件3 1 2第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费12.5 万元';
    const text = flattened({ active });
    const cell = (await parseText(text)).cells['active.fees.amount'];
    expect(cell).toMatchObject({ value: 12.5, raw: '12.5 万元' });
    expect(cell?.source?.kind === 'text' && text.slice(cell.source.start, cell.source.end)).toBe('12.5 万元');
  });

  it('reads table 四’s fifteen figures kept apart by two spaces, the first touching the header', async () => {
    const report = await parseText(flattened({ appeals: '1  0  0  0  1  0  0  0  0  0  0  0  0  0  0' }));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(report.cells['appeals.review.upheld']?.reading).toBeUndefined();
  });

  it('splits table 四 below a header copied as cells (tabs)', async () => {
    const report = await parseText(copy('3.其他', '（七）总计', ['行政复议\t\t\t\t\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结']));
    expect(cellValuesUnder(report, 'appeals.')).toEqual([1, 0, 0, 0, 1, ...Array<number>(10).fill(0)]);
    expect(report.cells['appeals.review.total']?.reading?.kind).toBe('inferred');
  });
});

describe('a 2019-form copy with a line per row and a decrease in 本年增/减', () => {
  // pdftotext's copy of a 2019 report: "其他对外管理服务事项 137 -11 0" is three figures, not a label
  // "…137 -" and a run "11 0" to be split (as 1 | 1 | 0, marked 推断).
  const text = [
    '某县商务局2020年政府信息公开工作年度报告',
    '二、主动公开政府信息情况',
    '第二十条第(五)项',
    '信息内容 上一年项目数量 本年增/减 处理决定数量',
    '行政许可 213 11 0',
    '其他对外管理服务事项 137 -11 0',
    '第二十条第(六)项',
    '信息内容 上一年项目数量 本年增/减 处理决定数量',
    '行政处罚 286 －12 1',
    '行政强制 12 17 0',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');

  it('reads each row’s figures as they are, a minus sign included, and infers nothing', async () => {
    const report = await parseText(text);
    expect(cellValuesUnder(report, 'active.otherServices.')).toEqual([137, -11, 0]);
    expect(cellValuesUnder(report, 'active.penalty.')).toEqual([286, -12, 1]);
    expect(cellValuesUnder(report, 'active.licensing.')).toEqual([213, 11, 0]);
    expect(messages(report, 'cells.inferred')).toEqual([]);
  });
});

describe('sentences around tables kept as tables (Markdown)', () => {
  const row = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  /** Tables 二 and 四 as Markdown tables, table 三 a line a row; sentences that end in a figure before and after. */
  const report = (before: string, after: string): string =>
    [
      '# 某县商务局2023年政府信息公开工作年度报告',
      '## 一、总体情况',
      before,
      '件，均已公开。',
      '## 二、主动公开政府信息情况',
      row('第二十条第（一）项', '', '', ''),
      row('---', '---', '---', '---'),
      row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      row('规章', 0, 0, 0),
      row('行政规范性文件', 3, 1, 12),
      '## 三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 12 0 0 0 0 0 12',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '（一）予以公开 12 0 0 0 0 0 12',
      '（七）总计 12 0 0 0 0 0 12',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      row('行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''),
      row(...Array<string>(15).fill('---')),
      row('结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''),
      row('', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'),
      row(8, 1, 0, 1, 10, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0),
      '## 五、存在的主要问题及改进情况',
      after,
      '件，下一步将进一步规范。',
    ].join('\n');
  const read = (text: string) => parseText(text);

  it('leaves a sentence before table 二 that ends in a figure after a row’s name as written', async () => {
    const before = '2023年，我局制定并主动公开行政规范性文件 3';
    const parsed = await read(report(before, '无'));
    expect(cellValuesUnder(parsed, 'active.normativeDocs.')).toEqual([3, 1, 12]);
    expect(parsed.sections[0]!.text).toBe(`${before}\n件，均已公开。`);
    expect(messages(parsed, 'structure.unplaced')).toEqual([]);
  });

  it('leaves a sentence after table 三 that ends in a figure after a row’s name as written', async () => {
    const after = '本年度因政府信息公开被纠错的行政规范性文件 2';
    const parsed = await read(report('无', after));
    expect(cellValuesUnder(parsed, 'active.normativeDocs.')).toEqual([3, 1, 12]);
    expect(parsed.sections[4]!.text).toBe(`${after}\n件，下一步将进一步规范。`);
    expect(messages(parsed, 'structure.unplaced')).toEqual([]);
  });

  it('does not take a sentence giving a 总计 below table 四 for its row', async () => {
    const after = '本年度行政复议和行政诉讼案件总计 12 件，均已办结。';
    const parsed = await read(report('无', after));
    expect(cellValuesUnder(parsed, 'appeals.')).toEqual([8, 1, 0, 1, 10, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0]);
    expect(messages(parsed, 'structure.unplaced')).toEqual([]);
  });
});

describe('a Word document', () => {
  it('never has table 四’s row split: its paragraphs are the author’s', () => {
    const paragraphs = [
      '某县商务局2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 24 0 0 0 0 0 24',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      '（一）予以公开 23 0 0 0 0 0 23',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0',
      '3.其他 1 0 0 0 0 0 1',
      '（七）总计 24 0 0 0 0 0 24',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
      '四、政府信息公开行政复议、行政诉讼情况',
      '结果维持 结果纠正 其他结果 尚未审结 总计',
      '总计100010000000000',
    ];
    const report = parseReport({ format: 'docx', lines: paragraphs.map((text, i) => ({ cells: [{ text, source: { kind: 'element', path: `body/p[${i + 1}]` } }] })) });
    expect(report.template).toBe('2021');
    expect(Object.entries(report.cells).filter(([id, cell]) => id.startsWith('appeals.') && cell.reading?.kind === 'inferred')).toEqual([]);
    expect(report.findings.filter((finding) => finding.cells.some((id) => id.startsWith('appeals.')))).toEqual([]);
  });
});
