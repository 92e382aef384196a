// Review state of a finding as the list shows it.
import type { ReviewedFinding } from '../../../../shared/ipc-contract';
import { t } from '../../i18n/zh-CN';

export type FindingState = 'unreviewed' | 'pending' | 'confirmed' | 'dismissed';

export function findingState(finding: ReviewedFinding): FindingState {
  return finding.review?.status ?? 'unreviewed';
}

export function findingStateLabel(finding: ReviewedFinding): string {
  const state = findingState(finding);
  return state === 'unreviewed' ? t.unreviewed : t.status[state];
}

/** Decided = confirmed or judged not a problem; 待复核 still needs work. */
export function isDecided(finding: ReviewedFinding): boolean {
  const state = findingState(finding);
  return state === 'confirmed' || state === 'dismissed';
}

const severityRank: Record<ReviewedFinding['severity'], number> = { error: 0, warning: 1, info: 2 };

/**
 * Errors first, then warnings, then notes (each in the checks' order, which follows the form); findings
 * the checks no longer raise come last.
 */
export function orderFindings(findings: ReviewedFinding[]): ReviewedFinding[] {
  const rank = (finding: ReviewedFinding) => (finding.resolved ? 3 : severityRank[finding.severity]);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}
