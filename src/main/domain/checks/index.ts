import type { ExtractedReport, Finding } from '../../../shared/report';

/** Runs every single-report check. Placeholder until the check engine lands. */
export function checkReport(_report: ExtractedReport): Finding[] {
  return [];
}

/** Runs the checks across two reports of the same body (current year Y and Y-1). */
export function checkAcrossYears(_current: ExtractedReport, _previous: ExtractedReport): Finding[] {
  return [];
}
