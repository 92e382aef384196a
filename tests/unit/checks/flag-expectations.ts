// What a reviewer must see on each generated rule report: for every flag its rule, severity, the cells
// it points at and the figures or words of its message, worked out from the report's spec (what was
// rendered and what was injected into it), never from the check engine.
import type { Finding } from '../../../src/shared/report';
import type { ReportSpec } from '../../fixtures/generator/report-spec';
import { expectedCellFlags, expectedCrossYearFlags, oracleView } from './relations-oracle';

export interface ExpectedFlag {
  rule: string;
  severity: Finding['severity'];
  /** The cells the finding names (in any order); [] for a finding about the whole report. */
  cells: string[];
  /** Figures the message shows, in this order. */
  figures?: number[];
  /** Figures the formula shows, in this order. */
  formulaFigures?: number[];
  /** Words of the message. */
  words?: string[];
  formula?: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const SECTION_NAMES: Record<number, string> = { 1: '一、总体情况', 5: '五、存在的主要问题及改进情况' };

const cellValue = (spec: ReportSpec, id: string): number => spec.cells[id] ?? 0;
/** The one figure written in the paragraph an injection put first in a section. */
const statedFigure = (spec: ReportSpec, section: 1 | 3 | 4): number =>
  Number(/(\d+)件/.exec(spec.sectionTexts[section][0] ?? '')?.[1]);

/** The flags an injected problem must raise (the arithmetic and value ones come from the oracle). */
function injectedFlags(spec: ReportSpec, injection: string): ExpectedFlag[] {
  const year = spec.year;
  const deadline = (monthDay: string): ExpectedFlag[] => [
    {
      rule: 'publication.deadline',
      severity: 'error',
      cells: [],
      formula: `报告日期 ${spec.date} > 期限 ${year + 1}-${monthDay}`,
    },
  ];
  switch (injection) {
    case 'structure.sections':
      return (spec.omit?.headings ?? []).map((number) => ({
        rule: 'structure.sections',
        severity: 'warning',
        cells: [],
        words: [`缺少第${NUMERALS[number - 1]}部分`],
      }));
    case 'structure.tables':
      return [{ rule: 'structure.tables', severity: 'error', cells: [], words: ['缺少表格：未找到表四'] }];
    case 'format.version.old':
    case 'format.version.new':
      return [
        {
          rule: 'format.version',
          severity: 'error',
          cells: [],
          words: [
            `${year} 年度报告应使用 ${year >= 2021 ? 2021 : 2019} 年版表格`,
            `使用的是 ${spec.template} 年版表格`,
          ],
        },
      ];
    case 'text.vsTable.receivedExact': {
      const table = cellValue(spec, 'requests.new.total');
      const stated = statedFigure(spec, 3);
      return [
        {
          rule: 'text.vsTable',
          severity: 'error',
          cells: ['requests.new.total'],
          words: [`${stated}件`],
          figures: [table],
          formulaFigures: [stated, table, Math.abs(stated - table)],
        },
      ];
    }
    case 'text.vsTable.noReview':
      return [
        {
          rule: 'text.vsTable',
          severity: 'warning',
          cells: ['appeals.review.total'],
          words: ['未收到政府信息公开行政复议申请'],
          figures: [cellValue(spec, 'appeals.review.total')],
        },
      ];
    case 'text.vsTable.completed':
      return [
        {
          rule: 'text.vsTable',
          severity: 'warning',
          cells: ['requests.carriedForward.total'],
          words: ['办结率100%'],
          figures: [cellValue(spec, 'requests.carriedForward.total')],
        },
      ];
    case 'text.year': {
      const period = Number(/统计期限自(\d{4})年/.exec(spec.sectionTexts[1][0] ?? '')?.[1]);
      return [
        {
          rule: 'text.year',
          severity: 'error',
          cells: [],
          figures: [year],
          formulaFigures: [year, period],
          words: ['统计期限'],
        },
      ];
    }
    case 'publication.deadline.departmentMarch':
      return deadline('01-31');
    case 'publication.deadline.governmentApril':
      return deadline('03-31');
    case 'text.feeStatement':
      return [
        { rule: 'text.feeStatement', severity: 'warning', cells: [], words: ['第六部分', '信息处理费'] },
      ];
    default:
      return [];
  }
}

/** Every flag of a generated report: the oracle's and those of its injections. */
export function expectedFlags(spec: ReportSpec, injected: string[]): ExpectedFlag[] {
  const oracle: ExpectedFlag[] = expectedCellFlags(oracleView(spec)).map((flag) => ({
    ...flag,
    severity: 'error',
  }));
  return [...oracle, ...injected.flatMap((injection) => injectedFlags(spec, injection))];
}

/** The cells a generated report leaves blank in the tables it shows: cells.blank must name exactly these. */
export const blankCells = (spec: ReportSpec): string[] =>
  Object.keys(spec.cells)
    .filter(
      (id) => spec.cells[id] === null && !spec.omit?.tables?.some((table) => id.startsWith(`${table}.`)),
    )
    .sort();

/** The flags of year Y against Y−1: the oracle's table relations and the injected copies. */
export function expectedPairFlags(
  previous: ReportSpec,
  current: ReportSpec,
  injected: string[],
): ExpectedFlag[] {
  const flags: ExpectedFlag[] = expectedCrossYearFlags(oracleView(previous), oracleView(current)).map(
    (flag) => ({
      ...flag,
      severity: flag.rule === 'crossYear.inForce' ? 'info' : 'error',
    }),
  );
  if (injected.includes('crossYear.copied'))
    for (const number of [1, 5])
      flags.push({
        rule: 'crossYear.copied',
        severity: 'warning',
        cells: [],
        words: [SECTION_NAMES[number]!, `与 ${previous.year} 年报告的同一部分相似度为`],
      });
  return flags;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const figureText = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');
/** The figures one after the other, each as a number of its own (after a space, not part of a longer number). */
const figuresIn = (text: string, figures: number[]): boolean =>
  new RegExp(figures.map((figure) => `(?:^|\\s)${escape(figureText(figure))}(?![\\d.])`).join('[^]*')).test(
    text,
  );

function matches(finding: Finding, expected: ExpectedFlag): boolean {
  if (finding.rule !== expected.rule || finding.severity !== expected.severity) return false;
  if ([...finding.cells].sort().join() !== [...expected.cells].sort().join()) return false;
  if (expected.formula !== undefined && finding.formula !== expected.formula) return false;
  if (expected.words?.some((word) => !finding.message.includes(word))) return false;
  if (expected.figures && !figuresIn(finding.message, expected.figures)) return false;
  return !expected.formulaFigures || figuresIn(finding.formula ?? '', expected.formulaFigures);
}

/** Pairs findings with expected flags one to one; what is left on either side is wrong. */
export function unmatched(
  findings: Finding[],
  expected: ExpectedFlag[],
): {
  missing: ExpectedFlag[];
  unexpected: Pick<Finding, 'rule' | 'severity' | 'cells' | 'message' | 'formula'>[];
} {
  const left = [...findings];
  const missing: ExpectedFlag[] = [];
  for (const flag of expected) {
    const index = left.findIndex((finding) => matches(finding, flag));
    if (index === -1) missing.push(flag);
    else left.splice(index, 1);
  }
  const unexpected = left.map(({ rule, severity, cells, message, formula }) => ({
    rule,
    severity,
    cells,
    message,
    formula,
  }));
  return { missing, unexpected };
}
