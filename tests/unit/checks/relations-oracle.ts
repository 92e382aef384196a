// An oracle for the generated reports, written apart from the check engine: it recomputes the
// relations of the domain spec (section 4) on the cell values a spec was rendered with, and says
// which arithmetic, value and cross-year flags must be raised: each with the cells it names and the
// figures its message shows. Blank (null) terms make a relation unverifiable, which is not a flag;
// tables left out of the document are not checked.
import type { TemplateVersion } from '../../../src/shared/report';
import { templates, type TableId } from '../../../src/main/domain/template/definitions';
import type { Injection } from '../../fixtures/generator/inject';
import type { ReportSpec } from '../../fixtures/generator/report-spec';

export type OracleCells = Record<string, number | null | undefined>;

export interface OracleReport {
  template: TemplateVersion;
  cells: OracleCells;
  /** Tables not in the document. */
  omittedTables?: readonly TableId[];
}

/** One flag a reviewer must see: its rule, the cells it points at, the figures its message gives in order. */
export interface ExpectedFlag {
  rule: string;
  cells: string[];
  figures: number[];
}

const APPLICANTS = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg'];
const COLUMNS = [...APPLICANTS, 'total'];
const APPEAL_PARTS = ['upheld', 'corrected', 'other', 'pending'];
const NOT_RESULTS = new Set(['new', 'carriedOver', 'total', 'carriedForward']);

const equal = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** Sum of the cells, or undefined when any is not a number. */
function sum(cells: OracleCells, ids: string[]): number | undefined {
  let total = 0;
  for (const id of ids) {
    const value = cells[id];
    if (typeof value !== 'number') return undefined;
    total += value;
  }
  return total;
}

const rowsOf = (template: TemplateVersion, table: TableId): string[] =>
  (templates[template].find((candidate) => candidate.id === table)?.rows ?? []).map((row) => row.id);

/**
 * The flag of `left = right` when both sides can be read and differ. `figures` says in which order the
 * message gives the two sides: 'left' first (table 三's balance) or the 'right'-hand total first.
 */
function relation(
  rule: string,
  cells: OracleCells,
  left: string[],
  right: string[],
  first: 'left' | 'right',
): ExpectedFlag[] {
  const a = sum(cells, left);
  const b = sum(cells, right);
  if (a === undefined || b === undefined || equal(a, b)) return [];
  const sides = first === 'left' ? [a, b] : [b, a];
  return [{ rule, cells: [...left, ...right], figures: [...sides, Math.abs(a - b)] }];
}

/** The requests.balance/rowSum/resultSum, appeals.groupSum and values.valid flags of a report. */
export function expectedCellFlags(report: OracleReport): ExpectedFlag[] {
  const { template, cells } = report;
  const shown = (table: TableId) => !report.omittedTables?.includes(table);
  const flags: ExpectedFlag[] = [];
  const r = (row: string, column: string) => `requests.${row}.${column}`;
  if (shown('requests')) {
    const rows = rowsOf(template, 'requests');
    const results = rows.filter((row) => !NOT_RESULTS.has(row));
    for (const column of COLUMNS) {
      flags.push(
        ...relation(
          'requests.balance',
          cells,
          [r('new', column), r('carriedOver', column)],
          [r('total', column), r('carriedForward', column)],
          'left',
        ),
        ...relation(
          'requests.resultSum',
          cells,
          results.map((row) => r(row, column)),
          [r('total', column)],
          'right',
        ),
      );
    }
    for (const row of rows)
      flags.push(
        ...relation(
          'requests.rowSum',
          cells,
          APPLICANTS.map((column) => r(row, column)),
          [r(row, 'total')],
          'right',
        ),
      );
  }
  if (shown('appeals')) {
    for (const group of ['review', 'suitDirect', 'suitAfterReview']) {
      const a = (column: string) => `appeals.${group}.${column}`;
      flags.push(...relation('appeals.groupSum', cells, APPEAL_PARTS.map(a), [a('total')], 'right'));
    }
  }
  for (const id of invalidValues(report))
    flags.push({ rule: 'values.valid', cells: [id], figures: [cells[id] as number] });
  return flags;
}

/** The rules among requests.balance/rowSum/resultSum, appeals.groupSum and values.valid that must fire. */
export const expectedCellRules = (report: OracleReport): Set<string> =>
  new Set(expectedCellFlags(report).map((flag) => flag.rule));

