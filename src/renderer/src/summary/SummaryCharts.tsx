// The 汇总's four charts in cards, each with 保存图片; a click on a bar filters the library.
import { useMemo, useState } from 'react';
import type { ReportId, SummaryChart } from '../../../shared/ipc-contract';
import {
  buildChart,
  subjectKey,
  trendSubjects,
  type ChartTarget,
  type TrendSubject,
} from '../../../shared/charts/index';
import { allSubject } from '../../../shared/charts/index';
import type { RegionSummary } from '../../../shared/summary';
import { invoke } from '../api/client';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { EChart } from './EChart';
import { deliverFile } from './save-file';

interface SummaryChartsProps {
  summary: RegionSummary;
  reportIds: ReportId[];
  onPick: (target: ChartTarget) => void;
}

const subjectName = (subject: TrendSubject): string =>
  subject.kind === 'all'
    ? t.summary.trendAll
    : subject.kind === 'region'
      ? t.summary.trendRegion(subject.name)
      : t.summary.trendBody(subject.name);

export function SummaryCharts({ summary, reportIds, onPick }: SummaryChartsProps) {
  const notices = useNotices();
  const subjects = useMemo(() => trendSubjects(summary), [summary]);
  const [trend, setTrend] = useState<TrendSubject>(allSubject);
  const charts = useMemo(
    () =>
      (['requestsByBody', 'resultsByBody', 'problemsByRule', 'trend'] as SummaryChart[]).map((chart) => ({
        chart,
        spec: buildChart(chart, summary, { trend }),
      })),
    [summary, trend],
  );
  const save = (chart: SummaryChart) =>
    void deliverFile(
      invoke('summary.chart', {
        reportIds,
        chart,
        ...(chart === 'trend' ? { trendOf: subjectKey(trend) } : {}),
      }),
      notices,
    );

  return (
    <div className="summary-charts">
      {charts.map(({ chart, spec }) => (
        <section
          key={chart}
          className={`summary-card chart-card chart-${chart}`}
          data-chart={chart}
          aria-label={spec.title}
        >
          <header className="summary-card-header">
            <h2>{spec.title}</h2>
            {chart === 'trend' && (
              <select
                aria-label={t.summary.trendOf}
                value={subjectKey(trend)}
                onChange={(event) =>
                  setTrend(
                    subjects.find((subject) => subjectKey(subject) === event.target.value) ?? allSubject,
                  )
                }
              >
                {subjects.map((subject) => (
                  <option key={subjectKey(subject)} value={subjectKey(subject)}>
                    {subjectName(subject)}
                  </option>
                ))}
              </select>
            )}
            <span className="spacer" />
            <button type="button" className="small-button" onClick={() => save(chart)} disabled={spec.empty}>
              {t.summary.savePng}
            </button>
          </header>
          {spec.empty ? (
            <p className="muted chart-empty">{t.summary.chartEmpty}</p>
          ) : (
            <EChart spec={spec} label={spec.title} onPick={onPick} />
          )}
        </section>
      ))}
    </div>
  );
}
