// text.vsTable: a number stated in the prose that contradicts the tables.
// Severity: 'error' when the sentence clearly states the quantity the cell holds: the form's own row
// wording, or 受理/收到 … 申请 N 件 against 一、本年新收 总计; 'info' only when the clause gives the number
// to another quantity (其中…, …部门, 各乡镇); otherwise, the body's office speaking for it included
// (区政府办代表区政府受理…), 'warning'. A total equal to new + carried over is consistent
// ("共受理749件" = 713 + 36). Statements about other years and approximate numbers are ignored,
// and nothing is said when the table cell could not be read.
import type { Finding, Severity } from '../../../../shared/report';
import { makeFinding } from '../../findings';
import type { CheckContext } from '../context';
import {
  BASIS,
  completedVsTableMessage,
  noneVsTableMessage,
  statedFormula,
  textVsTableMessage,
} from '../messages';
import { expectationFor } from '../text/expectations';
import { excerptAt, type Scan } from '../text/scan';
import { statementsIn, type Statement } from '../text/statements';
import type { Rule } from '../rule';

const NONE_KINDS = new Set(['noRequests', 'noReview', 'noSuit']);

/** "受理/收到/新收/接收/接到 … 申请 N 件" (the only verbs a 'received' statement has) plainly states 一、本年新收. */
function severityOf(statement: Statement): Severity {
  if (statement.otherQuantity) return 'info';
  if (statement.subUnit) return 'warning';
  return statement.exact || statement.kind === 'received' ? 'error' : 'warning';
}

/** The prose to read: every section, or the whole text when no section was found. */
export function scansOf(context: CheckContext): Scan[] {
  const { report } = context;
  if (report.sections.length === 0) return [context.scan(report, report.text)];
  return report.sections.map((section) => context.scan(section, section.text, section.source));
}

function judge(context: CheckContext, statement: Statement, quote: string) {
  const expectation = expectationFor(context, statement);
  if (!expectation) return undefined;
  const [primary = 0] = expectation.accepted;
  if (statement.kind === 'completed') {
    return primary > 0
      ? { expectation, message: completedVsTableMessage(quote, expectation.shown), formula: undefined }
      : undefined;
  }
  const stated = statement.stated ?? 0;
  if (NONE_KINDS.has(statement.kind)) {
    return primary === 0
      ? undefined
      : {
          expectation,
          message: noneVsTableMessage(quote, expectation.shown),
          formula: statedFormula(0, primary),
        };
  }
  if (expectation.accepted.some((value) => Math.abs(value - stated) <= expectation.tolerance))
    return undefined;
  return {
    expectation,
    message: textVsTableMessage(quote, expectation.shown, statement.subUnit),
    formula: statedFormula(stated, primary),
  };
}

export const textVsTable: Rule = {
  id: 'text.vsTable',
  check(context) {
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    for (const scan of scansOf(context)) {
      for (const statement of statementsIn(scan, context.year)) {
        const quote = scan.text.slice(statement.start, statement.end);
        const verdict = judge(context, statement, quote);
        if (!verdict) continue;
        const key = `${statement.kind}:${statement.stated ?? ''}`;
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        findings.push(
          makeFinding({
            rule: this.id,
            severity: severityOf(statement),
            message: verdict.message,
            cells: verdict.expectation.cells,
            ...(verdict.formula ? { formula: verdict.formula } : {}),
            excerpt: excerptAt(scan, statement.start, statement.end),
            ...(scan.source ? { excerptSource: scan.source } : {}),
            basis: BASIS.textVsTable,
            discriminator: occurrence > 1 ? `${key}#${occurrence}` : key,
          }),
        );
      }
    }
    return findings;
  },
};
