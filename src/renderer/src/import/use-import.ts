// Imports files one per `library.import` call, at most two in flight, with per-file states.
// In the desktop app the 导入报告 button lets main open its own dialog; progress then arrives as events.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { PushEvents } from '../../../shared/ipc-contract';
import { bytesToBase64 } from '../api/base64';
import { api, invoke, onPush } from '../api/client';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { isSupportedFile } from './file-types';
import { applyProgress, fromOutcome, isFinished, newBatchId, type ImportItem } from './import-queue';

const maxInFlight = 2;

interface Queued {
  key: number;
  file: File;
  batchId: string;
}

export interface Importer {
  items: ImportItem[];
  running: boolean;
  importFiles: (files: File[]) => void;
  /** 导入报告: the desktop dialog when there is one, else the hidden file input. */
  openPicker: () => void;
  dismiss: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function useImport(onImported: () => void): Importer {
  const notices = useNotices();
  const [items, setItems] = useState<ImportItem[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Queued[]>([]);
  const inFlight = useRef(0);
  const nextKey = useRef(1);
  const ownBatches = useRef(new Set<string>());
  const itemsRef = useRef<ImportItem[]>([]);

  // The ref is the truth (read when a batch finishes); the state mirrors it for rendering.
  const update = useCallback((change: (list: ImportItem[]) => ImportItem[]) => {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }, []);
  const patch = useCallback(
    (key: number, next: Partial<ImportItem>) => update((list) => list.map((item) => (item.key === key ? { ...item, ...next } : item))),
    [update],
  );

  const finish = useCallback(() => {
    onImported();
    // The panel shows the summary; failures are also announced as alerts.
    itemsRef.current
      .filter((item) => item.status === 'failed')
      .slice(-3)
      .forEach((item) => notices.error(t.import.failed(item.name, item.error ?? t.import.unreadable)));
  }, [notices, onImported]);

  const importOne = useCallback(
    async ({ key, file, batchId }: Queued) => {
      patch(key, { status: 'processing' });
      let base64: string;
      try {
        base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        console.error('[import] cannot read', file.name, error);
        patch(key, { status: 'failed', error: t.import.unreadable });
        return;
      }
      const result = await invoke('library.import', { files: [{ name: file.name, base64 }], batchId });
      if (!result.ok) {
        patch(key, { status: 'failed', error: result.error.message });
        return;
      }
      const outcome = result.value[0];
      patch(key, outcome ? { status: outcome.status, error: outcome.error, reportId: outcome.reportId } : { status: 'failed', error: t.app.unexpected });
    },
    [patch],
  );

  const pump = useCallback(() => {
    while (inFlight.current < maxInFlight && queue.current.length > 0) {
      const next = queue.current.shift();
      if (!next) break;
      inFlight.current += 1;
      void importOne(next).finally(() => {
        inFlight.current -= 1;
        if (inFlight.current === 0 && queue.current.length === 0) finish();
        else pump();
      });
    }
  }, [finish, importOne]);

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      const batchId = newBatchId();
      ownBatches.current.add(batchId);
      const added: ImportItem[] = [];
      for (const file of files) {
        const key = nextKey.current++;
        const supported = isSupportedFile(file.name);
        added.push({ key, name: file.name, status: supported ? 'waiting' : 'failed', error: supported ? null : t.import.unsupported, reportId: null });
        if (supported) queue.current.push({ key, file, batchId });
      }
      // A new batch replaces a finished one; files dropped while importing join the running one.
      update((list) => [...(list.every(isFinished) ? [] : list), ...added]);
      if (queue.current.length === 0 && inFlight.current === 0) finish();
      else pump();
    },
    [finish, pump, update],
  );

  // Imports started by main (dialog, menu) report through events.
  useEffect(() => {
    return onPush('import.progress', (event: PushEvents['import.progress']) => {
      const ocrPage = event.page;
      if (ocrPage) {
        const { page, pages, fileName } = ocrPage;
        update((list) => list.map((item) => (item.name === fileName && !isFinished(item) ? { ...item, ocrPage: { page, pages } } : item)));
        return;
      }
      if (ownBatches.current.has(event.batchId)) return;
      update((list) => applyProgress(list, event, () => nextKey.current++));
      if (event.done >= event.total) onImported();
    });
  }, [onImported, update]);

  const openPicker = useCallback(() => {
    const dialog = api().importWithDialog;
    if (!dialog) {
      inputRef.current?.click();
      return;
    }
    void dialog().then((result) => {
      if (!result.ok) {
        notices.fail(result.error);
        return;
      }
      if (result.value.length === 0) return; // the reviewer closed the dialog
      update((list) => [
        ...list.filter((item) => item.externalBatch === undefined),
        ...result.value.map((outcome) => fromOutcome(nextKey.current++, outcome, 'dialog')),
      ]);
      finish();
    });
  }, [finish, notices, update]);

  const dismiss = useCallback(() => update((list) => (list.every(isFinished) ? [] : list)), [update]);

  return { items, running: items.some((item) => !isFinished(item)), importFiles, openPicker, dismiss, inputRef };
}
