// Imports files one per `library.import` call (each its own batch, so each has its page progress and its
// 取消), at most two in flight. A file recognised as the same report as one in the library waits for the
// reviewer's choice. Failures that never reached the library are kept for the 导入失败 list.
// In the desktop app the 导入报告 button lets main open its own dialog; progress then arrives as events.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { MAX_FILE_BYTES, tooLargeMessage } from '../../../shared/file-formats';
import type { PushEvents, SameReportChoice } from '../../../shared/ipc-contract';
import { bytesToBase64 } from '../api/base64';
import { api, invoke, onPush } from '../api/client';
import { useNotices } from '../common/notice-context';
import type { UnkeptFailure } from '../library/FailedReports';
import { t } from '../i18n/zh-CN';
import { isSupportedFile } from './file-types';
import { applyProgress, fromOutcome, isFinished, newBatchId, outcomeFields, type ImportItem } from './import-queue';

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
  /** Stops one file: a waiting one never starts, a running one is stopped by main. */
  cancel: (key: number) => void;
  /** The first file waiting for the reviewer's choice, and how many more wait after it. */
  asking: { item: ImportItem; more: number } | null;
  choose: (choice: SameReportChoice, forRest: boolean) => void;
  unkept: UnkeptFailure[];
  removeUnkept: (key: number) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function useImport(onImported: () => void): Importer {
  const notices = useNotices();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [unkept, setUnkept] = useState<UnkeptFailure[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<Queued[]>([]);
  const inFlight = useRef(0);
  const nextKey = useRef(1);
  const ownBatches = useRef(new Set<string>());
  const itemsRef = useRef<ImportItem[]>([]);
  /** A choice the reviewer asked to apply to the other files of the same import. */
  const standingChoice = useRef<SameReportChoice | null>(null);

  // The ref is the truth (read when a batch finishes); the state mirrors it for rendering.
  const update = useCallback((change: (list: ImportItem[]) => ImportItem[]) => {
    itemsRef.current = change(itemsRef.current);
    setItems(itemsRef.current);
  }, []);
  const patch = useCallback(
    (key: number, next: Partial<ImportItem>) => update((list) => list.map((item) => (item.key === key ? { ...item, ...next } : item))),
    [update],
  );

  /** A failure with no entry in the library: shown in the panel and kept for 导入失败. */
  const failUnkept = useCallback(
    (key: number, name: string, error: string) => {
      patch(key, { status: 'failed', error, progress: undefined });
      setUnkept((list) => [...list, { key, name, error }]);
    },
    [patch],
  );

  // The dock and the 导入失败 list show every failure with its reason: no notice repeats them.
  const finish = onImported;
  // Each file appears in the library as soon as it is in: a slow file does not hold the others back
  // (reloads are gathered, at most one every half second).
  const reloadTimer = useRef<number | null>(null);
  const showImported = useCallback(() => {
    reloadTimer.current ??= window.setTimeout(() => {
      reloadTimer.current = null;
      onImported();
    }, 500);
  }, [onImported]);
  useEffect(() => () => window.clearTimeout(reloadTimer.current ?? undefined), []);

  const resolve = useCallback(
    async (item: ImportItem, choice: SameReportChoice) => {
      if (!item.reportId) return;
      patch(item.key, { status: 'processing' });
      const result = await invoke('library.resolveImport', { reportId: item.reportId, choice });
      if (result.ok) patch(item.key, outcomeFields(result.value));
      else failUnkept(item.key, item.name, result.error.message);
      onImported();
    },
    [failUnkept, onImported, patch],
  );

  const importOne = useCallback(
    async ({ key, file, batchId }: Queued) => {
      patch(key, { status: 'processing' });
      let base64: string;
      try {
        base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        console.error('[import] cannot read', file.name, error);
        failUnkept(key, file.name, t.import.unreadable);
        return;
      }
      const result = await invoke('library.import', { files: [{ name: file.name, base64, sameReport: 'ask' }], batchId });
      const outcome = result.ok ? result.value[0] : undefined;
      if (!outcome) {
        failUnkept(key, file.name, result.ok ? t.app.unexpected : result.error.message);
        return;
      }
      patch(key, outcomeFields(outcome));
      if (outcome.status === 'imported') showImported();
      const standing = standingChoice.current;
      if (outcome.status === 'same-report' && standing) {
        const item = itemsRef.current.find((entry) => entry.key === key);
        if (item) await resolve(item, standing);
      }
    },
    [failUnkept, patch, resolve, showImported],
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
      if (itemsRef.current.every(isFinished)) standingChoice.current = null;
      const added: ImportItem[] = [];
      const refused: UnkeptFailure[] = [];
      for (const file of files) {
        const key = nextKey.current++;
        const batchId = newBatchId();
        const problem = !isSupportedFile(file.name)
          ? t.import.unsupported
          : file.size > MAX_FILE_BYTES
            ? `${tooLargeMessage(file.size)}，未导入`
            : null;
        added.push({ key, name: file.name, status: problem ? 'failed' : 'waiting', error: problem, reportId: null, batchId });
        if (problem) refused.push({ key, name: file.name, error: problem });
        else {
          ownBatches.current.add(batchId);
          queue.current.push({ key, file, batchId });
        }
      }
      if (refused.length > 0) setUnkept((list) => [...list, ...refused]);
      // A new batch replaces a finished one; files dropped while importing join the running one.
      update((list) => [...(list.every(isFinished) ? [] : list), ...added]);
      if (queue.current.length === 0 && inFlight.current === 0) finish();
      else pump();
    },
    [finish, pump, update],
  );

  const cancel = useCallback(
    (key: number) => {
      const waiting = queue.current.findIndex((entry) => entry.key === key);
      if (waiting >= 0) {
        queue.current.splice(waiting, 1);
        patch(key, { status: 'cancelled' });
        if (queue.current.length === 0 && inFlight.current === 0) finish();
        return;
      }
      const item = itemsRef.current.find((entry) => entry.key === key);
      if (item?.status === 'processing' && item.batchId) void invoke('library.cancelImport', { batchId: item.batchId });
    },
    [finish, patch],
  );

  const choose = useCallback(
    (choice: SameReportChoice, forRest: boolean) => {
      const waiting = itemsRef.current.filter((item) => item.status === 'same-report');
      if (forRest) standingChoice.current = choice;
      for (const item of forRest ? waiting : waiting.slice(0, 1)) void resolve(item, choice);
    },
    [resolve],
  );

  // Pages read so far, per file.
  useEffect(
    () =>
      onPush('import.fileProgress', (event: PushEvents['import.fileProgress']) => {
        const progress = { stage: event.stage, page: event.page, pages: event.pages };
        const own = itemsRef.current.find((entry) => entry.batchId === event.batchId && entry.status === 'processing');
        if (own) {
          patch(own.key, { progress });
          return;
        }
        // A file of an import main runs itself (desktop dialog): its place holder takes the file's name.
        const external = itemsRef.current.find(
          (entry) =>
            entry.externalBatch === event.batchId &&
            !isFinished(entry) &&
            (entry.name === event.fileName || (entry.name === '…' && entry.status === 'waiting')),
        );
        if (external) patch(external.key, { name: event.fileName, status: 'processing', progress });
      }),
    [patch],
  );

  // Imports started by main (dialog, menu) report through events.
  useEffect(() => {
    return onPush('import.progress', (event: PushEvents['import.progress']) => {
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
  const removeUnkept = useCallback((key: number) => setUnkept((list) => list.filter((entry) => entry.key !== key)), []);

  const waitingChoice = items.filter((item) => item.status === 'same-report');
  const first = waitingChoice[0];
  const asking = first ? { item: first, more: waitingChoice.length - 1 } : null;

  return {
    items,
    running: items.some((item) => !isFinished(item)),
    importFiles,
    openPicker,
    dismiss,
    cancel,
    asking,
    choose,
    unkept,
    removeUnkept,
    inputRef,
  };
}
