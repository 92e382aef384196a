// The figures the 汇总 adds up, read from one report's cells: table 三's 总计 column by result category,
// and table 四's three groups. A blank or missing cell counts as 0 and is reported as such.
import type { ExtractedCell } from '../../../shared/report';
import type {
  AppealFigures,
  AppealGroup,
  AppealGroupFigures,
  RequestFigure,
  RequestFigures,
} from '../../../shared/summary';

export const requestFigureKeys: RequestFigure[] = [
  'new',
  'carriedOver',
  'granted',
  'partial',
  'denied',
  'unavailable',
  'rejected',
  'other',
  'total',
  'carriedForward',
];
/** The result categories of 三、本年度办理结果, in the form's order. */
export const resultCategories: RequestFigure[] = [
  'granted',
  'partial',
  'denied',
  'unavailable',
  'rejected',
  'other',
];
export const appealGroupKeys: AppealGroup[] = ['review', 'suitDirect', 'suitAfterReview'];
export const appealColumnKeys: (keyof AppealGroupFigures)[] = [
  'upheld',
  'corrected',
  'other',
  'pending',
  'total',
];

export const zeroRequests = (): RequestFigures =>
  Object.fromEntries(requestFigureKeys.map((key) => [key, 0])) as unknown as RequestFigures;

const zeroGroup = (): AppealGroupFigures => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
export const zeroAppeals = (): AppealFigures => ({
  review: zeroGroup(),
  suitDirect: zeroGroup(),
  suitAfterReview: zeroGroup(),
});

export type Cells = Record<string, ExtractedCell>;

/** The cells each request figure sums: `requests.<row>.total` for the rows of its category. */
export function requestCellsOf(cells: Cells): Record<RequestFigure, string[]> {
  const byFigure = Object.fromEntries(requestFigureKeys.map((key) => [key, [] as string[]])) as Record<
    RequestFigure,
    string[]
  >;
  for (const id of Object.keys(cells)) {
    const match = /^requests\.([A-Za-z]+)(?:\.[A-Za-z]+)?\.total$/.exec(id);
    const figure = match?.[1] as RequestFigure | undefined;
    if (figure && figure in byFigure) byFigure[figure].push(id);
  }
  return byFigure;
}

export interface ReportFigures {
  requests: RequestFigures;
  appeals: AppealFigures;
  /** Summed cells that were blank or never found (counted as 0). */
  blanks: number;
}

export function reportFigures(cells: Cells): ReportFigures {
  let blanks = 0;
  const valueOf = (id: string): number => {
    const value = cells[id]?.value;
    if (typeof value !== 'number') {
      blanks += 1;
      return 0;
    }
    return value;
  };
  const requests = zeroRequests();
  const byFigure = requestCellsOf(cells);
  for (const key of requestFigureKeys) {
    // A table read without this row at all counts as one blank.
    if (byFigure[key].length === 0) blanks += 1;
    requests[key] = byFigure[key].reduce((sum, id) => sum + valueOf(id), 0);
  }
  const appeals = zeroAppeals();
  for (const group of appealGroupKeys)
    for (const column of appealColumnKeys) appeals[group][column] = valueOf(`appeals.${group}.${column}`);
  return { requests, appeals, blanks };
}

export function addRequests(into: RequestFigures, more: RequestFigures): void {
  for (const key of requestFigureKeys) into[key] += more[key];
}

export function addAppeals(into: AppealFigures, more: AppealFigures): void {
  for (const group of appealGroupKeys)
    for (const column of appealColumnKeys) into[group][column] += more[group][column];
}
