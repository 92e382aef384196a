// The report's score in the review bar, recomputed as decisions change; a click lists the deductions.
import { useMemo, useState } from 'react';
import type { ReviewedFinding } from '../../../shared/ipc-contract';
import { scoreReport, sectionLabel } from '../../../main/domain/scoring/index';
import { t } from '../i18n/zh-CN';
import { useOffice } from '../settings/use-office';

export function ScoreBadge({ findings }: { findings: ReviewedFinding[] }) {
  const rubric = useOffice().profile?.rubric;
  const [open, setOpen] = useState(false);
  const score = useMemo(() => (rubric ? scoreReport(findings, rubric) : null), [findings, rubric]);
  if (!score) return null;
  const tone = score.score >= 90 ? 'good' : score.score >= 70 ? 'fair' : 'poor';
  return (
    <span className="score-badge-wrap">
      <button
        type="button"
        className={`score-badge score-${tone}`}
        aria-expanded={open}
        data-score={score.score}
        data-provisional={score.provisional}
        onClick={() => setOpen((value) => !value)}
      >
        {t.review.score(score.score, score.provisional)}
      </button>
      {open && (
        <div className="score-popover" role="dialog" aria-label={t.review.scoreTitle}>
          <h2>{t.review.scoreTitle}</h2>
          {score.sections.length === 0 ? (
            <p className="muted">{t.review.scoreNone}</p>
          ) : (
            <ul>
              {score.sections.map((section) => (
                <li key={section.section}>
                  <strong>
                    {t.review.scoreSection(
                      sectionLabel(section.section),
                      section.lost,
                      section.deducted,
                      section.cap,
                    )}
                  </strong>
                  <ul>
                    {score.deductions
                      .filter((deduction) => deduction.section === section.section)
                      .map((deduction) => (
                        <li key={deduction.findingId} className={deduction.provisional ? 'muted' : undefined}>
                          −{deduction.points} {t.severity[deduction.severity]}：{deduction.message}
                          {deduction.provisional && `（${t.status.pending}）`}
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          {score.provisional && <p className="muted small">{t.review.scoreProvisional}</p>}
        </div>
      )}
    </span>
  );
}
