// Which figures belong to a row, and in which columns they stand: rows of a Word table with merged or
// blank cells, tab rows with conversion debris, and copies with one cell a line where a label wraps or
// a row was left blank. What the reviewer sees: each cell's value, where it was found, and the notes.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';
import { textReport as document } from './report-documents';

const requestColumns = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'];
const valuesOf = (report: ExtractedReport, row: string, columns = requestColumns) =>
  columns.map((column) => report.cells[`requests.${row}.${column}`]?.value);
const requestsHeading = ['三、收到和处理政府信息公开申请情况'];
/** Table 三's first row, which tells the parser that table 三 is there. */
const newRow = ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'];
const header = {
  row: ['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
};

describe('rows of a real table', () => {
  it('reads each figure in its column when the label spans two cells (an empty merged cell before the figures)', () => {
    const report = parseReport(
      document([
        requestsHeading,
        header,
        { row: ['一、本年新收政府信息公开申请数量', '', '3', '0', '0', '0', '0', '1', '4'] },
        { row: ['（一）予以公开', '', '2', '0', '0', '0', '0', '1', '3'] },
        { row: ['（二）部分公开', '', '2', '', '0', '0', '0', '', '2'] },
      ]),
    );
    expect(valuesOf(report, 'new')).toEqual([3, 0, 0, 0, 0, 1, 4]);
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(valuesOf(report, 'partial')).toEqual([2, null, 0, 0, 0, null, 2]);
    expect(report.findings).toEqual([]);
  });

  it('keeps a blank cell blank in its own column, the last one included, and raises no note', () => {
    const report = parseReport(
      document([
        requestsHeading,
        header,
        { row: ['一、本年新收政府信息公开申请数量', '3', '', '', '', '', '1', ''] },
        { row: ['（一）予以公开', '', '2', '', '', '', '', '2'] },
      ]),
    );
    expect(valuesOf(report, 'new')).toEqual([3, null, null, null, null, 1, null]);
    expect(report.cells['requests.new.total']).toMatchObject({
      value: null,
      raw: '',
      source: { kind: 'text' },
    });
    expect(valuesOf(report, 'granted')).toEqual([null, 2, null, null, null, null, 2]);
    expect(report.cells['requests.granted.natural']?.source).toBeDefined();
    expect(report.findings).toEqual([]);
  });
});

describe('a blank row of a real table', () => {
  it('keeps its blank cells and leaves the unlabelled figures below it alone', () => {
    const report = parseReport(
      document([
        ['二、主动公开政府信息情况'],
        { row: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'] },
        { row: ['规章', '', '', ''] },
        { row: ['', '1', '0', '2'] },
        { row: ['行政规范性文件', '0', '0', '18'] },
        requestsHeading,
        newRow,
      ]),
    );
    expect(
      ['issued', 'repealed', 'inForce'].map((column) => report.cells[`active.rules.${column}`]?.value),
    ).toEqual([null, null, null]);
    expect(report.cells['active.normativeDocs.inForce']?.value).toBe(18);
  });
});

describe('a row of a real table broken by a page', () => {
  it('reads the figures in the table line below a label that stands alone with one empty cell', () => {
    const report = parseReport(
      document([
        requestsHeading,
        header,
        { row: newRow },
        { row: ['（一）予以公开', ''] },
        { row: ['2', '0', '0', '0', '0', '1', '3'] },
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(report.findings).toEqual([]);
  });
});

describe('rows of a text copy, cells separated by tabs', () => {
  it('takes empty cells at the ends of a row for conversion debris, and keeps blank cells between figures', () => {
    const report = parseReport(
      document([
        requestsHeading,
        ['一、本年新收政府信息公开申请数量', '', '3', '', '0', '0', '0', '1', '4', ''],
        ['（一）予以公开', '2', '0', '0', '0', '0', '', '2', '', ''],
      ]),
    );
    expect(valuesOf(report, 'new')).toEqual([3, null, 0, 0, 0, 1, 4]);
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, null, 2]);
    expect(report.findings).toEqual([]);
  });
});

describe('copies with one cell a line', () => {
  it('reads the figures after a label that wraps onto a second line', () => {
    const report = parseReport(
      document([
        requestsHeading,
        ['一、本年新收政府信息公开申请数量'],
        ...['1', '0', '0', '0', '0', '0', '1'].map((figure) => [figure]),
        ['1.申请人无正当理由逾期不补正、行政机关不再'],
        ['处理其政府信息公开申请'],
        ...['0', '0', '0', '0', '0', '2', '2'].map((figure) => [figure]),
      ]),
    );
    expect(valuesOf(report, 'new')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(valuesOf(report, 'other.noCorrection')).toEqual([0, 0, 0, 0, 0, 2, 2]);
  });

  it('does not take a page-cut label of another row for a wrapped label: the blank row stays blank', () => {
    const cases: [blankRow: string, label: string, cut: string][] = [
      ['denied.internal', '5.属于三类内部事务信息', '6.属于四类过程'],
      ['denied.internal', '5.属于三类内部事务信息', '不予公开 6.属于四类过程'],
      ['granted', '（一）予以公开', '（二）部分公'],
      // A reader's copy may set a space after the number's dot.
      ['denied.internal', '5.属于三类内部事务信息', '不予公开 6. 属于四类过程'],
    ];
    for (const [blankRow, label, cut] of cases) {
      const report = parseReport(
        document([
          requestsHeading,
          ['一、本年新收政府信息公开申请数量'],
          ...['1', '0', '0', '0', '0', '0', '1'].map((figure) => [figure]),
          [label],
          [cut],
          ...['0', '0', '0', '0', '0', '1', '1'].map((figure) => [figure]),
        ]),
      );
      expect(valuesOf(report, blankRow), cut).toEqual(Array(7).fill(null));
    }
  });
});

describe('a row left blank in a copy with one cell a line', () => {
  const activeTable = (rows: string[]) =>
    document(
      [
        '二、主动公开政府信息情况',
        '第二十条第（一）项',
        '信息内容',
        '本年制发件数',
        '本年废止件数',
        '现行有效件数',
        ...rows,
        '第二十条第（五）项',
        '行政许可',
        '3',
        '三、收到和处理政府信息公开申请情况',
        '本年新收政府信息公开申请数量',
        ...['1', '0', '0', '0', '0', '0', '1'],
      ].map((text) => [text]),
    );
  const activeValues = (report: ExtractedReport, row: string) =>
    ['issued', 'repealed', 'inForce'].map((column) => report.cells[`active.${row}.${column}`]?.value);

  it('does not take the next row’s figures: 规章 stays blank, 行政规范性文件 keeps its own', () => {
    const report = parseReport(activeTable(['规章', '行政规范性文件', '0', '0', '18']));
    expect(activeValues(report, 'rules')).toEqual([null, null, null]);
    expect(report.cells['active.rules.inForce']).toEqual({
      value: null,
      raw: '',
      source: { kind: 'text', start: 72, end: 74 },
    });
    expect(report.text.slice(72, 74)).toBe('规章');
    expect(activeValues(report, 'normativeDocs')).toEqual([0, 0, 18]);
    expect(report.cells['active.licensing.decisions']?.value).toBe(3);
  });
});

describe('what ends a row', () => {
  const oneALine = (...texts: string[]) => texts.map((text) => [text]);
  const unplacedNotes = (report: ExtractedReport) =>
    report.findings
      .filter((finding) => finding.rule === 'structure.unplaced')
      .map((finding) => finding.message);

  it('skips the stray characters of a vertical label among the figures', () => {
    const report = parseReport(
      document([
        requestsHeading,
        ['一、本年新收政府信息公开申请数量', '3', '0', '不予', '0', '0', '0', '1', '4'],
        ...oneALine('（一）予以公开', '2', '0', '0', '公', '0', '0', '1', '3'),
      ]),
    );
    expect(valuesOf(report, 'new')).toEqual([3, 0, 0, 0, 0, 1, 4]);
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(report.findings).toEqual([]);
  });

  it('ends at a text between its figures: the figures after it are not guessed to be the row’s', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ...oneALine('（一）予以公开', '2', '0', '0', '（续表）', '0', '0', '1', '3'),
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, null, null, null, null, null, 0]);
    expect(unplacedNotes(report)).toHaveLength(1);
  });

  it('takes seven figures one a line, and leaves the next line’s figures to the next row', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ...oneALine('（一）予以公开', '2', '0', '0', '0', '0', '1', '3', '5'),
        ...oneALine('（二）部分公开', '1', '0', '0', '0', '0', '0', '1'),
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(unplacedNotes(report)).toEqual([]);
  });

  it('reads a label’s figures on the next line of a tab copy, and notes a figure too many there', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', ...Array<string>(7).fill('')],
        ['2', '0', '0', '0', '0', '1', '3'],
        ['（二）部分公开'],
        ['1', '0', '0', '0', '0', '0', '1', '9'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(unplacedNotes(report)).toEqual(['表三 （二）部分公开：找到 8 个数，多于 7 列，只取前 7 个']);
  });
});

