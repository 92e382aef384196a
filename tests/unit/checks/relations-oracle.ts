// An oracle for the generated reports, written apart from the check engine: it recomputes the
// relations of the domain spec (section 4) on the cell values a spec was rendered with, and says
// which arithmetic, value and cross-year rules must fire. Blank (null) terms make a relation
// unverifiable, which is not a flag; tables left out of the document are not checked.
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

/** True when both sides can be read and differ. */
function fails(cells: OracleCells, left: string[], right: string[]): boolean {
  const a = sum(cells, left);
  const b = sum(cells, right);
  return a !== undefined && b !== undefined && !equal(a, b);
}

const rowsOf = (template: TemplateVersion, table: TableId): string[] =>
  (templates[template].find((candidate) => candidate.id === table)?.rows ?? []).map((row) => row.id);

/** The rules among requests.balance/rowSum/resultSum, appeals.groupSum and values.valid that must fire. */
export function expectedCellRules(report: OracleReport): Set<string> {
  const { template, cells } = report;
  const shown = (table: TableId) => !report.omittedTables?.includes(table);
  const rules = new Set<string>();
  const r = (row: string, column: string) => `requests.${row}.${column}`;
  if (shown('requests')) {
    const rows = rowsOf(template, 'requests');
    const results = rows.filter((row) => !NOT_RESULTS.has(row));
    for (const column of COLUMNS) {
      if (
        fails(
          cells,
          [r('new', column), r('carriedOver', column)],
          [r('total', column), r('carriedForward', column)],
        )
      )
        rules.add('requests.balance');
      if (
        fails(
          cells,
          results.map((row) => r(row, column)),
          [r('total', column)],
        )
      )
        rules.add('requests.resultSum');
    }
    for (const row of rows)
      if (
        fails(
          cells,
          APPLICANTS.map((column) => r(row, column)),
          [r(row, 'total')],
        )
      )
        rules.add('requests.rowSum');
  }
  if (shown('appeals')) {
    for (const group of ['review', 'suitDirect', 'suitAfterReview']) {
      const a = (column: string) => `appeals.${group}.${column}`;
      if (fails(cells, APPEAL_PARTS.map(a), [a('total')])) rules.add('appeals.groupSum');
    }
  }
  if (invalidValues(report).length > 0) rules.add('values.valid');
  return rules;
}

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

/** Cross-year rules that must fire for year Y (`current`) against Y−1 (`previous`); copies are not judged here. */
export function expectedCrossYearRules(previous: OracleReport, current: OracleReport): Set<string> {
  const rules = new Set<string>();
  const differ = (a: number | null | undefined, b: number | undefined) =>
    typeof a === 'number' && b !== undefined && !equal(a, b);
  const value = (report: OracleReport, id: string) => {
    const found = report.cells[id];
    return typeof found === 'number' ? found : undefined;
  };
  const shown = (table: TableId) =>
    !previous.omittedTables?.includes(table) && !current.omittedTables?.includes(table);
  if (shown('requests')) {
    for (const column of COLUMNS) {
      const forward = value(previous, `requests.carriedForward.${column}`);
      if (differ(current.cells[`requests.carriedOver.${column}`], forward)) rules.add('crossYear.carryOver');
    }
  }
  if (!shown('active')) return rules;
  if (previous.template === '2019' && current.template === '2019') {
    for (const row of ['licensing', 'otherServices', 'penalty', 'coercion', 'fees']) {
      const items = value(previous, `active.${row}.prevItems`);
      const change = value(previous, `active.${row}.change`);
      const expected = items !== undefined && change !== undefined ? items + change : undefined;
      if (differ(current.cells[`active.${row}.prevItems`], expected)) rules.add('crossYear.prevItems');
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
      if (differ(current.cells[`active.${row}.inForce`], expected)) rules.add('crossYear.inForce');
    }
  }
  return rules;
}

/** Rules the oracle decides; an injection declaring one of them must be confirmed by it. */
const ORACLE_RULES = new Set([
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
