// The statutory tables read out of a text document laid out cell by cell (a tab-separated copy):
// complete rows, short rows whose figures cannot all be placed, rows with a figure too many, table 四
// in one row or three, left blank or cut short, provinces' extra rows and the 2019 form's single
// （六）其他处理 row in a 2021 report. What the reviewer sees: the values, their sources and the notes.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument } from '../../../src/shared/document';

const REQUEST_LABELS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];
const ZEROS = ['0', '0', '0', '0', '0', '0', '0'];

interface Layout {
  /** Figures of table 三's rows, by index in REQUEST_LABELS (default seven zeros). */
  requests?: Record<number, string[]>;
  /** Rows of table 三 whose label the conversion lost: their figures stand alone. */
  unlabelled?: number[];
  /** Extra lines in place of a row (by index), e.g. the single （六） row. */
  replace?: Record<number, string[][]>;
  appeals?: string[][];
  extraActive?: string[][];
}

/** A 2021 report as a text copy, one table row a line, cells separated. */
function report(layout: Layout = {}): SourceDocument {
  let offset = 0;
  const line = (cells: string[]): DocumentLine => ({
    cells: cells.map((text) => {
      const piece = { text, source: { kind: 'text' as const, start: offset, end: offset + text.length } };
      offset += text.length + 1;
      return piece;
    }),
  });
  const requestRows = REQUEST_LABELS.flatMap(
    (label, i) =>
      layout.replace?.[i] ?? [
        [...(layout.unlabelled?.includes(i) ? [] : [label]), ...(layout.requests?.[i] ?? ZEROS)],
      ],
  );
  return {
    format: 'txt',
    lines: [
      ['某县商务局2023年政府信息公开工作年度报告'],
      ['二、主动公开政府信息情况'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '1', '0', '5'],
      ...(layout.extraActive ?? []),
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '3'],
      ['行政处罚', '0'],
      ['行政强制', '0'],
      ['信息内容', '本年收费金额（单位：万元）'],
      ['行政事业性收费', '0'],
      ['三、收到和处理政府信息公开申请情况'],
      ...requestRows,
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ...(layout.appeals ?? [Array<string>(15).fill('0')]),
      ['五、存在的主要问题及改进情况'],
      ['无'],
    ].map(line),
  };
}

const value = (parsed: ReturnType<typeof parseReport>, id: string) => parsed.cells[id]?.value;
const columnsOf = (row: string) =>
  ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map(
    (column) => `requests.${row}.${column}`,
  );

describe('a complete report', () => {
  it('reads every cell with its source and no note', () => {
    const parsed = parseReport(report({ requests: { 2: ['1', '0', '0', '0', '0', '1', '2'] } }));
    expect(parsed.template).toBe('2021');
    expect(parsed.findings).toEqual([]);
    expect(parsed.extraRows).toEqual([]);
    expect(columnsOf('granted').map((id) => value(parsed, id))).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(value(parsed, 'active.normativeDocs.inForce')).toBe(5);
    expect(value(parsed, 'active.licensing.decisions')).toBe(3);
    for (const [id, cell] of Object.entries(parsed.cells)) expect(cell.source, id).toBeDefined();
    const total = parsed.cells['requests.granted.total']!;
    expect(total.raw).toBe('2');
    const source = total.source;
    expect(source?.kind === 'text' ? parsed.text.slice(source.start, source.end) : undefined).toBe('2');
  });
});

describe('rows with too few or too many figures', () => {
  it('places the first and last figure of a short row of table 三, and says once for rows short alike', () => {
    const parsed = parseReport(report({ requests: { 2: ['1', '1'], 3: ['2', '2'], 4: ['3'] } }));
    expect(columnsOf('granted').map((id) => value(parsed, id))).toEqual([1, null, null, null, null, null, 1]);
    expect(parsed.cells['requests.granted.legal']?.source).toBeDefined();
    expect(
      parsed.findings.map((finding) => [
        finding.rule,
        finding.severity,
        finding.message,
        finding.cells.length,
      ]),
    ).toEqual([
      [
        'structure.unplaced',
        'warning',
        '表三 （一）予以公开、（二）部分公开：每行只找到 2 个数，少于 7 列；已按首尾放入自然人、总计列，商业企业、科研机构、社会公益组织、法律服务机构、其他列无法确定对应的数值，请对照原件核实（可在审查中更正）',
        10,
      ],
      [
        'structure.unplaced',
        'warning',
        '表三 （三）不予公开1.属于国家秘密：只找到 1 个数，少于 7 列；自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计列无法确定对应的数值，请对照原件核实（可在审查中更正）',
        7,
      ],
    ]);
    expect(parsed.findings[0]?.cells).toEqual(
      [...columnsOf('granted'), ...columnsOf('partial')].filter((id) => !/\.(natural|total)$/.test(id)),
    );
  });

  it('keeps the first seven of eight figures and notes it (info)', () => {
    const parsed = parseReport(report({ requests: { 2: ['1', '0', '0', '0', '0', '0', '1', '9'] } }));
    expect(columnsOf('granted').map((id) => value(parsed, id))).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(parsed.findings).toMatchObject([
      {
        id: 'structure.unplaced|granted',
        severity: 'info',
        cells: [],
        message: '表三 （一）予以公开：找到 8 个数，多于 7 列，只取前 7 个',
      },
    ]);
  });
});

