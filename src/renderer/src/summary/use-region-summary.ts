// The 汇总 of a set of reports, fetched again whenever the set or the library changes.
import { useEffect, useState } from 'react';
import type { ReportId } from '../../../shared/ipc-contract';
import type { RegionSummary } from '../../../shared/summary';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';

export function useRegionSummary(reportIds: ReportId[], version: number): RegionSummary | null {
  const notices = useNotices();
  const [summary, setSummary] = useState<RegionSummary | null>(null);
  const key = reportIds.join(',');
  useEffect(() => {
    let live = true;
    setSummary(null);
    void invoke('summary.region', { reportIds: key ? (key.split(',') as ReportId[]) : [] }).then((result) => {
      if (!live) return;
      if (result.ok) setSummary(result.value);
      else notices.fail(result.error);
    });
    return () => {
      live = false;
    };
  }, [key, version, notices]);
  return summary;
}
