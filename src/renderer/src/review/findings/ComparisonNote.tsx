// 与上年对比: which report this one was checked against across years, and what was compared.
import type { ReportDetail, ReportId } from '../../../../shared/ipc-contract';
import { t } from '../../i18n/zh-CN';

export function ComparisonNote({ detail, onOpen }: { detail: ReportDetail; onOpen: (id: ReportId) => void }) {
  const comparison = detail.comparison;
  if (!comparison || detail.summary.error) return null;
  const { previous, checks } = comparison;
  const name = previous
    ? `${previous.agency ?? t.library.unknownAgency}${previous.year ? ` ${previous.year}年` : ''}`
    : '';
  return (
    <details className="comparison-note" data-compared={previous ? 'true' : 'false'}>
      <summary>
        <span className="comparison-title">{t.review.comparison}</span>
        <span className="comparison-text">
          {previous ? t.review.comparedWith(name, previous.fileName) : t.review.noPrevious(detail.summary.year)}
        </span>
      </summary>
      <div className="comparison-body">
        <span className="muted">{t.review.compared}</span>
        <ul>
          {checks.map((check) => (
            <li key={check}>{check}</li>
          ))}
        </ul>
        {previous && (
          <button type="button" className="link-button" onClick={() => onOpen(previous.reportId)}>
            {t.review.openPrevious}
          </button>
        )}
      </div>
    </details>
  );
}
