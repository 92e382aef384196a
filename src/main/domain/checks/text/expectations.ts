// What the tables say about each kind of statement: the cells concerned, the values a consistent
// text may state, and how to show the table's side in a message. Undefined when a cell is unreadable.
import type { CellId } from '../../../../shared/report';
import type { CheckContext } from '../context';
import { formatNumber, sumText } from '../numbers';
import type { Statement } from './statements';

export interface Expectation {
  cells: CellId[];
  /** Values a consistent statement may give; the first is the one shown. */
  accepted: number[];
  /** The table's side in words: "表三 一、… · 总计列 为 95". */
  shown: string;
  /** Fee amounts compare with the 4 decimals the form asks for. */
  tolerance: number;
}

const NEW = 'requests.new.total';
const OVER = 'requests.carriedOver.total';
const TOTAL = 'requests.total.total';
const FORWARD = 'requests.carriedForward.total';
const REVIEW = 'appeals.review.total';
const DIRECT = 'appeals.suitDirect.total';
const AFTER = 'appeals.suitAfterReview.total';
const FEES = 'active.fees.amount';

export function expectationFor(context: CheckContext, statement: Statement): Expectation | undefined {
  const read = (ids: CellId[]): number[] | undefined => {
    const values = ids.map((id) => context.value(id));
    return values.every((value): value is number => value !== undefined) ? values : undefined;
  };
  const single = (
    id: CellId,
    accepted: (value: number) => number[] = (value) => [value],
  ): Expectation | undefined => {
    const values = read([id]);
    const value = values?.[0];
    if (value === undefined) return undefined;
    return {
      cells: [id],
      accepted: accepted(value),
      shown: `${context.place(id)} 为 ${formatNumber(value)}`,
      tolerance: 1e-6,
    };
  };
  const suits = (): Expectation | undefined => {
    const values = read([DIRECT, AFTER]);
    if (!values) return undefined;
    const [direct = 0, after = 0] = values;
    const shown = `表四 行政诉讼两组总计为 ${sumText(values)}（未经复议直接起诉 ${direct}，复议后起诉 ${after}）`;
    return { cells: [DIRECT, AFTER], accepted: [direct + after, direct, after], shown, tolerance: 1e-6 };
  };

  switch (statement.kind) {
    case 'received': {
      const base = single(NEW);
      const over = context.value(OVER);
      if (!base || over === undefined || over === 0) return base;
      const newValue = base.accepted[0] ?? 0;
      return {
        ...base,
        accepted: [newValue, newValue + over],
        shown: `${base.shown}（加上年结转 ${over} 为 ${newValue + over}）`,
      };
    }
    case 'carriedOver':
      return single(OVER);
    case 'carriedForward':
    case 'completed':
      return single(FORWARD);
    case 'carried': {
      const forward = single(FORWARD);
      const over = context.value(OVER);
      if (!forward || over === undefined) return forward;
      return {
        ...forward,
        accepted: [...forward.accepted, over],
        shown: `${forward.shown}，${context.place(OVER)} 为 ${over}`,
      };
    }
    case 'handled': {
      // "办理 N 件" is read loosely: handled, received, or received plus carried over.
      const base = single(TOTAL);
      const values = read([TOTAL, NEW, OVER]);
      if (statement.verb !== '办理' || !base || !values) return base;
      const [total = 0, received = 0, over = 0] = values;
      return { ...base, accepted: [total, received, received + over] };
    }
    case 'review':
    case 'noReview':
      return single(REVIEW);
    case 'suit':
    case 'noSuit':
      return suits();
    case 'appeals': {
      const values = read([REVIEW, DIRECT, AFTER]);
      if (!values) return undefined;
      const [review = 0, direct = 0, after = 0] = values;
      const shown = `表四 行政复议和行政诉讼总计为 ${sumText(values)}`;
      return {
        cells: [REVIEW, DIRECT, AFTER],
        accepted: [review + direct + after, review + direct],
        shown,
        tolerance: 1e-6,
      };
    }
    case 'noRequests':
      return single(NEW);
    case 'feeAmount': {
      if (context.template !== '2021') return undefined;
      const fees = single(FEES);
      return fees && { ...fees, shown: `${fees.shown} 万元`, tolerance: 0.00005 };
    }
  }
}
