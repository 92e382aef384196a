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

/** Open findings first (in the checks' order), findings the checks no longer raise at the end. */
export function orderFindings(findings: ReviewedFinding[]): ReviewedFinding[] {
  return [...findings.filter((finding) => !finding.resolved), ...findings.filter((finding) => finding.resolved)];
}
