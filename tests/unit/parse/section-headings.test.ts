// Section headings as the parser finds them, at the edges: a heading naming its year, a Markdown mark
// without a space, a heading repeated, and the section text of table rows with padded and empty cells.
import { describe, expect, it } from 'vitest';
import { findingName } from '../../../src/main/domain/checks/finding-names';
import { buildSections, findHeadings, headingOf, untitledSectionNotes } from '../../../src/main/domain/parse/sections';
import type { SourceDocument } from '../../../src/shared/document';

describe('section headings at the edges', () => {
  it('takes a heading that names a year inside it, and drops a Markdown mark without a space', () => {
    expect(headingOf('六、其他需要报告的事项（2023年度）')?.number).toBe(6);
    expect(headingOf('##一、总体情况')?.title).toBe('一、总体情况');
  });

  it('keeps the first of a heading repeated, and gives each section its lines, cells joined by tabs', () => {
    const cells = (...texts: string[]) => ({ cells: texts.map((text, i) => ({ text, source: { kind: 'text' as const, start: i, end: i + 1 } })) });
    const document: SourceDocument = {
      format: 'txt',
      lines: [cells('一、总体情况'), cells('正文'), cells('二、主动公开政府信息情况'), cells(' 规章 ', ' 0 '), cells('', ''), cells('二、主动公开政府信息情况'), cells('续表')],
    };
    const headings = findHeadings(document);
    expect(headings.map((heading) => [heading.number, heading.line])).toEqual([[1, 0], [2, 2]]);
    expect(buildSections(document, headings).map((section) => section.text)).toEqual(['正文', '规章\t0\n二、主动公开政府信息情况\n续表']);
  });
});

describe('section headings: length and a table of contents', () => {
  const lines = (...texts: string[]): SourceDocument => ({
    format: 'txt',
    lines: texts.map((text, i) => ({ cells: [{ text, source: { kind: 'text' as const, start: i, end: i + 1 } }] })),
  });

  it('takes a heading of up to 40 characters', () => {
    const heading = '五、存在的主要问题及改进情况（对照上级考核意见和群众反映逐项说明整改措施及成效）';
    expect(heading).toHaveLength(40);
    expect(headingOf(heading)?.number).toBe(5);
    expect(headingOf(`${heading}。`)).toBeNull();
  });

  it('does not take the lines of a table of contents, which end in page numbers, for the headings', () => {
    const document = lines(
      '目录',
      '一、总体情况……………1',
      '二、主动公开政府信息情况……………3',
      '一、总体情况',
      '正文',
      '二、主动公开政府信息情况',
      '规章',
    );
    expect(findHeadings(document).map((heading) => [heading.number, heading.line])).toEqual([[1, 3], [2, 5]]);
  });
});

describe('section 五 whose heading a converter lost', () => {
  const lines = (...texts: string[]): SourceDocument => ({
    format: 'txt',
    lines: texts.map((text, i) => ({ cells: [{ text, source: { kind: 'text' as const, start: i, end: i + 1 } }] })),
  });
  const numbers = (document: SourceDocument) => findHeadings(document).map((heading) => [heading.number, heading.line]);

  it('starts at its first sub-heading after section 四, which stays in its text', () => {
    const document = lines(
      '四、政府信息公开行政复议、行政诉讼情况',
      '| 1 | 0 | 0 |',
      '（一）主要问题',
      '目录结构无法满足需要。',
      '（二）改进情况',
      '开设专栏。',
      '六、其他需要报告的事项',
      '未收取信息处理费。',
    );
    const headings = findHeadings(document);
    expect(numbers(document)).toEqual([[4, 0], [5, 2], [6, 6]]);
    expect(buildSections(document, headings)[1]!.text).toBe('（一）主要问题\n目录结构无法满足需要。\n（二）改进情况\n开设专栏。');
  });

  it('takes a sub-heading naming a year and the 改进情况 first', () => {
    const document = lines('四、政府信息公开行政复议、行政诉讼情况', '（一）2024 年工作中存在问题的改进情况', '正文');
    expect(numbers(document)).toEqual([[4, 0], [5, 1]]);
  });

  it('is not found in a paragraph that opens with the sub-heading, nor before section 四, nor when headed', () => {
    expect(numbers(lines('四、政府信息公开行政复议、行政诉讼情况', '（一）存在的主要问题。2023年，本机关仍存在一些不足'))).toEqual([[4, 0]]);
    expect(numbers(lines('三、收到和处理政府信息公开申请情况', '（一）存在的主要问题', '四、政府信息公开行政复议、行政诉讼情况'))).toEqual([[3, 0], [4, 2]]);
    expect(numbers(lines('（一）存在的主要问题', '正文'))).toEqual([]);
    expect(numbers(lines('四、行政复议、行政诉讼情况', '（一）存在的主要问题', '五、存在的主要问题及改进情况'))).toEqual([[4, 0], [5, 2]]);
    expect(numbers(lines('四、行政复议、行政诉讼情况', '（一）行政复议情况', '（二）行政诉讼情况'))).toEqual([[4, 0]]);
  });

  it('takes the sub-headings reports write, and only whole lines of prose outside tables', () => {
    for (const opening of ['（一）存在问题', '（一）存在的不足和问题', '(二)主要问题及整改措施', '（一）存在的主要问题及改进措施']) {
      expect(numbers(lines('四、行政复议、行政诉讼情况', opening))).toEqual([[4, 0], [5, 1]]);
    }
    const four = '四、行政复议、行政诉讼情况';
    expect(numbers(lines(four, '见（一）存在的主要问题'))).toEqual([[4, 0]]);
    const longest = `（一）存在的主要问题${'及'.repeat(30)}`;
    expect(longest).toHaveLength(40);
    expect(numbers(lines(four, longest))).toEqual([[4, 0], [5, 1]]);
    expect(numbers(lines(four, `${longest}及`))).toEqual([[4, 0]]);
    // Inside section 六, it is not section 五's start.
    expect(numbers(lines(four, '六、其他需要报告的事项', '（一）存在的主要问题'))).toEqual([[4, 0], [6, 1]]);
    const inTable = lines(four, '（一）存在的主要问题', '（二）改进情况');
    inTable.lines[1] = { ...inTable.lines[1]!, table: { index: 0, row: 1 } };
    inTable.lines[2]!.cells.push({ text: '0', source: { kind: 'text', start: 9, end: 10 } });
    expect(numbers(inTable)).toEqual([[4, 0]]);
  });

  it('notes where it was taken to start, quoting the sub-heading with its place in the original', () => {
    const document = lines('四、行政复议、行政诉讼情况', '  （一）主要问题  ', '正文');
    const [note, ...more] = untitledSectionNotes(document, findHeadings(document));
    expect(more).toEqual([]);
    expect(note).toMatchObject({
      id: 'structure.sections|untitled5',
      rule: 'structure.sections',
      cells: [],
      severity: 'info',
      excerpt: '（一）主要问题',
      excerptSource: { kind: 'text', start: 1, end: 2 },
      basis: '《条例》第五十条',
    });
    expect(note!.message).toContain('未找到第五部分的标题');
    // Named as what happened, not as a missing section.
    expect(findingName(note!)).toBe('第五部分未见标题');
    expect(note!.message).toContain('“（一）主要问题”');
    expect(untitledSectionNotes(document, [])).toEqual([]);
  });
});
