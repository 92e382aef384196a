// Runs one export: follows its export.progress events, then delivers the file (saved by main on the
// desktop, downloaded in the browser) and says so. A cancelled save dialog ends quietly.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DismissedMode, ExportFormat, PushEvents, ReportId } from '../../../shared/ipc-contract';
import { invoke, onPush } from '../api/client';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { downloadExport } from './save-export';

export type ExportProgress = PushEvents['export.progress'];

export interface ExportRun {
  running: boolean;
  /** The latest progress event of the running export; null until the first one. */
  progress: ExportProgress | null;
  start: (request: {
    reportIds: ReportId[];
    format: ExportFormat;
    dismissed: DismissedMode;
  }) => Promise<void>;
}

function newExportId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `export-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function useExport(onFinished: () => void): ExportRun {
  const notices = useNotices();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const exportId = useRef<string | null>(null);

  useEffect(
    () =>
      onPush('export.progress', (event) => {
        if (event.exportId === exportId.current) setProgress(event);
      }),
    [],
  );

  const start = useCallback<ExportRun['start']>(
    async (request) => {
      if (exportId.current) return; // one at a time
      const id = newExportId();
      exportId.current = id;
      setProgress(null);
      setRunning(true);
      const result = await invoke('export.reports', { ...request, exportId: id });
      exportId.current = null;
      setRunning(false);
      if (!result.ok) {
        if (result.error.code === 'cancelled') onFinished();
        else notices.fail(result.error);
        return;
      }
      const file = result.value;
      let message: string;
      if (file.savedTo) message = t.export.savedTo(file.savedTo);
      else {
        try {
          downloadExport(file);
        } catch (error) {
          console.error('[export] download failed', error);
          notices.error(t.export.downloadFailed(file.fileName));
          return; // the dialog stays open: the reviewer can try again
        }
        message = t.export.downloaded(file.fileName);
      }
      notices.info(file.unreviewed > 0 ? message + t.export.unreviewedNote(file.unreviewed) : message);
      onFinished();
    },
    [notices, onFinished],
  );

  return { running, progress, start };
}
