// Small presentation helpers shared by the screens.
import type { ReportSummary } from '../../../shared/ipc-contract';
import { isReportReviewed } from '../../../shared/review-state';
import { t } from '../i18n/zh-CN';

export type ReviewState = 'notStarted' | 'inProgress' | 'done';

/** Done only when a reviewer has marked the report 审查完毕, never because it has no findings. */
export function reviewStateOf(summary: Pick<ReportSummary, 'reviewed' | 'completed'>): ReviewState {
  if (isReportReviewed(summary)) return 'done';
  return summary.reviewed > 0 ? 'inProgress' : 'notStarted';
}

export function agencyName(summary: Pick<ReportSummary, 'agency' | 'fileName'>): string {
  return summary.agency ?? summary.fileName;
}

export function reportName(summary: ReportSummary): string {
  return t.library.reportName(summary.agency ?? t.library.unknownAgency, summary.year, summary.fileName);
}

/** ISO time -> "2025-03-01 14:22" in local time. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatNumber(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

/** A failed file's reason without its name in front (older libraries stored "名称：原因"). */
export function failureReason(summary: Pick<ReportSummary, 'fileName' | 'error'>): string {
  const error = summary.error ?? '';
  return error.startsWith(`${summary.fileName}：`) ? error.slice(summary.fileName.length + 1) : error;
}
