// The library list: loaded once, reloaded after imports, reviews and deletions.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';

export interface Library {
  reports: ReportSummary[];
  /** Reports whose extraction worked, and the failed ones listed apart. */
  readable: ReportSummary[];
  failed: ReportSummary[];
  loaded: boolean;
  /** Bumped on every successful reload, so dependent views (coverage) refresh. */
  version: number;
  reload: () => Promise<void>;
  remove: (id: ReportId) => Promise<boolean>;
}

export function useLibrary(): Library {
  const notices = useNotices();
  const [reports, setReports] = useState<ReportSummary[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [version, setVersion] = useState(0);

  const reload = useCallback(async () => {
    const result = await invoke('library.list', {});
    if (result.ok) {
      setReports(result.value);
      setVersion((value) => value + 1);
    } else notices.fail(result.error);
    setLoaded(true);
  }, [notices]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const remove = useCallback(
    async (id: ReportId) => {
      const result = await invoke('library.delete', { reportId: id });
      if (!result.ok) {
        notices.fail(result.error);
        return false;
      }
      setReports((list) => list.filter((report) => report.id !== id));
      setVersion((value) => value + 1);
      return true;
    },
    [notices],
  );

  const { readable, failed } = useMemo(() => {
    const ok: ReportSummary[] = [];
    const bad: ReportSummary[] = [];
    for (const report of reports) (report.error === null ? ok : bad).push(report);
    return { readable: ok, failed: bad };
  }, [reports]);

  return { reports, readable, failed, loaded, version, reload, remove };
}
