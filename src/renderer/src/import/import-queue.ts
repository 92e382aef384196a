// Import items and their states; pure helpers used by the import hook.
import type { ImportOutcome, PushEvents, ReportId, SameReportMatch } from '../../../shared/ipc-contract';

/** 'same-report' waits for the reviewer's choice (replace / keep as a version / skip). */
export type ImportStatus = 'waiting' | 'processing' | ImportOutcome['status'];

export type FileProgress = Pick<PushEvents['import.fileProgress'], 'stage' | 'page' | 'pages'>;

export interface ImportItem {
  key: number;
  name: string;
  status: ImportStatus;
  /** The reason alone; the file's name is shown beside it. */
  error: string | null;
  /** What the import did besides (a report repaired by its original). */
  notice?: string;
  reportId: ReportId | null;
  /** Set for imports main runs itself (desktop dialog), reported by events. */
  externalBatch?: string;
  /** The batch this file alone is sent under: its page progress and its 取消 go by it. */
  batchId?: string;
  progress?: FileProgress;
  sameAs?: SameReportMatch;
}

const finished: ReadonlySet<ImportStatus> = new Set(['imported', 'duplicate', 'failed', 'skipped', 'cancelled']);

export const isFinished = (item: ImportItem): boolean => finished.has(item.status);

export const canCancel = (item: ImportItem): boolean =>
  item.externalBatch === undefined && (item.status === 'waiting' || item.status === 'processing');

/** The item's fields from a service outcome. */
export const outcomeFields = (outcome: ImportOutcome): Partial<ImportItem> => ({
  status: outcome.status,
  error: outcome.error,
  notice: outcome.notice,
  reportId: outcome.reportId,
  sameAs: outcome.sameAs,
  progress: undefined,
});

export function fromOutcome(key: number, outcome: ImportOutcome, externalBatch?: string): ImportItem {
  const { fileName: name, status, error, reportId, notice } = outcome;
  const item: ImportItem = { key, name, status, error, reportId, ...(notice ? { notice } : {}) };
  return externalBatch ? { ...item, externalBatch } : item;
}

/** Folds one progress event of an import main runs into the list: its outcome, then placeholders for the rest. */
export function applyProgress(
  list: ImportItem[],
  event: { batchId: string; done: number; total: number; current: ImportOutcome | null },
  nextKey: () => number,
): ImportItem[] {
  const known = list.some((item) => item.externalBatch === event.batchId);
  // A new batch replaces a finished panel; otherwise it joins what is running.
  const base = !known && list.every(isFinished) ? [] : list;
  const kept = base.filter((item) => item.externalBatch !== event.batchId || isFinished(item));
  const received = event.current ? [fromOutcome(nextKey(), event.current, event.batchId)] : [];
  const finished = kept.filter((item) => item.externalBatch === event.batchId).length + received.length;
  const waiting = Array.from({ length: Math.max(0, event.total - Math.max(finished, event.done)) }, (): ImportItem => ({
    key: nextKey(),
    name: '…',
    status: 'waiting',
    error: null,
    reportId: null,
    externalBatch: event.batchId,
  }));
  return [...kept, ...received, ...waiting];
}

export interface ImportTally {
  done: number;
  total: number;
  imported: number;
  /** The same file again, which put right a report whose data could not be read (not a new report). */
  repaired: number;
  /** Already in the library, or skipped by the reviewer's choice. */
  duplicate: number;
  failed: number;
}

export function tally(items: ImportItem[]): ImportTally {
  const count = (...statuses: ImportStatus[]) => items.filter((item) => statuses.includes(item.status)).length;
  return {
    done: items.filter(isFinished).length,
    total: items.length,
    imported: items.filter((item) => item.status === 'imported' && !item.notice).length,
    repaired: items.filter((item) => item.status === 'imported' && item.notice).length,
    duplicate: count('duplicate', 'skipped'),
    failed: count('failed'),
  };
}

export function newBatchId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `batch-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