describe('rows with no figure or too few', () => {
  it('reads a row written "无" in one merged cell as blank, found at its label, with no note', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', '无'],
        ['（二）部分公开', '1', '0', '0', '0', '0', '0', '1'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual(Array(7).fill(null));
    expect(report.cells['requests.granted.total']?.source).toBeDefined();
    expect(report.findings).toEqual([]);
  });

  it('does not take a tab row’s trailing debris for a blank last column: six figures for seven columns are short', () => {
    const report = parseReport(
      document([requestsHeading, newRow, ['（一）予以公开', '2', '0', '0', '0', '1', '3', '']]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, null, null, null, null, null, 3]);
    expect(report.findings.map((finding) => [finding.rule, finding.cells.length])).toEqual([
      ['structure.unplaced', 5],
    ]);
  });
});

describe('a province’s extra row of table 二 in a copy with one cell a line', () => {
  it('is the label directly followed by figures, not a heading above it', () => {
    const report = parseReport(
      document(
        [
          '二、主动公开政府信息情况',
          '第二十条第（一）项',
          '信息内容',
          '本年制发件数',
          '本年废止件数',
          '现行有效件数',
          '规章',
          ...['0', '0', '0'],
          '市级自定事项',
          '其他主动公开文件',
          ...['7', '0', '12'],
          '三、收到和处理政府信息公开申请情况',
          '本年新收政府信息公开申请数量',
          ...['1', '0', '0', '0', '0', '0', '1'],
        ].map((text) => [text]),
      ),
    );
    expect(report.extraRows.map((row) => [row.label, row.values])).toEqual([
      ['其他主动公开文件', [7, 0, 12]],
    ]);
  });
});

