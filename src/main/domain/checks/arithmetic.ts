// Shared machinery of the arithmetic rules: read the terms of an equation, build the formula
// with the numbers filled in, and collect what could not be verified into one 'info' finding.
import type { CellId, Finding } from '../../../shared/report';
import { makeFinding } from '../findings';
import { cellDef } from '../template/definitions';
import type { CellState, CheckContext } from './context';
import { rowPlace, suspectedMisreadMessage, unverifiableMessage } from './messages';
import { differenceText, sameNumber, sumOf, sumText } from './numbers';

/** One term of an equation: a cell, or a group of cells summed (（三）不予公开 = 8 rows). */
export interface Term {
  label: string;
  ids: CellId[];
  /** A figure read outside the form's cells (a 2021 report's single （六）其他处理 row), added to the cells. */
  fixed?: number;
}

export interface Equation {
  /** Names the instance (a column, a row, a group) in messages, in the form's words. */
  name: string;
  left: Term[];
  right: Term[];
}

export interface Balanced {
  equation: Equation;
  left: number[];
  right: number[];
}

export type Evaluation =
  { kind: 'ok'; result: Balanced } | { kind: 'unreadable'; name: string; cells: CellId[] };

export function evaluate(context: CheckContext, equation: Equation): Evaluation {
  const unreadable: CellId[] = [];
  const read = (terms: Term[]): number[] =>
    terms.map((term) =>
      sumOf([
        ...term.ids.map((id) => {
          const value = context.value(id);
          if (value === undefined) unreadable.push(id);
          return value ?? 0;
        }),
        term.fixed ?? 0,
      ]),
    );
  const left = read(equation.left);
  const right = read(equation.right);
  if (unreadable.length > 0) return { kind: 'unreadable', name: equation.name, cells: unreadable };
  return { kind: 'ok', result: { equation, left, right } };
}

export const holds = ({ left, right }: Balanced): boolean => sameNumber(sumOf(left), sumOf(right));

const sideText = (terms: Term[], values: number[]): string =>
  `${terms.map((term) => term.label).join('+')} = ${sumText(values)}`;

/** "一+二 = 1+0 = 1，（七）总计+四 = 0+0 = 0，相差 1" */
export const formulaOf = ({ equation, left, right }: Balanced): string =>
  `${sideText(equation.left, left)}，${sideText(equation.right, right)}，相差 ${differenceText(sumOf(left), sumOf(right))}`;

export const cellsOf = (equation: Equation): CellId[] =>
  [...equation.left, ...equation.right].flatMap((term) => term.ids);

/** The unreadable cells in words: a whole row as one item ("表三 （一）予以公开 整行"), else cell by cell. */
function describeCells(
  context: CheckContext,
  cells: CellId[],
): { place: string; state: CellState['kind'] }[] {
  const byRow = new Map<string, CellId[]>();
  // Every cell of a sum is one of the form's cells, so it has a definition; a group holds at least one cell.
  const definition = (id: CellId) => cellDef(context.template, id)!;
  for (const id of cells) {
    const { table, row } = definition(id);
    const key = `${table.id}.${row.id}`;
    byRow.set(key, [...(byRow.get(key) ?? []), id]);
  }
  return [...byRow.values()].flatMap((ids) => {
    const { table, row } = definition(ids[0]!);
    const states = new Set(ids.map((id) => context.state(id).kind));
    const [state] = states;
    // Sums are over rows of several columns (tables 三 and 四), so a whole row is never a single cell.
    if (state && states.size === 1 && ids.length === row.columns.length) {
      return [{ place: `${rowPlace(table, row)} 整行`, state }];
    }
    return ids.map((id) => ({ place: context.place(id), state: context.state(id).kind }));
  });
}

/** One 'info' finding for every instance of a rule that could not be verified. */
export function unverifiable(
  context: CheckContext,
  rule: string,
  relation: string,
  failures: { name: string; cells: CellId[] }[],
  basis: string,
): Finding[] {
  if (failures.length === 0) return [];
  const cells = [...new Set(failures.flatMap((failure) => failure.cells))];
  return [
    makeFinding({
      rule,
      severity: 'info',
      message: unverifiableMessage(
        relation,
        failures.map((failure) => failure.name),
        describeCells(context, cells),
      ),
      cells,
      basis,
      discriminator: 'unverifiable',
    }),
  ];
}

/**
 * A failing equation as a suspected OCR misread (a warning naming the cell the sums point at), or
 * undefined when no figure of it was read by OCR.
 */
function asMisread(
  context: CheckContext,
  result: Balanced,
  broken: string,
): { severity: 'warning'; message: string } | undefined {
  const cells = cellsOf(result.equation);
  if (!cells.some((id) => context.ocrConfidence(id) !== undefined)) return undefined;
  const misreads = context.misreads();
  const suspects = cells.flatMap((id) => misreads.get(id) ?? []);
  const misread = suspects.find((suspect) => suspect.pinned) ?? suspects[0];
  const suspect = misread && {
    place: context.place(misread.id),
    read: context.value(misread.id) ?? 0,
    pinned: misread.pinned,
    corrected: misread.corrected,
  };
  return { severity: 'warning', message: suspectedMisreadMessage(broken, suspect) };
}

/**
 * Runs the equations of a rule: one error per failing equation (a warning when its figures were read by
 * OCR: a suspected misread), one info for those not verifiable.
 */
export function checkEquations(
  context: CheckContext,
  rule: string,
  relation: string,
  basis: string,
  equations: Equation[],
  message: (result: Balanced) => string,
): Finding[] {
  const findings: Finding[] = [];
  const failures: { name: string; cells: CellId[] }[] = [];
  for (const equation of equations) {
    const evaluation = evaluate(context, equation);
    if (evaluation.kind === 'unreadable') {
      failures.push({ name: evaluation.name, cells: evaluation.cells });
    } else if (!holds(evaluation.result)) {
      const broken = message(evaluation.result);
      findings.push(
        makeFinding({
          rule,
          ...(asMisread(context, evaluation.result, broken) ?? { severity: 'error', message: broken }),
          cells: cellsOf(equation),
          formula: formulaOf(evaluation.result),
          basis,
        }),
      );
    }
  }
  return [...findings, ...unverifiable(context, rule, relation, failures, basis)];
}
