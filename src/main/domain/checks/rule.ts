// The shape of a check: a stable rule id and a pure function.
import type { Finding } from '../../../shared/report';
import type { CheckContext } from './context';

export interface Rule {
  /** Stable rule id as in the domain spec (section 4). */
  id: string;
  check(context: CheckContext): Finding[];
}

export interface CrossYearRule {
  id: string;
  check(current: CheckContext, previous: CheckContext): Finding[];
}