describe('a label that stands twice', () => {
  it('takes the figures of the occurrence that has them, not the blank marks of the other', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', '-', '-', '-', '-', '-', '-', '-'],
        ['（一）予以公开', '2', '-', '0', '0', '0', '1', '3'],
        ['（二）部分公开', '1', '0', '0', '0', '0', '0', '1'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, null, 0, 0, 0, 1, 3]);
    expect(report.cells['requests.granted.total']?.raw).toBe('3');
  });
});

describe('what the reviewer reads in a cell', () => {
  it('is the cell’s text without the spaces around it, a figure or a blank mark', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', ' 2 ', ' - ', '0', '0', '0', '1', '3 '],
        ['（二）部分公开', ' - ', '-', '-', '-', '-', '-', ' 无 ', ''],
      ]),
    );
    expect(
      ['natural', 'commercial', 'total'].map((column) => report.cells[`requests.granted.${column}`]?.raw),
    ).toEqual(['2', '-', '3']);
    expect(
      ['natural', 'otherOrg', 'total'].map((column) => report.cells[`requests.partial.${column}`]?.raw),
    ).toEqual(['-', '-', '无']);
    expect(valuesOf(report, 'partial')).toEqual(Array(7).fill(null));
  });

  it('of a blank row of a real table whose label spans two cells, is each blank cell in its own place', () => {
    const report = parseReport(
      document([
        requestsHeading,
        header,
        { row: newRow },
        { row: ['（一）予以公开', '', '', '', '', '', '', '', ''] },
      ]),
    );
    const source = (column: string) => report.cells[`requests.granted.${column}`]?.source;
    const natural = source('natural');
    const total = source('total');
    expect(natural?.kind === 'text' && total?.kind === 'text' ? total.start - natural.start : undefined).toBe(
      6,
    );
    expect(source('natural')).not.toEqual(report.cells['requests.new.total']?.source);
  });
});

