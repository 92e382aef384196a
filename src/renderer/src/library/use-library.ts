// The library list: loaded once, reloaded after imports, reviews and deletions.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';

export interface Library {
  reports: ReportSummary[];
  /** Reports whose extraction worked (one row per report: its newest version), and the failed ones apart. */
  readable: ReportSummary[];
  failed: ReportSummary[];
  /** Every version of a report, oldest first, by the id of any of them (reports with one version are absent). */
  versions: ReadonlyMap<ReportId, ReportSummary[]>;
  loaded: boolean;
  /** Bumped on every successful reload, so dependent views (coverage) refresh. */
  version: number;
  reload: () => Promise<void>;
  remove: (id: ReportId) => Promise<boolean>;
}

/** One row per report: versions of one report are grouped under its newest one. */
function groupReports(reports: ReportSummary[]) {
  const groups = new Map<ReportId, ReportSummary[]>();
  const failed: ReportSummary[] = [];
  for (const report of reports) {
    if (report.error !== null) failed.push(report);
    else {
      const root = report.versionOf ?? report.id;
      groups.set(root, [...(groups.get(root) ?? []), report]);
    }
  }
  const readable: ReportSummary[] = [];
  const versions = new Map<ReportId, ReportSummary[]>();
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    readable.push(ordered.at(-1) as ReportSummary);
    if (ordered.length > 1) for (const report of ordered) versions.set(report.id, ordered);
  }
  return { readable, failed, versions };
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

  const { readable, failed, versions } = useMemo(() => groupReports(reports), [reports]);

  return { reports, readable, failed, versions, loaded, version, reload, remove };
}
