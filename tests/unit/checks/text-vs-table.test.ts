import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { buildReport, only, type ReportInput } from './build-report';

const vsTable = (input: ReportInput) => only(checkReport(buildReport(input)), 'text.vsTable');
const requests = (received: number, over: number, handled: number, forward: number): ReportInput['rows'] => ({
  'requests.new': [received, 0, 0, 0, 0, 0, received],
  'requests.carriedOver': [over, 0, 0, 0, 0, 0, over],
  'requests.granted': [handled, 0, 0, 0, 0, 0, handled],
  'requests.total': [handled, 0, 0, 0, 0, 0, handled],
  'requests.carriedForward': [forward, 0, 0, 0, 0, 0, forward],
});

describe('text.vsTable', () => {
  it('passes a text that agrees with the tables', () => {
    const findings = vsTable({
      rows: {
        ...requests(5, 1, 4, 2),
        'appeals.review': [1, 0, 0, 0, 1],
        'appeals.suitDirect': [0, 0, 0, 1, 1],
      },
      sections: {
        1: '2021年，我局共收到政府信息公开申请5件，上年结转申请1件，办结4件，结转下年度继续办理2件。收到行政复议1件，行政诉讼1件。',
      },
    });
    expect(findings).toEqual([]);
  });

  it('is an error when the text plainly states another number of requests received (收到…申请 N 件)', () => {
    const findings = vsTable({
      rows: requests(5, 0, 5, 0),
      sections: { 1: '2021年，我局共收到政府信息公开申请7件，均已按期答复。' },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      cells: ['requests.new.total'],
      formula: '正文 7，表格 5，相差 2',
      excerpt: '2021年，我局共收到政府信息公开申请7件，均已按期答复。',
      excerptSource: { kind: 'text' },
    });
    expect(findings[0]?.message).toContain('正文称“收到政府信息公开申请7件”');
    expect(findings[0]?.message).toContain('表三 一、本年新收政府信息公开申请数量 · 总计列 为 5');
  });

  it('is an error when the text uses the form’s own wording', () => {
    const findings = vsTable({
      rows: requests(5, 0, 5, 0),
      sections: { 1: '本年新收政府信息公开申请数量为6件。' },
    });
    expect(findings).toMatchObject([{ severity: 'error' }]);
  });

  it('accepts a received total that includes the requests carried over (共受理749件 = 713 + 36)', () => {
    const findings = vsTable({
      year: 2025,
      rows: requests(713, 36, 718, 31),
      sections: {
        1: '2025 年，全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件；共办理 718 件，结转下一年 31 件。',
      },
    });
    expect(findings).toEqual([]);
  });

  it('warns when the body’s office states the number for it (区政府办代表区政府受理 17 vs 95)', () => {
    const findings = vsTable({
      year: 2024,
      agency: '淮安市洪泽区人民政府',
      rows: requests(95, 0, 95, 0),
      sections: { 1: '2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。' },
    });
    expect(findings).toMatchObject([{ severity: 'warning', cells: ['requests.new.total'] }]);
    expect(findings[0]?.message).toContain('口径');
  });

  it('keeps a number given to another quantity (其中, 各乡镇) as a note', () => {
    const findings = vsTable({
      year: 2024,
      rows: requests(95, 0, 95, 0),
      sections: { 1: '2024 年，各乡镇街道共受理政府信息公开申请 17 件。' },
    });
    expect(findings).toMatchObject([{ severity: 'info', cells: ['requests.new.total'] }]);
  });

  it('warns on a loosely worded count (办理 N 件) that contradicts the table', () => {
    const findings = vsTable({
      rows: requests(5, 0, 5, 0),
      sections: { 1: '本年度，共办理政府信息公开申请 9 件。' },
    });
    expect(findings).toMatchObject([{ severity: 'warning' }]);
  });

  it('ignores statements about other years and approximate numbers', () => {
    const findings = vsTable({
      year: 2020,
      rows: requests(2, 0, 2, 0),
      sections: {
        1: '2020 年共收到依申请信息公开 2 件，办结率 100%，比 2019 年（未收到政府信息公开申请）多 2 件。去年收到申请9件。及时回复群众咨询投诉3000余件。受理申请约30件。',
      },
    });
    expect(findings).toEqual([]);
  });

  it('checks "未收到…申请" and "未发生行政复议、行政诉讼" against the tables', () => {
    const findings = vsTable({
      rows: { ...requests(1, 0, 1, 0), 'appeals.suitDirect': [1, 0, 0, 0, 1] },
      sections: {
        1: '本年度未收到政府信息公开申请。未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。',
      },
    });
    expect(findings.map((finding) => finding.cells)).toEqual([
      ['requests.new.total'],
      ['appeals.suitDirect.total', 'appeals.suitAfterReview.total'],
    ]);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
  });

  it('does not read "未被行政复议纠错或行政诉讼败诉" as "no appeals"', () => {
    const findings = vsTable({
      rows: { 'appeals.review': [3, 0, 0, 0, 3], 'appeals.suitDirect': [1, 0, 0, 0, 1] },
      sections: { 1: '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。' },
    });
    expect(findings).toEqual([]);
  });

  it('compares 行政复议 N 件 with 表四 and 行政诉讼 N 件 with both suit groups', () => {
    const rows = {
      'appeals.review': [72, 64, 178, 37, 351],
      'appeals.suitDirect': [13, 4, 8, 1, 26],
      'appeals.suitAfterReview': [12, 1, 1, 6, 20],
    };
    expect(
      vsTable({
        rows,
        sections: { 1: '政府信息公开行政复议 351 件，其中结果维持 72 件；政府信息公开行政诉讼 46 件。' },
      }),
    ).toEqual([]);
    const wrong = vsTable({
      rows,
      sections: { 1: '政府信息公开行政复议 350 件；政府信息公开行政诉讼 40 件。' },
    });
    expect(wrong.map((finding) => finding.formula)).toEqual([
      '正文 350，表格 351，相差 1',
      '正文 40，表格 46，相差 6',
    ]);
  });

  it('reads a bare "结转 N 件" as either carried over or carried forward', () => {
    expect(
      vsTable({ rows: requests(5, 1, 4, 2), sections: { 1: '全年收到申请5件，办结4件，结转2件。' } }),
    ).toEqual([]);
    expect(
      vsTable({ rows: requests(5, 1, 4, 2), sections: { 1: '全年收到申请5件，办结4件，结转1件。' } }),
    ).toEqual([]);
    const findings = vsTable({
      rows: requests(5, 1, 4, 2),
      sections: { 1: '全年收到申请5件，办结4件，结转3件。' },
    });
    expect(findings).toMatchObject([{ severity: 'warning', cells: ['requests.carriedForward.total'] }]);
  });

  it('flags 办结率100% while requests are carried forward', () => {
    const findings = vsTable({
      rows: requests(5, 0, 3, 2),
      sections: { 1: '全年收到申请5件，办结率100%。' },
    });
    expect(findings).toMatchObject([{ severity: 'warning', cells: ['requests.carriedForward.total'] }]);
    expect(vsTable({ rows: requests(5, 0, 5, 0), sections: { 1: '全年收到申请5件，办结率100%。' } })).toEqual(
      [],
    );
  });

  it('compares a stated fee amount with 表二 行政事业性收费 (2021 format, 万元)', () => {
    const rows = { 'active.fees': [7730.28] };
    expect(vsTable({ rows, sections: { 1: '本年行政事业性收费金额7730.28万元。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '本年行政事业性收费金额6000万元。' } })).toMatchObject([
      { cells: ['active.fees.amount'] },
    ]);
    expect(vsTable({ rows, sections: { 6: '全年收取信息处理费 380 元。' } })).toEqual([]);
  });

  it('does not read a result count as the number received', () => {
    expect(vsTable({ rows: requests(5, 0, 5, 0), sections: { 1: '收到的申请中予以公开3件。' } })).toEqual([]);
  });

  it('says nothing when the table cell could not be read', () => {
    const findings = vsTable({
      cells: { 'requests.new.total': null },
      sections: { 1: '共收到政府信息公开申请7件。' },
    });
    expect(findings).toEqual([]);
    const suits = vsTable({
      cells: { 'appeals.suitAfterReview.total': null },
      sections: { 4: '政府信息公开行政诉讼 5 件。' },
    });
    expect(suits).toEqual([]);
  });
});

describe('text.vsTable: what each flag shows', () => {
  it('says 全部办结 is contradicted by requests carried forward, without a formula', () => {
    const findings = vsTable({
      rows: requests(5, 0, 3, 2),
      sections: { 1: '全年收到申请5件，均已按时办结。' },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'text.vsTable|requests.carriedForward.total|completed:',
      message:
        '正文称“均已按时办结”，但表三 四、结转下年度继续办理 · 总计列 为 2，仍有申请结转下年度办理，“全部办结”的说法与表格不符。',
    });
    expect(findings[0]?.formula).toBeUndefined();
  });

  it('reads the whole text when no section heading was found', () => {
    const findings = vsTable({
      rows: requests(5, 0, 5, 0),
      sections: { 1: null, 2: null, 3: null, 4: null, 5: null, 6: null },
      preamble: '本机关全年共收到政府信息公开申请7件。',
    });
    expect(findings).toMatchObject([{ severity: 'error', formula: '正文 7，表格 5，相差 2' }]);
    expect(findings[0]?.excerptSource).toBeUndefined();
  });

  it('gives the same statement made twice two flags with their own ids', () => {
    const findings = vsTable({
      rows: requests(5, 0, 5, 0),
      sections: { 1: '全年共收到政府信息公开申请7件。', 3: '本年度收到政府信息公开申请7件。' },
    });
    expect(findings.map((finding) => finding.id)).toEqual([
      'text.vsTable|requests.new.total|received:7',
      'text.vsTable|requests.new.total|received:7#2',
    ]);
  });

  it('accepts a fee within the rounding of the form’s 4 decimals of 万元 and flags one beyond it', () => {
    const rows = { 'active.fees': [0] };
    expect(vsTable({ rows, sections: { 1: '本年行政事业性收费金额0.5元。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '本年行政事业性收费金额1元。' } })).toMatchObject([
      { cells: ['active.fees.amount'], formula: '正文 0.0001，表格 0，相差 0.0001' },
    ]);
  });

  it('compares "行政复议和行政诉讼 N 件" with 表四: all three totals, or review and direct suits', () => {
    const rows = {
      'appeals.review': [1, 0, 0, 0, 1],
      'appeals.suitDirect': [2, 0, 0, 0, 2],
      'appeals.suitAfterReview': [0, 1, 0, 0, 1],
    };
    expect(vsTable({ rows, sections: { 4: '本年度发生行政复议和行政诉讼共4件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 4: '本年度发生行政复议和行政诉讼共3件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 4: '本年度发生行政复议和行政诉讼共6件。' } })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cells: ['appeals.review.total', 'appeals.suitDirect.total', 'appeals.suitAfterReview.total'],
        formula: '正文 6，表格 4，相差 2',
        message: '正文与表格不一致：正文称“行政复议和行政诉讼共6件”，而表四 行政复议和行政诉讼总计为 1+2+1 = 4。请核对正文与表格哪一处有误。',
      }),
    ]);
    expect(vsTable({ rows, sections: { 4: '行政复议和行政诉讼中被纠错6件。' } })).toEqual([]);
    expect(vsTable({ rows, cells: { 'appeals.review.total': null }, sections: { 4: '行政复议和行政诉讼共6件。' } })).toEqual([]);
  });

  it('shows the table’s side of each kind of statement', () => {
    const shown = (input: ReportInput) =>
      vsTable(input).map((finding) => /而(.*)。请核对/.exec(finding.message)?.[1]);
    const NEW = '表三 一、本年新收政府信息公开申请数量 · 总计列 为 5';
    const OVER = '表三 二、上年结转政府信息公开申请数量 · 总计列 为 1';
    const FORWARD = '表三 四、结转下年度继续办理 · 总计列 为 2';
    const received = { 1: '全年共收到政府信息公开申请7件。' };
    expect(shown({ rows: requests(5, 1, 4, 2), sections: received })).toEqual([`${NEW}（加上年结转 1 为 6）`]);
    expect(shown({ rows: requests(5, 0, 5, 0), sections: received })).toEqual([NEW]);
    const overUnread = { rows: requests(5, 1, 4, 2), cells: { 'requests.carriedOver.total': null } };
    expect(shown({ ...overUnread, sections: { 1: '全年共收到政府信息公开申请6件。' } })).toEqual([NEW]);
    expect(shown({ rows: requests(5, 1, 4, 2), sections: { 1: '上年结转政府信息公开申请3件。' } })).toEqual([OVER]);
    expect(shown({ rows: requests(5, 1, 4, 2), sections: { 1: '全年收到申请5件，结转3件。' } })).toEqual([
      `${FORWARD}，${OVER}`,
    ]);
    expect(shown({ ...overUnread, sections: { 1: '全年收到申请5件，结转1件。' } })).toEqual([FORWARD]);
    expect(
      shown({
        rows: { 'appeals.suitDirect': [0, 0, 0, 2, 2], 'appeals.suitAfterReview': [0, 0, 0, 1, 1] },
        sections: { 4: '政府信息公开行政诉讼 5 件。' },
      }),
    ).toEqual(['表四 行政诉讼两组总计为 2+1 = 3（未经复议直接起诉 2，复议后起诉 1）']);
  });

  it('takes "办理 N 件" as handled, received or received plus carried over; "办结 N 件" as handled only', () => {
    const rows = requests(5, 1, 4, 2);
    const handled = (text: string, cells = {}) => vsTable({ rows, cells, sections: { 1: text } });
    expect(handled('本年度共办理政府信息公开申请4件。')).toEqual([]);
    expect(handled('本年度共办理政府信息公开申请5件。')).toEqual([]);
    expect(handled('本年度共办理政府信息公开申请6件。')).toEqual([]);
    expect(handled('本年度共办结政府信息公开申请5件。')).toMatchObject([
      { cells: ['requests.total.total'], formula: '正文 5，表格 4，相差 1' },
    ]);
    expect(handled('本年度共办理政府信息公开申请5件。', { 'requests.new.total': null })).toMatchObject([
      { cells: ['requests.total.total'], formula: '正文 5，表格 4，相差 1' },
    ]);
  });

  it('compares "未发生行政复议" with 表四 行政复议', () => {
    expect(
      vsTable({ rows: { 'appeals.review': [1, 0, 0, 0, 1] }, sections: { 4: '本年度未发生政府信息公开行政复议案件。' } }),
    ).toMatchObject([{ cells: ['appeals.review.total'], formula: '正文 0，表格 1，相差 1' }]);
  });

  it('shows a fee amount in 万元, and compares none in the 2019 format (its 收费 row has no amount)', () => {
    expect(
      vsTable({ rows: { 'active.fees': [7730.28] }, sections: { 1: '本年行政事业性收费金额6000万元。' } })[0]?.message,
    ).toContain('而表二 行政事业性收费 · 本年收费金额（单位：万元） 为 7730.28 万元。');
    expect(
      vsTable({
        year: 2020,
        cells: { 'active.fees.amount': 7730.28 },
        sections: { 1: '本年行政事业性收费金额6000万元。' },
      }),
    ).toEqual([]);
  });

  it('reads 上年结转 and 结转下年度 statements, an error in the form’s own words and a warning otherwise', () => {
    const rows = requests(5, 1, 4, 2);
    const severities = (text: string) => vsTable({ rows, sections: { 1: text } }).map((finding) => [finding.cells[0], finding.severity]);
    expect(severities('上年结转政府信息公开申请数量为3件。')).toEqual([['requests.carriedOver.total', 'error']]);
    expect(severities('上年结转的申请3件。')).toEqual([['requests.carriedOver.total', 'warning']]);
    expect(severities('结转下年度继续办理3件。')).toEqual([['requests.carriedForward.total', 'error']]);
    expect(severities('转入下年度办理3件。')).toEqual([['requests.carriedForward.total', 'warning']]);
    expect(severities('上年结转的咨询3件。结转下年度的咨询3件。')).toEqual([]);
  });

  it('does not read a bare 结转 about another year as either carry', () => {
    const rows = requests(5, 1, 4, 2);
    expect(vsTable({ rows, sections: { 1: '全年收到申请5件，结转为下年度3件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '全年收到申请5件，结转自上年3件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '全年收到申请5件，结转咨询3件。' } })).toEqual([]);
  });

  it('lists the flags in reading order, each with its own id', () => {
    const findings = vsTable({
      rows: { ...requests(5, 0, 5, 0), 'appeals.review': [1, 0, 0, 0, 1] },
      sections: { 1: '本年度未收到政府信息公开申请。政府信息公开行政复议 3 件。' },
    });
    expect(findings.map((finding) => finding.id)).toEqual([
      'text.vsTable|requests.new.total|noRequests:0',
      'text.vsTable|appeals.review.total|review:3',
    ]);
  });

  it('reads "未发生行政诉讼" as no suits only, and "办结" of proposals or hotline calls as nothing', () => {
    const rows = { ...requests(5, 0, 3, 2), 'appeals.review': [1, 0, 0, 0, 1] };
    expect(vsTable({ rows, sections: { 4: '本年度未发生政府信息公开行政诉讼案件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 4: '本年度未发生行政复议纠错案件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '全年承办建议提案均已按时办结。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '热线电话受理的咨询均已办结，另收到申请5件。' } })).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '全年共办理行政许可事项300件。' } })).toEqual([]);
  });

  it('leaves fee amounts of items, lists or about a figure alone, and warns on a stated one that differs', () => {
    const rows = { 'active.fees': [7730.28] };
    for (const text of ['行政事业性收费项目3万元。', '行政事业性收费约3万元。', '行政事业性收费目录清单3万元。'])
      expect(vsTable({ rows, sections: { 1: text } }), text).toEqual([]);
    expect(vsTable({ rows, sections: { 1: '本年行政事业性收费金额6000万元。' } })).toMatchObject([{ severity: 'warning' }]);
  });
});
