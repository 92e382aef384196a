// Which OCR-read cells the table's own sums point at as misread. A misread figure of table 三 breaks
// both its row's sum and its column's; the cell whose one correction satisfies every sum it is in
// (and which is in no sum that holds) is the misread one, and the sums give its right value.
// When no single cell is pinned so, the least sure OCR cell of the broken sum is the suspect, with the
// value that would mend the sums it is in if it were the only misread one.
import type { CellId } from '../../../shared/report';
import { evaluate, holds, type Balanced, type Equation } from './arithmetic';
import type { CheckContext } from './context';
import { sameNumber, sumOf } from './numbers';

export interface Misread {
  id: CellId;
  /** True when the sums single it out; false when it is only the least sure cell of a broken sum. */
  pinned: boolean;
  /** The value every broken sum it is in agrees on; absent when no one value mends them all. */
  corrected?: number;
}

/** The value of `id` that balances `result` (the cell counted on the left or on the right). */
function balancingValue(result: Balanced, id: CellId, value: number): number {
  const gap = sumOf(result.right) - sumOf(result.left);
  const onLeft = result.equation.left.some((term) => term.ids.includes(id));
  return onLeft ? value + gap : value - gap;
}

export function findMisreads(context: CheckContext, equations: Equation[]): ReadonlyMap<CellId, Misread> {
  const results = equations
    .map((equation) => evaluate(context, equation))
    .flatMap((evaluation) => (evaluation.kind === 'ok' ? [evaluation.result] : []));
  const ocrCells = (result: Balanced): CellId[] =>
    [...result.equation.left, ...result.equation.right]
      .flatMap((term) => term.ids)
      .filter((id) => context.ocrConfidence(id) !== undefined);
  // A broken sum without OCR cells names no suspect: it has no cell to offer.
  const broken = results.filter((result) => !holds(result));
  const inResults = (id: CellId): Balanced[] => results.filter((result) => ocrCells(result).includes(id));

  /**
   * Cells whose one correction mends every sum they are in: how many sums, and the value. A sum that holds
   * asks for the value as read, which no broken sum does, so a cell in one is never mended.
   */
  const mended = new Map<CellId, { count: number; value: number }>();
  for (const id of new Set(broken.flatMap(ocrCells))) {
    const value = context.value(id) ?? 0;
    const around = inResults(id);
    const values = around.map((result) => balancingValue(result, id, value));
    const first = values[0]!; // the cell is in at least the broken sum it came from
    if (first < 0 || !values.every((other) => sameNumber(other, first))) continue;
    mended.set(id, { count: around.length, value: first });
  }

  const suspects = new Map<CellId, Misread>();
  const candidatesOf = (result: Balanced): CellId[] =>
    ocrCells(result)
      .filter((id) => mended.has(id))
      .sort((a, b) => mended.get(b)!.count - mended.get(a)!.count);
  for (const result of broken) {
    const [best, next] = candidatesOf(result);
    if (best && (!next || mended.get(best)!.count > mended.get(next)!.count)) {
      suspects.set(best, { id: best, pinned: true, corrected: mended.get(best)!.value });
    }
  }
  for (const result of broken) {
    const cells = ocrCells(result);
    if (cells.some((id) => suspects.has(id))) continue;
    const candidates = candidatesOf(result);
    const pool = candidates.length > 0 ? candidates : cells;
    const leastSure = [...pool].sort((a, b) => context.ocrConfidence(a)! - context.ocrConfidence(b)!)[0];
    if (leastSure)
      suspects.set(leastSure, { id: leastSure, pinned: false, corrected: mended.get(leastSure)?.value });
  }
  return suspects;
}
