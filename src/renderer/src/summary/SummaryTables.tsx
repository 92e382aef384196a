// The 汇总's tables: totals by region and year, the cross-body check and the ranking by score.
import type { ReportId } from '../../../shared/ipc-contract';
import type { ChartTarget } from '../../../shared/charts/index';
import type { RegionSummary } from '../../../shared/summary';
import { requestFigureLabels, timelinessLabels } from '../../../shared/summary-labels';
import { rankByScore, sectionLabel } from '../../../main/domain/scoring/index';
import { requestFigureKeys } from '../../../main/domain/summary/figures';
import { t } from '../i18n/zh-CN';

interface TablesProps {
  summary: RegionSummary;
  onPick: (target: ChartTarget) => void;
}

// The 汇总's figures without 总计, which the screen leaves to the exports.
const figures = requestFigureKeys.filter((figure) => figure !== 'total');

function ShowButton({
  label,
  reportIds,
  onPick,
}: {
  label: string;
  reportIds: ReportId[];
  onPick: TablesProps['onPick'];
}) {
  return (
    <button type="button" className="link-button" onClick={() => onPick({ label, reportIds })}>
      {label}
    </button>
  );
}

export function RegionYearTable({ summary, onPick }: TablesProps) {
  return (
    <section className="summary-card" aria-label={t.summary.byRegionYear}>
      <header className="summary-card-header">
        <h2>{t.summary.byRegionYear}</h2>
      </header>
      <div className="summary-table-scroll">
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">{t.library.filterRegion}</th>
              <th scope="col">{t.library.year}</th>
              <th scope="col">{t.summary.kpiBodies}</th>
              {figures.map((figure) => (
                <th key={figure} scope="col">
                  {requestFigureLabels[figure]}
                </th>
              ))}
              <th scope="col">{t.summary.kpiReview}</th>
              <th scope="col">{t.summary.kpiSuits}</th>
              <th scope="col">{timelinessLabels.onTime}</th>
              <th scope="col">{timelinessLabels.late}</th>
              <th scope="col">{timelinessLabels.unknown}</th>
            </tr>
          </thead>
          <tbody>
            {summary.byRegionYear.map((row) => (
              <tr key={`${row.region}|${row.year}`}>
                <th scope="row">
                  <ShowButton
                    label={`${row.region} ${row.year ?? ''}`.trim()}
                    reportIds={row.reportIds}
                    onPick={onPick}
                  />
                </th>
                <td>{row.year ?? '—'}</td>
                <td>{row.bodies}</td>
                {figures.map((figure) => (
                  <td key={figure}>{row.requests[figure]}</td>
                ))}
                <td>{row.appeals.review.total}</td>
                <td>{row.appeals.suitDirect.total + row.appeals.suitAfterReview.total}</td>
                <td>{row.timeliness.onTime}</td>
                <td className={row.timeliness.late > 0 ? 'cell-late' : undefined}>{row.timeliness.late}</td>
                <td>{row.timeliness.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CrossBodyPanel({ summary, onPick }: TablesProps) {
  return (
    <section className="summary-card" aria-label={t.summary.crossBody} data-testid="cross-body">
      <header className="summary-card-header">
        <h2>{t.summary.crossBody}</h2>
      </header>
      {summary.crossBody.length === 0 && <p className="muted">{t.summary.crossBodyNone}</p>}
      {summary.crossBody.map((check) => {
        const failing = check.comparisons.filter((comparison) => (comparison.difference ?? 0) < 0);
        return (
          <div
            key={`${check.summary.reportId}`}
            className="cross-body-check"
            data-findings={check.findings.length}
          >
            <h3>
              <ShowButton
                label={`${check.summary.agency} ${check.year}`}
                reportIds={[check.summary.reportId, ...check.parts.map((part) => part.reportId)]}
                onPick={onPick}
              />
              <span className="muted small">
                {t.summary.crossBodyParts(check.parts.length)}：
                {check.parts.map((part) => part.agency).join('、')}
              </span>
            </h3>
            {failing.length === 0 ? (
              <p className="muted small">{t.summary.crossBodyOk}</p>
            ) : (
              <ul className="cross-body-findings">
                {check.findings.map((finding) => (
                  <li key={finding.id} className="severity-warning">
                    {finding.message}
                    {finding.formula && <span className="muted small">（{finding.formula}）</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function RankingTable({ summary, onPick }: TablesProps) {
  const ranked = rankByScore(
    summary.byBody,
    (row) => row.score.score,
    (row) => `${row.agency}${row.year ?? ''}`,
  );
  return (
    <section className="summary-card" aria-label={t.summary.ranking}>
      <header className="summary-card-header">
        <h2>{t.summary.ranking}</h2>
      </header>
      <div className="summary-table-scroll">
        <table className="summary-table ranking-table">
          <thead>
            <tr>
              {t.summary.rankingHeaders.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranked.map(({ rank, item }) => (
              <tr key={item.reportId}>
                <td>{rank}</td>
                <th scope="row">
                  <ShowButton label={item.agency} reportIds={[item.reportId]} onPick={onPick} />
                </th>
                <td>{item.year ?? '—'}</td>
                <td className="score-cell">
                  {item.score.score}
                  {item.score.provisional && (
                    <span className="tag tag-provisional">{t.summary.provisional}</span>
                  )}
                </td>
                <td className="small">
                  {item.score.sections
                    .map((section) => `${sectionLabel(section.section)} −${section.lost}`)
                    .join('；') || '—'}
                </td>
                <td>
                  {item.problems.error}/{item.problems.warning}/{item.problems.info}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
