// 评分标准: full marks, points per severity, caps per section and the points of each rule (blank: the
// severity's points). Values are kept as typed text until saved.
import type { OfficeProfile } from '../../../shared/ipc-contract';
import type { Severity } from '../../../shared/report';
import type { ScoringSection } from '../../../shared/scoring';
import { t } from '../i18n/zh-CN';

export interface RubricDraft {
  fullMarks: string;
  severityPoints: Record<Severity, string>;
  sectionCaps: Record<ScoringSection, string>;
  rulePoints: Record<string, Partial<Record<Severity, string>>>;
}

const severities: Severity[] = ['error', 'warning', 'info'];

export function draftOf(profile: OfficeProfile): RubricDraft {
  const { rubric } = profile;
  const text = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    fullMarks: text(rubric.fullMarks),
    severityPoints: {
      error: text(rubric.severityPoints.error),
      warning: text(rubric.severityPoints.warning),
      info: text(rubric.severityPoints.info),
    },
    sectionCaps: Object.fromEntries(
      profile.sections.map(({ id }) => [id, text(rubric.sectionCaps[id])]),
    ) as Record<ScoringSection, string>,
    rulePoints: Object.fromEntries(
      Object.entries(rubric.rulePoints).map(([rule, line]) => [
        rule,
        Object.fromEntries(Object.entries(line).map(([key, value]) => [key, text(value)])),
      ]),
    ),
  };
}

interface RubricEditorProps {
  profile: OfficeProfile;
  draft: RubricDraft;
  onChange: (draft: RubricDraft) => void;
}

function NumberInput({
  label,
  value,
  placeholder,
  onChange,
}: {
  label: string;
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      type="number"
      min={0}
      max={1000}
      step={0.5}
      className="text-input number-input"
      aria-label={label}
      value={value}
      placeholder={placeholder}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function RubricEditor({ profile, draft, onChange }: RubricEditorProps) {
  const sectionName = (id: ScoringSection) =>
    profile.sections.find((section) => section.id === id)?.label ?? id;
  return (
    <div className="rubric-editor">
      <p className="muted small">{t.settings.rubricNote}</p>
      <div className="rubric-row">
        <label>
          {t.settings.fullMarks}
          <NumberInput
            label={t.settings.fullMarks}
            value={draft.fullMarks}
            onChange={(fullMarks) => onChange({ ...draft, fullMarks })}
          />
        </label>
      </div>
      <fieldset className="rubric-fieldset">
        <legend>{t.settings.severityPoints}</legend>
        {severities.map((severity) => (
          <label key={severity}>
            {t.severity[severity]}
            <NumberInput
              label={`${t.settings.severityPoints} ${t.severity[severity]}`}
              value={draft.severityPoints[severity]}
              onChange={(value) =>
                onChange({ ...draft, severityPoints: { ...draft.severityPoints, [severity]: value } })
              }
            />
          </label>
        ))}
      </fieldset>
      <fieldset className="rubric-fieldset">
        <legend>{t.settings.sectionCaps}</legend>
        {profile.sections.map(({ id, label }) => (
          <label key={id}>
            {label}
            <NumberInput
              label={`${t.settings.sectionCaps} ${label}`}
              value={draft.sectionCaps[id]}
              onChange={(value) => onChange({ ...draft, sectionCaps: { ...draft.sectionCaps, [id]: value } })}
            />
          </label>
        ))}
      </fieldset>
      <h3 className="rubric-heading">{t.settings.rulePoints}</h3>
      <div className="rubric-rules">
        <table className="summary-table">
          <thead>
            <tr>
              {t.settings.ruleHeaders.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {profile.rules.map((rule) => (
              <tr key={rule.id}>
                <th scope="row">
                  {rule.label}
                  <span className="muted small rule-id">{rule.id}</span>
                </th>
                <td className="small">{sectionName(rule.section)}</td>
                {severities.map((severity) => (
                  <td key={severity}>
                    <NumberInput
                      label={`${rule.label} ${t.severity[severity]}`}
                      value={draft.rulePoints[rule.id]?.[severity] ?? ''}
                      placeholder={`${t.settings.inherit} ${draft.severityPoints[severity]}`}
                      onChange={(value) =>
                        onChange({
                          ...draft,
                          rulePoints: {
                            ...draft.rulePoints,
                            [rule.id]: { ...draft.rulePoints[rule.id], [severity]: value },
                          },
                        })
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
