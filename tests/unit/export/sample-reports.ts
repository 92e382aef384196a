// Hand-built ReportDetails for the export tests: every review state (确认问题, 未处理, 不是问题, 待复核, and a
// confirmed finding a correction resolved), a reviewer's finding, a correction, a failure; the first report is
// marked 审查完毕, the second is not.
import type {
  ReportDetail,
  ReportId,
  ReviewedFinding,
  ReportSummary,
} from '../../../src/shared/ipc-contract';
import type { ExtractedCell, TemplateVersion } from '../../../src/shared/report';
import { cellIdsOf } from '../../../src/main/domain/template/definitions';

function zeroCells(template: TemplateVersion): Record<string, ExtractedCell> {
  return Object.fromEntries(cellIdsOf(template).map((id) => [id, { value: 0, raw: '0' }]));
}

function summaryOf(fields: Partial<ReportSummary> & Pick<ReportSummary, 'id' | 'fileName'>): ReportSummary {
  return {
    format: 'pdf',
    agency: null,
    region: null,
    year: null,
    template: null,
    date: null,
    importedAt: '2024-03-01T02:00:00.000Z',
    counts: { error: 0, warning: 0, info: 0 },
    reviewed: 0,
    total: 0,
    error: null,
    ...fields,
  };
}

const review = (status: 'pending' | 'confirmed' | 'dismissed', comment: string, at: string) => ({
  status,
  comment,
  reviewer: '张审查',
  at,
});

export const messages = {
  balance: '表三第一项加第二项之和应等于第三项加第四项之和：自然人列 1 + 0 ≠ 0 + 0',
  resultSum: '表三（七）总计应等于各项办理结果之和：自然人列总计为 0，各项之和为 1',
  deadline: '报告发布日期晚于次年1月31日',
  reviewerNote: '正文称“共收到申请2件”，与表三不一致，请单位说明',
  blank: '表三（一）予以公开 · 总计列漏填',
  fee: '第六部分未说明信息处理费收取情况',
};

const findings: ReviewedFinding[] = [
  {
    id: 'requests.balance|requests.total.natural',
    rule: 'requests.balance',
    severity: 'error',
    message: messages.balance,
    cells: ['requests.new.natural', 'requests.total.natural'],
    formula: '1 + 0 ≠ 0 + 0',
    basis: '表三注：第一项加第二项之和，等于第三项加第四项之和',
    origin: 'check',
    review: review('confirmed', '总计行填报错误，请单位更正', '2024-03-02T01:30:00.000Z'),
    history: [],
  },
  {
    id: 'requests.resultSum|requests.total.natural',
    rule: 'requests.resultSum',
    severity: 'error',
    message: messages.resultSum,
    cells: ['requests.total.natural'],
    formula: '0 ≠ 1',
    origin: 'check',
    review: null,
    history: [],
  },
  {
    id: 'publication.deadline',
    rule: 'publication.deadline',
    severity: 'warning',
    message: messages.deadline,
    cells: [],
    excerpt: '2021年2月3日',
    origin: 'check',
    review: review('dismissed', '本级政府汇总报告，期限为3月31日', '2024-03-02T02:00:00.000Z'),
    history: [],
  },
  {
    id: 'reviewer|requests.new.total',
    rule: 'reviewer.note',
    severity: 'info',
    message: messages.reviewerNote,
    cells: ['requests.new.total'],
    excerpt: '本年度共收到政府信息公开申请2件',
    origin: 'reviewer',
    review: review('pending', '', '2024-03-02T02:10:00.000Z'),
    history: [],
  },
  {
    id: 'cells.blank|requests.granted.total',
    rule: 'cells.blank',
    severity: 'warning',
    message: messages.blank,
    cells: ['requests.granted.total'],
    origin: 'check',
    review: review('confirmed', '', '2024-03-02T02:20:00.000Z'),
    history: [],
    resolved: true,
  },
];

const checkedCells = zeroCells('2019');
checkedCells['requests.new.natural'] = { value: 1, raw: '1' };
checkedCells['requests.granted.natural'] = { value: 1, raw: '1' };
checkedCells['requests.granted.total'] = { value: 71, raw: '71' };

export const checkedReport: ReportDetail = {
  summary: summaryOf({
    id: 'r-1' as ReportId,
    fileName: '芝罘区行政审批服务局2020年政府信息公开工作年度报告.pdf',
    agency: '芝罘区行政审批服务局',
    region: '芝罘区',
    year: 2020,
    template: '2019',
    date: '2021-02-03',
    counts: { error: 2, warning: 2, info: 1 },
    reviewed: 3,
    total: 5,
    completed: { reviewer: '张审查', at: '2024-03-02T03:00:00.000Z' },
  }),
  title: '芝罘区行政审批服务局2020年政府信息公开工作年度报告',
  cells: checkedCells,
  corrections: [
    {
      cellId: 'requests.granted.total',
      original: 17,
      corrected: 71,
      reviewer: '张审查',
      at: '2024-03-02T02:15:00.000Z',
    },
  ],
  findings,
  document: null,
};

export const cleanReport: ReportDetail = {
  summary: summaryOf({
    id: 'r-2' as ReportId,
    fileName: '老城区商务和工业信息化局2021年报.docx',
    format: 'docx',
    agency: '老城区商务和工业信息化局',
    year: 2021,
    template: '2021',
    date: null,
    counts: { error: 0, warning: 1, info: 0 },
    reviewed: 0,
    total: 1,
  }),
  title: null,
  cells: zeroCells('2021'),
  corrections: [],
  findings: [
    {
      id: 'text.feeStatement',
      rule: 'text.feeStatement',
      severity: 'warning',
      message: messages.fee,
      cells: [],
      origin: 'check',
      review: null,
      history: [],
    },
  ],
  document: null,
};

export const failedReason = '未找到表三（收到和处理政府信息公开申请情况），可能是扫描件';

export const failedReport: ReportDetail = {
  summary: summaryOf({ id: 'r-3' as ReportId, fileName: '扫描件.pdf', error: failedReason }),
  title: null,
  cells: {},
  corrections: [],
  findings: [],
  document: null,
};

export const batch = [checkedReport, cleanReport, failedReport];
export const generatedAt = new Date(2024, 2, 5, 9, 0);
