// Builds ExtractedReports by hand for the check tests: a consistent report of either format
// (every cell 0, six sections, a title, a date in time), changed by a partial cell map and texts.
import type {
  CellId,
  ExtractedCell,
  ExtractedReport,
  Finding,
  SectionInfo,
  TemplateVersion,
} from '../../../src/shared/report';
import { cellIdsOf, type TableId } from '../../../src/main/domain/template/definitions';

/** A number, null for a blank cell (found, nothing written), 'missing' for a cell not found. */
export type CellInput = number | null | 'missing';
export type SectionNumber = 1 | 2 | 3 | 4 | 5 | 6;

export interface ReportInput {
  year?: number | null;
  /** Defaults to the format due for the year. */
  template?: TemplateVersion | null;
  agency?: string | null;
  title?: string | null;
  date?: string | null;
  signedDate?: string | null;
  cells?: Record<CellId, CellInput>;
  /** Whole rows: "requests.new" → 7 values, "appeals.review" → 5, "active.licensing" → 3 (2019). */
  rows?: Record<string, CellInput[]>;
  /** Raw text of blank cells ("-", "/", "无"). */
  raw?: Record<CellId, string>;
  /** Section texts; null leaves the section out. */
  sections?: Partial<Record<SectionNumber, string | null>>;
  preamble?: string;
  /** The parser's own findings. */
  findings?: Finding[];
  omitTables?: TableId[];
}

const HEADINGS: Record<SectionNumber, string> = {
  1: '一、总体情况',
  2: '二、主动公开政府信息情况',
  3: '三、收到和处理政府信息公开申请情况',
  4: '四、政府信息公开行政复议、行政诉讼情况',
  5: '五、存在的主要问题及改进情况',
  6: '六、其他需要报告的事项',
};

export function defaultSections(year: number): Record<SectionNumber, string> {
  return {
    1: `${year}年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。`,
    2: '主动公开政府信息情况见下表。',
    3: '收到和处理政府信息公开申请情况见下表。',
    4: '政府信息公开行政复议、行政诉讼情况见下表。',
    5: '一是公开内容有待进一步丰富。下一步，我局将加强业务培训。',
    6: year >= 2021 ? '本年度未收取信息处理费。' : '无其他需要报告的事项。',
  };
}

const sourceAt = (index: number) => ({ kind: 'element' as const, path: `body/table/cell[${index + 1}]` });

export function buildReport(input: ReportInput = {}): ExtractedReport {
  const year = input.year === undefined ? 2021 : input.year;
  const template: TemplateVersion | null =
    input.template === undefined ? (year !== null && year <= 2020 ? '2019' : '2021') : input.template;
  const agency = input.agency === undefined ? '芝罘区商务局' : input.agency;
  const title =
    input.title === undefined ? `${agency ?? ''}${year ?? ''}年政府信息公开工作年度报告` : input.title;
  const date = input.date === undefined ? (year === null ? null : `${year + 1}-01-20`) : input.date;

  const values: Record<CellId, CellInput> = {};
  if (template) {
    for (const id of cellIdsOf(template)) {
      if (!input.omitTables?.some((table) => id.startsWith(`${table}.`))) values[id] = 0;
    }
  }
  for (const [row, rowValues] of Object.entries(input.rows ?? {})) {
    const ids = Object.keys(values).filter(
      (id) => id.startsWith(`${row}.`) && id.split('.').length === row.split('.').length + 1,
    );
    rowValues.forEach((value, index) => {
      const id = ids[index];
      if (id === undefined) throw new Error(`row ${row} has no column ${index + 1}`);
      values[id] = value;
    });
  }
  Object.assign(values, input.cells ?? {});

  const cells: Record<CellId, ExtractedCell> = {};
  Object.entries(values).forEach(([id, value], index) => {
    if (value === 'missing') return;
    cells[id] = {
      value,
      raw: input.raw?.[id] ?? (value === null ? '' : String(value)),
      source: sourceAt(index),
    };
  });

  const texts = { ...(year === null ? {} : defaultSections(year)), ...(input.sections ?? {}) } as Partial<
    Record<SectionNumber, string | null>
  >;
  let text = `${title ?? ''}\n${input.preamble ?? ''}\n`;
  const sections: SectionInfo[] = [];
  for (const number of [1, 2, 3, 4, 5, 6] as SectionNumber[]) {
    const body = texts[number];
    if (body === null || body === undefined) continue;
    text += `${HEADINGS[number]}\n`;
    const start = text.length;
    text += `${body}\n`;
    sections.push({
      number,
      title: HEADINGS[number].slice(2),
      text: body,
      source: { kind: 'text', start, end: start + body.length },
    });
  }

  return {
    format: 'txt',
    agency,
    year,
    template,
    date,
    ...(input.signedDate !== undefined ? { signedDate: input.signedDate } : {}),
    title,
    cells,
    extraRows: [],
    sections,
    text,
    findings: input.findings ?? [],
  };
}

/** The rule ids of some findings, sorted, for compact assertions. */
export const rulesOf = (findings: Finding[]): string[] => findings.map((finding) => finding.rule).sort();

/** Findings of one rule. */
export const only = (findings: Finding[], rule: string): Finding[] =>
  findings.filter((finding) => finding.rule === rule);