/** Cells whose value breaks values.valid: counts whole and ≥ 0, 本年增/减 whole, money ≥ 0. */
export function invalidValues(report: OracleReport): string[] {
  const invalid: string[] = [];
  for (const table of templates[report.template]) {
    if (report.omittedTables?.includes(table.id)) continue;
    for (const row of table.rows) {
      for (const column of row.columns) {
        const id = `${table.id}.${row.id}.${column.id}`;
        const value = report.cells[id];
        if (typeof value !== 'number') continue;
        const whole = Number.isInteger(value);
        const ok = column.money ? value >= 0 : column.signed ? whole : whole && value >= 0;
        if (!ok) invalid.push(id);
      }
    }
  }
  return invalid;
}

/** Cross-year flags for year Y (`current`) against Y−1 (`previous`); copies are not judged here. */
export function expectedCrossYearFlags(previous: OracleReport, current: OracleReport): ExpectedFlag[] {
  const flags: ExpectedFlag[] = [];
  const value = (report: OracleReport, id: string) => {
    const found = report.cells[id];
    return typeof found === 'number' ? found : undefined;
  };
  /** The current cell's value against what last year's figures make it, when both are known and differ. */
  const check = (
    rule: string,
    cells: string[],
    expected: number | undefined,
    figures: (v: number, e: number) => number[],
  ) => {
    const found = value(current, cells[0]!);
    if (found !== undefined && expected !== undefined && !equal(found, expected))
      flags.push({ rule, cells, figures: figures(found, expected) });
  };
  const shown = (table: TableId) =>
    !previous.omittedTables?.includes(table) && !current.omittedTables?.includes(table);
  if (shown('requests')) {
    for (const column of COLUMNS) {
      check(
        'crossYear.carryOver',
        [`requests.carriedOver.${column}`],
        value(previous, `requests.carriedForward.${column}`),
        (v, e) => [v, e, Math.abs(v - e)],
      );
    }
  }
  if (!shown('active')) return flags;
  if (previous.template === '2019' && current.template === '2019') {
    for (const row of ['licensing', 'otherServices', 'penalty', 'coercion', 'fees']) {
      const items = value(previous, `active.${row}.prevItems`);
      const change = value(previous, `active.${row}.change`);
      const expected = items !== undefined && change !== undefined ? items + change : undefined;
      check('crossYear.prevItems', [`active.${row}.prevItems`], expected, (v, e) => [v, e, Math.abs(v - e)]);
    }
  }
  if (previous.template === '2021' && current.template === '2021') {
    for (const row of ['rules', 'normativeDocs']) {
      const stock = value(previous, `active.${row}.inForce`);
      const issued = value(current, `active.${row}.issued`);
      const repealed = value(current, `active.${row}.repealed`);
      const expected =
        stock !== undefined && issued !== undefined && repealed !== undefined
          ? stock + issued - repealed
          : undefined;
      const cells = [`active.${row}.inForce`, `active.${row}.issued`, `active.${row}.repealed`];
      check('crossYear.inForce', cells, expected, (v, e) => [v, e, Math.abs(v - e)]);
    }
  }
  return flags;
}

/** Cross-year rules that must fire for year Y (`current`) against Y−1 (`previous`); copies are not judged here. */
export const expectedCrossYearRules = (previous: OracleReport, current: OracleReport): Set<string> =>
  new Set(expectedCrossYearFlags(previous, current).map((flag) => flag.rule));

/** Rules the oracle decides; an injection declaring one of them must be confirmed by it. */
export const ORACLE_RULES = new Set([
  'requests.balance',
  'requests.rowSum',
  'requests.resultSum',
  'appeals.groupSum',
  'values.valid',
]);

export const oracleView = (spec: ReportSpec): OracleReport => ({
  template: spec.template,
  cells: spec.cells,
  ...(spec.omit?.tables ? { omittedTables: spec.omit.tables } : {}),
});

/** What a generated report must raise: its injections' rules and the oracle's; undefined when the oracle does not confirm a declared arithmetic rule. */
export function expectationOf(spec: ReportSpec, applied: Injection[]): Set<string> | undefined {
  const oracle = expectedCellRules(oracleView(spec));
  const declared = applied.flatMap((injection) => injection.expected);
  if (declared.some((rule) => ORACLE_RULES.has(rule) && !oracle.has(rule))) return undefined;
  return new Set([...declared, ...oracle]);
}
