// Whether two agency names denote the same body, for cross-year checks and coverage.
// The checks module's sameBody is used when it exports one; until then names are compared after normalising.
import * as checks from '../domain/checks/index';

type SameBody = (first: string, second: string) => boolean;

const normalise = (name: string): string =>
  name
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

const fallbackSameBody: SameBody = (first, second) => normalise(first) === normalise(second);

const exported: unknown = 'sameBody' in checks ? checks.sameBody : undefined;

export const sameBody: SameBody = typeof exported === 'function' ? (exported as SameBody) : fallbackSameBody;