describe('a short row of table 二', () => {
  it('places none of its figures: the columns of table 二 are not anchored at the ends', () => {
    const report = parseReport(
      document([
        ['二、主动公开政府信息情况'],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '1', '5'],
        ['三、收到和处理政府信息公开申请情况'],
        newRow,
      ]),
    );
    expect(
      ['issued', 'repealed', 'inForce'].map((column) => report.cells[`active.rules.${column}`]?.value),
    ).toEqual([null, null, null]);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      '表二 规章：只找到 2 个数，少于 3 列；本年制发件数、本年废止件数、现行有效件数列无法确定对应的数值，请对照原件核实（可在审查中更正）',
    ]);
  });
});

describe('a label standing alone whose figures a conversion moved above it', () => {
  it('gets them by the form’s order of rows, with a note', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3'],
        ['1', '0', '0', '0', '0', '0', '1'],
        ['（二）部分公开'],
        ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ]),
    );
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.findings.map((finding) => finding.rule)).toEqual(['structure.inferred']);
  });
});

describe('table 三, read in the form’s order', () => {
  it('reads 3.其他 from its row, not from the header’s 其他 column', () => {
    const labels = [
      '二、上年结转政府信息公开申请数量',
      '（一）予以公开',
      '（二）部分公开',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    ];
    const report = parseReport(
      document([
        requestsHeading,
        header.row,
        newRow,
        ...labels.map((label) => [label, '0', '0', '0', '0', '0', '0', '0']),
        ['3.其他', '1', '0', '0', '0', '0', '1', '2'],
        ['（七）总计', '1', '0', '0', '0', '0', '1', '2'],
      ]),
    );
    expect(valuesOf(report, 'other.other')).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(valuesOf(report, 'total')).toEqual([1, 0, 0, 0, 0, 1, 2]);
  });
});

describe('a row whose label was cut so that it names no row', () => {
  it('gets its figures by the form’s order of rows, with a note naming the row', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3'],
        ['（二）部', '1', '0', '0', '0', '0', '0', '1'],
        ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ]),
    );
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.findings.map((finding) => [finding.rule, finding.message])).toEqual([
      [
        'structure.inferred',
        '表三 （二）部分公开：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
      ],
    ]);
  });

  it('is not guessed when two lines could hold its figures', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3'],
        ['（二）部', '1', '0', '0', '0', '0', '0', '1'],
        ['说明', '5', '0', '0', '0', '0', '0', '5'],
        ['1.属于国家秘密', '0', '0', '0', '0', '0', '0', '0'],
      ]),
    );
    expect(valuesOf(report, 'partial')).toEqual(Array(7).fill(null));
    expect(report.findings).toEqual([]);
  });
});

describe('table 二, whose blocks a conversion may move', () => {
  it('reads each row wherever it stands, out of the form’s order', () => {
    const report = parseReport(
      document([
        ['二、主动公开政府信息情况'],
        ['信息内容', '本年处理决定数量'],
        ['行政许可', '3'],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '1', '0', '2'],
        requestsHeading,
        newRow,
      ]),
    );
    expect(report.cells['active.licensing.decisions']?.value).toBe(3);
    expect(
      ['issued', 'repealed', 'inForce'].map((column) => report.cells[`active.rules.${column}`]?.value),
    ).toEqual([1, 0, 2]);
  });
});

