// The shape of a check: a stable rule id and a pure function.
import type { Finding } from '../../../shared/report';
import type { Equation } from './arithmetic';
import type { CheckContext } from './context';

export interface Rule {
  /** Stable rule id as in the domain spec (section 4). */
  id: string;
  check(context: CheckContext): Finding[];
}

/** An arithmetic rule: the sums it checks, which also serve to find OCR misreads. */
export interface SumRule extends Rule {
  equations(context: CheckContext): Equation[];
}

export interface CrossYearRule {
  id: string;
  check(current: CheckContext, previous: CheckContext): Finding[];
}
