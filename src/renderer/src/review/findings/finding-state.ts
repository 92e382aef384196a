// Review state of a finding as the list shows it.
import type { ReviewedFinding } from '../../../../shared/ipc-contract';
import { findingStateOf } from '../../../../shared/review-state';
import { t } from '../../i18n/zh-CN';

/** 未处理 (untouched), 待复核 (to look at again), 已确认, 不是问题. */
export function findingStateLabel(finding: ReviewedFinding): string {
  const state = findingStateOf(finding);
  return state === 'unreviewed' ? t.unreviewed : t.status[state];
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