describe('a label wrapped onto a second line in a copy with one cell a line', () => {
  it('takes the form’s note of （二）部分公开 on its own line for the rest of the label, and reads the figures after it', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开'],
        ...['2', '0', '0', '0', '0', '1', '3'].map((figure) => [figure]),
        ['（二）部分公开'],
        ['（区分处理的，只计这一情形，不计其他情形）'],
        ...['1', '0', '0', '0', '0', '0', '1'].map((figure) => [figure]),
        ['1.属于国家秘密'],
        ...['0', '0', '0', '0', '0', '0', '0'].map((figure) => [figure]),
      ]),
    );
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.findings).toEqual([]);
  });

  it('does not take a paragraph after the label for its second line: the figures after it are placed with a note', () => {
    const note =
      '注：本年度收到的申请均在法定期限内作出答复，通过政府信息公开平台答复的，已同步告知申请人获取信息的方式和途径。';
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
        ['（一）予以公开'],
        [note],
        ['2', '0', '0', '0', '0', '1', '3'],
        ['（二）部分公开', '1', '0', '0', '0', '0', '0', '1'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(report.findings.map((finding) => finding.rule)).toEqual(['structure.inferred']);
  });

  it('names the row where its label begins when the label’s second line holds the row’s words too', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['5.要求行政机关确认或重新'],
        ['出具已获取信息'],
        ...['1', '0', '0', '0', '0', '1'].map((figure) => [figure]),
        ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
        ...['0', '0', '0', '0', '0', '0', '0'].map((figure) => [figure]),
      ]),
    );
    const row = 'rejected.confirmation';
    expect(valuesOf(report, row)).toEqual([1, null, null, null, null, null, 1]);
    const unplaced = report.findings.find((finding) => finding.rule === 'structure.unplaced');
    expect(unplaced?.cells).toEqual(requestColumns.slice(1, 6).map((column) => `requests.${row}.${column}`));
    const source = report.cells[`requests.${row}.commercial`]?.source;
    expect(source?.kind === 'text' ? report.text.slice(source.start, source.end) : undefined).toBe(
      '5.要求行政机关确认或重新',
    );
  });

  it('goes no further than a second line: a label over four lines and a stray figure leave the row to the line of its figures, with a note', () => {
    // As converted from a real report's PDF (a 2024 report of a Shanghai commission): labels wrapped in narrow
    // cells, each row's figures in a table line after them.
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0', '0', '0', '0', '0', '1'],
        ['2.申请人逾期未按收费'],
        ['通知要求缴纳费用、行'],
        ['政机关不再处理其政府'],
        ['信息公开申请'],
        ['1'],
        ['0', '0', '0', '0', '0', '0', '0'],
        ['3.其他', '4', '0', '0', '0', '0', '0', '4'],
      ]),
    );
    expect(valuesOf(report, 'other.unpaidFee')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      '表三 （六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
    ]);
  });
});

describe('a table with a remark column', () => {
  it('reads the row’s figures and takes the remark after them for no figure', () => {
    const report = parseReport(
      document([
        requestsHeading,
        [...header.row, '备注'],
        newRow,
        ['（一）予以公开', '2', '0', '0', '0', '0', '1', '3', '均在法定期限内答复'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(report.findings).toEqual([]);
  });
});

describe('labels on their own lines, each row’s figures on the line below (a Markdown conversion)', () => {
  it('still places a row whose label was lost between them, with a note', () => {
    const report = parseReport(
      document([
        requestsHeading,
        newRow,
        ['（一）予以公开'],
        ['2', '0', '0', '0', '0', '1', '3'],
        ['1', '0', '0', '0', '0', '0', '1'],
        ['1.属于国家秘密'],
        ['0', '0', '0', '0', '0', '0', '0'],
      ]),
    );
    expect(valuesOf(report, 'granted')).toEqual([2, 0, 0, 0, 0, 1, 3]);
    expect(valuesOf(report, 'partial')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(report.findings.map((finding) => finding.message)).toEqual([
      '表三 （二）部分公开：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
    ]);
  });
});