describe('the format of the tables', () => {
  it('is told by the rows, not by a sentence that names the other format’s columns', () => {
    const note =
      '说明：原格式中的本年新制作数量、对外公开总数量、上一年项目数量、本年增/减、其他对外管理服务事项、第二十条第（九）项、政府集中采购、采购总金额等栏目本年已不再填报。';
    const parsed = parseReport(report({ extraActive: [[note]] }));
    expect(parsed.template).toBe('2021');
    expect(value(parsed, 'active.normativeDocs.inForce')).toBe(5);
  });
});

describe('a row written with blank marks', () => {
  it('keeps each mark as its cell’s text, found where it stands, and reads no figure', () => {
    const marks = ['-', '/', '无', '-', '—', '\\', '空'];
    const parsed = parseReport(report({ requests: { 2: marks } }));
    const cells = columnsOf('granted').map((id) => parsed.cells[id]!);
    expect(cells.map((cell) => cell.value)).toEqual(Array(7).fill(null));
    expect(cells.map((cell) => cell.raw)).toEqual(marks);
    expect(cells.map(({ source }) => (source?.kind === 'text' ? parsed.text.slice(source.start, source.end) : undefined))).toEqual(marks);
    expect(columnsOf('partial').map((id) => value(parsed, id))).toEqual(Array(7).fill(0));
  });
});

