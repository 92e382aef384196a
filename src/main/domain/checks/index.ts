// The discrepancy check engine: pure functions over ExtractedReport (domain spec, section 4).
// checkReport runs the single-report rules; it does not repeat the parser's own findings
// (analyze-file merges those), and cells the parser already reported are not reported again.
import type { ExtractedReport, Finding } from '../../../shared/report';
import { makeContext } from './context';
import { crossYearCarryOver } from './cross-year/carry-over';
import { crossYearCopied } from './cross-year/copied';
import { crossYearInForce } from './cross-year/in-force';
import { crossYearPrevItems } from './cross-year/prev-items';
import type { CrossYearRule, Rule, SumRule } from './rule';
import { agencyPlace } from './rules/agency-place';
import { appealsGroupSum } from './rules/appeals-group-sum';
import { cellsBlank } from './rules/cells-blank';
import { cellsUnreadable } from './rules/cells-unreadable';
import { formatVersion, isUnsupportedYear, unsupportedYearFinding } from './rules/format-version';
import { ocrUncertain } from './rules/ocr-uncertain';
import { publicationDeadline } from './rules/publication-deadline';
import { requestsBalance } from './rules/requests-balance';
import { requestsResultSum } from './rules/requests-result-sum';
import { requestsRowSum } from './rules/requests-row-sum';
import { structureSections } from './rules/structure-sections';
import { structureTables } from './rules/structure-tables';
import { textFeeStatement } from './rules/text-fee-statement';
import { textVsTable } from './rules/text-vs-table';
import { textYear } from './rules/text-year';
import { valuesValid } from './rules/values-valid';
import { sameBody } from './same-body';

export { sameBody };

/** Single-report rules, in the order their findings are listed. */
export const reportRules: readonly Rule[] = [
  formatVersion,
  structureSections,
  structureTables,
  requestsBalance,
  requestsRowSum,
  requestsResultSum,
  appealsGroupSum,
  ocrUncertain,
  valuesValid,
  cellsBlank,
  cellsUnreadable,
  textVsTable,
  textYear,
  textFeeStatement,
  publicationDeadline,
  agencyPlace,
];

/** The arithmetic rules: their sums also serve to find OCR misreads. */
const sumRules: readonly SumRule[] = [requestsBalance, requestsRowSum, requestsResultSum, appealsGroupSum];

const contextOf = (report: ExtractedReport) =>
  makeContext(report, (context) => sumRules.flatMap((rule) => rule.equations(context)));

/** Rules across two reports of the same body. */
export const crossYearRules: readonly CrossYearRule[] = [
  crossYearCarryOver,
  crossYearPrevItems,
  crossYearInForce,
  crossYearCopied,
];

/** Runs every single-report check. Reports of 2018 and earlier get one "not supported" note and nothing else. */
export function checkReport(report: ExtractedReport): Finding[] {
  if (isUnsupportedYear(report)) return [unsupportedYearFinding()];
  const context = contextOf(report);
  return reportRules.flatMap((rule) => rule.check(context));
}

/**
 * Runs the checks across two reports of the same body (current year Y and Y−1). Returns nothing
 * when the years are not consecutive or the agencies are known and differ: the caller pairs reports.
 * Table rules need both years to have statutory tables (2019 on); the copy check does not.
 */
export function checkAcrossYears(current: ExtractedReport, previous: ExtractedReport): Finding[] {
  if (current.year === null || previous.year === null || current.year !== previous.year + 1) return [];
  if (current.agency && previous.agency && !sameBody(current.agency, previous.agency)) return [];
  const now = contextOf(current);
  const before = contextOf(previous);
  const tablesComparable = !isUnsupportedYear(previous);
  return crossYearRules
    .filter((rule) => tablesComparable || rule === crossYearCopied)
    .flatMap((rule) => rule.check(now, before));
}
