// Small presentation helpers shared by the screens.
import type { ReportSummary } from '../../../shared/ipc-contract';
import { t } from '../i18n/zh-CN';

export type ReviewState = 'notStarted' | 'inProgress' | 'done';

/** No findings counts as done: there is nothing left to decide. */
export function reviewStateOf(reviewed: number, total: number): ReviewState {
  if (total === 0 || reviewed >= total) return 'done';
  return reviewed === 0 ? 'notStarted' : 'inProgress';
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