describe('table 四', () => {
  it('reads three rows of five as the three groups', () => {
    const parsed = parseReport(
      report({
        appeals: [
          ['1', '0', '0', '0', '1'],
          ['0', '1', '0', '0', '1'],
          ['0', '0', '2', '0', '2'],
        ],
      }),
    );
    const groups = ['review', 'suitDirect', 'suitAfterReview'].map((group) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((column) =>
        value(parsed, `appeals.${group}.${column}`),
      ),
    );
    expect(groups).toEqual([
      [1, 0, 0, 0, 1],
      [0, 1, 0, 0, 1],
      [0, 0, 2, 0, 2],
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('does not guess the columns of fewer than 15 figures', () => {
    const parsed = parseReport(report({ appeals: [['1', '0', '0', '0', '1', '2']] }));
    expect(parsed.findings).toMatchObject([
      {
        rule: 'structure.unplaced',
        severity: 'warning',
        message:
          '表四 行政复议、行政诉讼情况：只找到 6 个数，少于 15 列，无法确定各数对应的列，请对照原件核实',
      },
    ]);
    expect(parsed.findings[0]?.cells).toHaveLength(15);
    expect(value(parsed, 'appeals.review.upheld')).toBeNull();
    expect(parsed.cells['appeals.review.upheld']?.source).toBeDefined();
  });

  it('does not take the empty cells of a row for blank columns when the other figures stand one a line', () => {
    const parsed = parseReport(
      report({ appeals: [['1'], ['0'], ['0'], ['0'], ['1'], ['0', '', '0', '0', '0', '', '0', '0', '0', '0']] }),
    );
    expect(parsed.findings.map((finding) => finding.message)).toEqual([
      '表四 行政复议、行政诉讼情况：只找到 13 个数，少于 15 列，无法确定各数对应的列，请对照原件核实',
    ]);
    expect(value(parsed, 'appeals.review.upheld')).toBeNull();
    expect(value(parsed, 'appeals.suitAfterReview.total')).toBeNull();
  });

  it('reads a row of blank marks as blank cells that were found', () => {
    const parsed = parseReport(report({ appeals: [Array<string>(15).fill('-')] }));
    expect(parsed.findings).toEqual([]);
    expect(parsed.cells['appeals.suitAfterReview.total']).toMatchObject({
      value: null,
      source: { kind: 'text' },
    });
  });
});

describe('rows whose label was lost', () => {
  it('places the figures of a run of unlabelled lines by the form’s order of rows, and says so', () => {
    const parsed = parseReport(
      report({
        requests: { 3: ['2', '0', '0', '0', '0', '0', '2'], 4: ['1', '0', '0', '0', '0', '1', '2'] },
        unlabelled: [3, 4],
      }),
    );
    expect(columnsOf('partial').map((id) => value(parsed, id))).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(columnsOf('denied.stateSecret').map((id) => value(parsed, id))).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(parsed.findings).toMatchObject([
      {
        rule: 'structure.inferred',
        severity: 'warning',
        message:
          '表三 （二）部分公开、（三）不予公开1.属于国家秘密：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
        cells: [...columnsOf('partial'), ...columnsOf('denied.stateSecret')],
      },
    ]);
  });

  it('does not guess when the unlabelled lines and the missing rows do not match one to one', () => {
    const parsed = parseReport(
      report({ requests: { 3: ['2', '0', '0', '0', '0', '0', '2'] }, unlabelled: [3], replace: { 4: [] } }),
    );
    expect(parsed.findings.filter((finding) => finding.rule === 'structure.inferred')).toEqual([]);
    expect(value(parsed, 'requests.partial.total')).toBeNull();
    expect(parsed.cells['requests.partial.total']?.source).toBeUndefined();
  });

  it('places a line whose group label stands in a cell of its own, left of a row label cut by the page', () => {
    // "（六）其他处理" set vertically beside "2.申请人逾期…", whose middle the page break took.
    const parsed = parseReport(
      report({ replace: { 21: [['（六）其他', '2.申请人逾期处理其政府信息公开申请', '5', '0', '0', '0', '0', '0', '5']] } }),
    );
    expect(columnsOf('other.unpaidFee').map((id) => value(parsed, id))).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(parsed.findings.map((finding) => finding.rule)).toEqual(['structure.inferred']);
  });

  it('does not take a line with two labels of its own, neither a group label, for a lost row', () => {
    const parsed = parseReport(
      report({ replace: { 21: [['备注说明', '2.申请人逾期处理其政府信息公开申请', '5', '0', '0', '0', '0', '0', '5']] } }),
    );
    expect(value(parsed, 'requests.other.unpaidFee.total')).toBeNull();
    expect(parsed.findings.filter((finding) => finding.rule === 'structure.inferred')).toEqual([]);
  });

  it('reads the state-secret row whose last glyph wrapped out of reach ("1.属于国家秘" over "密")', () => {
    const parsed = parseReport(report({ replace: { 4: [['不予公开', '1.属于国家秘', '5', '1', '0', '0', '1', '0', '7']] } }));
    expect(columnsOf('denied.stateSecret').map((id) => value(parsed, id))).toEqual([5, 1, 0, 0, 1, 0, 7]);
    expect(parsed.findings).toEqual([]);
  });

  it('places an unlabelled line whose copy ends in an empty cell (conversion debris)', () => {
    const parsed = parseReport(report({ replace: { 3: [['2', '0', '0', '0', '0', '0', '2', '']] } }));
    expect(columnsOf('partial').map((id) => value(parsed, id))).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(parsed.findings.map((finding) => finding.rule)).toEqual(['structure.inferred']);
  });

  it('places a lost row further down even where an earlier lost row could not be placed', () => {
    const parsed = parseReport(
      report({
        // （一）予以公开 lost its label, and a remark line with figures stands beside its line: either could be its.
        replace: { 2: [['2', '0', '0', '0', '0', '1', '3'], ['说明', '5', '0', '0', '0', '0', '0', '5']] },
        requests: { 6: ['1', '0', '0', '0', '0', '0', '1'] },
        unlabelled: [6],
      }),
    );
    expect(columnsOf('granted').map((id) => value(parsed, id))).toEqual(Array(7).fill(null));
    expect(columnsOf('denied.safety').map((id) => value(parsed, id))).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(parsed.findings.map((finding) => finding.message)).toEqual([
      '表三 （三）不予公开3.危及"三安全一稳定"：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实',
    ]);
  });
});

describe('rows that are not the form’s', () => {
  it('keeps a province’s extra row of table 二 with its figures', () => {
    const parsed = parseReport(report({ extraActive: [['其他主动公开文件', '7', '0', '12']] }));
    expect(parsed.extraRows).toMatchObject([
      { table: 'active', label: '其他主动公开文件', values: [7, 0, 12], source: { kind: 'text' } },
    ]);
    expect(value(parsed, 'active.normativeDocs.inForce')).toBe(5);
  });

  it('keeps only labels of two to thirty Chinese characters directly followed by figures, never a caption', () => {
    const extraRows = (extraActive: string[][]) =>
      parseReport(report({ extraActive })).extraRows.map((row) => [row.label, row.values]);
    expect(extraRows([['其他文件'], ['7', '0', '12']])).toEqual([['其他文件', [7, 0, 12]]]);
    expect(extraRows([['其他文件', '-', '7']])).toEqual([['其他文件', [null, 7]]]);
    expect(extraRows([['公报', '1']])).toEqual([['公报', [1]]]);
    expect(extraRows([['其'.repeat(30), '1']])).toEqual([['其'.repeat(30), [1]]]);
    expect(extraRows([[' 其他文件 ', '7']])).toEqual([['其他文件', [7]]]);
    for (const rows of [
      [['本年新增数量', '7', '0', '12']],
      [['其他文件']],
      [['其', '1']],
      [['其'.repeat(31), '1']],
      [['Other', '1']],
    ])
      expect(extraRows(rows), rows[0]![0]).toEqual([]);
  });

  it('keeps a 2021 report’s single （六）其他处理 row, and says that its three rows are missing', () => {
    const parsed = parseReport(
      report({ replace: { 20: [['（六）其他处理', '2', '0', '0', '0', '0', '0', '2']], 21: [], 22: [] } }),
    );
    expect(parsed.extraRows).toMatchObject([
      { table: 'requests', label: '（六）其他处理', values: [2, 0, 0, 0, 0, 0, 2] },
    ]);
    expect(parsed.findings).toMatchObject([
      {
        rule: 'structure.rows',
        severity: 'warning',
        message: '表三 （六）其他处理 只有一行，未按 2021 年版格式分为"逾期不补正""逾期未缴纳费用""其他"三项',
      },
    ]);
    expect(parsed.findings[0]?.cells).toEqual([
      ...columnsOf('other.noCorrection'),
      ...columnsOf('other.unpaidFee'),
      ...columnsOf('other.other'),
    ]);
  });
});

describe('a document without the tables', () => {
  it('has no format and no cells, and keeps its metadata and sections', () => {
    const parsed = parseReport({
      format: 'txt',
      lines: ['某县商务局2023年政府信息公开工作年度报告', '一、总体情况', '正文'].map((text, i) => ({
        cells: [{ text, source: { kind: 'text', start: i * 40, end: i * 40 + text.length } }],
      })),
    });
    expect(parsed).toMatchObject({
      template: null,
      cells: {},
      extraRows: [],
      findings: [],
      agency: '某县商务局',
      year: 2023,
    });
    expect(parsed.sections.map((section) => [section.number, section.text])).toEqual([[1, '正文']]);
  });
});

describe('a copy with one cell a line and no section headings', () => {
  let offset = 0;
  const lines = (texts: string[]): SourceDocument => {
    offset = 0;
    return {
      format: 'txt',
      lines: texts.map((text) => {
        const piece = { text, source: { kind: 'text' as const, start: offset, end: offset + text.length } };
        offset += text.length + 1;
        return { cells: [piece] };
      }),
    };
  };
  const requestRow = (label: string, figures: string[]) => [label, ...figures];
  const read = () => parseReport(
    lines([
      '某县商务局2023年政府信息公开工作年度报告',
      '第二十条第（一）项',
      '信息内容',
      '本年制发件数',
      '本年废止件数',
      '现行有效件数',
      '规章',
      '0',
      '0',
      '0',
      '行政许可',
      '3',
      '行政事业性收费',
      '1.5',
      '申请人情况',
      ...requestRow('本年新收政府信息公开申请数量', ['2', '0', '0', '0', '0', '0', '2']),
      ...requestRow('（一）予以公开', ['2', '0', '0', '0', '0', '0', '2']),
      ...requestRow('（七）总计', ['2', '0', '0', '0', '0', '0', '2']),
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      ...Array<string>(14).fill('0'),
      '1',
    ]),
  );

  it('finds each table by its own markers and reads the figures that follow each label', () => {
    const parsed = read();
    expect(parsed.template).toBe('2021');
    expect(value(parsed, 'active.licensing.decisions')).toBe(3);
    expect(value(parsed, 'active.fees.amount')).toBe(1.5);
    expect(columnsOf('new').map((id) => value(parsed, id))).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(value(parsed, 'requests.granted.total')).toBe(2);
    expect(value(parsed, 'requests.total.total')).toBe(2);
    expect(value(parsed, 'appeals.suitAfterReview.total')).toBe(1);
    expect(value(parsed, 'appeals.review.total')).toBe(0);
  });

  it('leaves the rows it did not find without a source (missing, not blank)', () => {
    const parsed = read();
    expect(parsed.cells['requests.partial.total']).toEqual({ value: null, raw: '' });
    expect(parsed.cells['active.normativeDocs.inForce']).toEqual({ value: null, raw: '' });
  });
});
