// Severity badges: "错误 2 · 警告 1"; zero counts are left out so real problems stand out.
import type { Severity } from '../../../shared/report';
import { t } from '../i18n/zh-CN';

const order: Severity[] = ['error', 'warning', 'info'];

export function SeverityCounts({ counts, compact = false }: { counts: Record<Severity, number>; compact?: boolean }) {
  const shown = order.filter((severity) => counts[severity] > 0);
  if (shown.length === 0) return <span className="muted">—</span>;
  return (
    <span className="severity-counts">
      {shown.map((severity) => (
        <span key={severity} className={`badge badge-${severity}`} title={`${t.severity[severity]} ${counts[severity]}`}>
          {compact ? t.severity[severity].slice(0, 1) : t.severity[severity]} {counts[severity]}
        </span>
      ))}
    </span>
  );
}
