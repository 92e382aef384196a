// Import items and their states; pure helpers used by the import hook.
import type { ImportOutcome, ReportId } from '../../../shared/ipc-contract';

export type ImportStatus = 'waiting' | 'processing' | 'imported' | 'duplicate' | 'failed';

export interface ImportItem {
  key: number;
  name: string;
  status: ImportStatus;
  error: string | null;
  reportId: ReportId | null;
  /** Set for imports main runs itself (desktop dialog), reported by events. */
  externalBatch?: string;
  /** The page OCR is reading while the file is processed. */
  ocrPage?: { page: number; pages: number };
}

export const isFinished = (item: ImportItem): boolean =>
  item.status === 'imported' || item.status === 'duplicate' || item.status === 'failed';

export function fromOutcome(key: number, outcome: ImportOutcome, externalBatch?: string): ImportItem {
  const item: ImportItem = { key, name: outcome.fileName, status: outcome.status, error: outcome.error, reportId: outcome.reportId };
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
  duplicate: number;
  failed: number;
}

export function tally(items: ImportItem[]): ImportTally {
  const count = (status: ImportStatus) => items.filter((item) => item.status === status).length;
  return {
    done: items.filter(isFinished).length,
    total: items.length,
    imported: count('imported'),
    duplicate: count('duplicate'),
    failed: count('failed'),
  };
}

export function newBatchId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `batch-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
