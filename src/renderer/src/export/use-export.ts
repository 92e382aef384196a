// Runs one export: follows its export.progress events, then delivers the file (saved by main on the
// desktop, downloaded in the browser) and says so. A cancelled save dialog ends quietly.
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CleanReportMode,
  DismissedMode,
  ExportFormat,
  NoticePackaging,
  PushEvents,
  ReportId,
  Result,
} from '../../../shared/ipc-contract';
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
  /** One notice per report and the 通报 (导出 → 分单位审查意见). */
  startNotices: (request: {
    reportIds: ReportId[];
    cleanReports: CleanReportMode;
    packaging: NoticePackaging;
  }) => Promise<void>;
}

/** What a finished export hands over: a file to download unless main saved it already. */
interface Delivered {
  fileName: string;
  base64: string;
  savedTo?: string;
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

  /** Runs one export: follows its progress, then delivers the file and says so in `describe`'s words. */
  const run = useCallback(
    async <T extends Delivered>(
      call: (exportId: string) => Promise<Result<T>>,
      describe: (file: T, message: string) => string,
    ) => {
      if (exportId.current) return; // one at a time
      const id = newExportId();
      exportId.current = id;
      setProgress(null);
      setRunning(true);
      const result = await call(id);
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
      notices.info(describe(file, message));
      onFinished();
    },
    [notices, onFinished],
  );

  const start = useCallback<ExportRun['start']>(
    (request) =>
      run(
        (id) => invoke('export.reports', { ...request, exportId: id }),
        (file, message) =>
          file.unreviewed > 0 ? message + t.export.unreviewedNote(file.unreviewed) : message,
      ),
    [run],
  );

  const startNotices = useCallback<ExportRun['startNotices']>(
    (request) =>
      run(
        (id) => invoke('export.notices', { ...request, exportId: id }),
        (file, message) => `${t.export.noticesDone(file.notices, file.drafts)}。${message}`,
      ),
    [run],
  );

  return { running, progress, start, startNotices };
}
