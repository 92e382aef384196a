// What both exports derive from a ReportDetail: ordering, review counts, places and dates in the form's words.
import type {
  CellCorrection,
  ReportDetail,
  ReviewedFinding,
  ReviewStatus,
} from '../../../shared/ipc-contract';
import type { CellId, Severity } from '../../../shared/report';
import { cellPlace } from '../../domain/template/definitions';
import { severityLabels, severityOrder, statusLabels } from './labels';

export interface ExportOptions {
  generatedAt?: Date;
  reviewer?: string;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "2024年3月5日" */
export function formatChineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** "2021-01-28" (a report's own date) as "2021年1月28日"; other text is kept as written. */
export function formatReportDate(date: string | null): string {
  if (!date) return '未注明';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/** An ISO time in the reviewer's local time, "2024-03-05 14:30"; unparsable text is kept. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function reportName(detail: ReportDetail): string {
  const { agency, year, fileName } = detail.summary;
  return `${agency ?? fileName} ${year ?? '（年度未识别）'} 年度报告`;
}

/** The cell's place in the form ("表三 （七）总计 · 自然人列"); the id when the format is unknown. */
export function placeOf(detail: ReportDetail, cellId: CellId): string {
  const template = detail.summary.template;
  return template ? cellPlace(template, cellId) : cellId;
}

export const statusOf = (finding: ReviewedFinding): ReviewStatus => finding.review?.status ?? 'pending';

export const statusText = (finding: ReviewedFinding): string => statusLabels[statusOf(finding)];

/** Errors first, then warnings, then hints; the checks' own order within a severity. */
export function orderedFindings(detail: ReportDetail): ReviewedFinding[] {
  return detail.findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityOrder.indexOf(a.finding.severity) - severityOrder.indexOf(b.finding.severity) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function reviewCounts(detail: ReportDetail): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { pending: 0, confirmed: 0, dismissed: 0 };
  for (const finding of detail.findings) counts[statusOf(finding)] += 1;
  return counts;
}

/** One-line verdict for the overview: what a reader needs to know about the report. */
export function conclusionOf(detail: ReportDetail): string {
  if (detail.summary.error) return '导入失败';
  const counts = reviewCounts(detail);
  const parts: string[] = [];
  if (counts.confirmed > 0) parts.push(`确认问题 ${counts.confirmed} 项`);
  if (counts.pending > 0) parts.push(`待复核 ${counts.pending} 项`);
  if (parts.length === 0) return detail.findings.length > 0 ? '经复核未发现问题' : '未发现问题';
  return parts.join('，');
}

/** The last correction of each cell: the value the reviewer settled on. */
export function latestCorrections(detail: ReportDetail): Map<CellId, CellCorrection> {
  const latest = new Map<CellId, CellCorrection>();
  for (const correction of detail.corrections) latest.set(correction.cellId, correction);
  return latest;
}

export const formatValue = (value: number | null): string => (value === null ? '（空）' : String(value));

export const isFailed = (detail: ReportDetail): boolean => detail.summary.error !== null;

/** The reviewer named by the caller, else everyone who left a decision or a correction. */
export function reviewersOf(details: ReportDetail[], reviewer: string | undefined): string {
  if (reviewer?.trim()) return reviewer.trim();
  const names = new Set<string>();
  for (const detail of details) {
    for (const finding of detail.findings) if (finding.review?.reviewer) names.add(finding.review.reviewer);
    for (const correction of detail.corrections) if (correction.reviewer) names.add(correction.reviewer);
  }
  return names.size > 0 ? [...names].join('、') : '未填写';
}

export interface CellFlag {
  severity: Severity;
  messages: string[];
}

/** Findings still standing (not dismissed, not resolved) per cell, with the most serious severity. */
export function standingFlags(detail: ReportDetail): Map<CellId, CellFlag> {
  const flags = new Map<CellId, CellFlag>();
  for (const finding of detail.findings) {
    if (statusOf(finding) === 'dismissed' || finding.resolved) continue;
    for (const id of finding.cells) {
      const flag = flags.get(id) ?? { severity: finding.severity, messages: [] };
      if (severityOrder.indexOf(finding.severity) < severityOrder.indexOf(flag.severity))
        flag.severity = finding.severity;
      flag.messages.push(`[${severityLabels[finding.severity]}] ${finding.message}`);
      flags.set(id, flag);
    }
  }
  return flags;
}
