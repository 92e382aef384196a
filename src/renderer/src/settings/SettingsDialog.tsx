// 设置: the office's name, contact and correction deadline for the notices, and the scoring rubric.
import { useState, type FormEvent } from 'react';
import type { OfficeProfile, OfficeSettings } from '../../../shared/ipc-contract';
import type { Rubric, ScoringSection } from '../../../shared/scoring';
import type { Severity } from '../../../shared/report';
import { invoke } from '../api/client';
import { Dialog } from '../common/Dialog';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { draftOf, RubricEditor, type RubricDraft } from './RubricEditor';
import { publishOffice } from './use-office';

type Tab = 'office' | 'rubric';

interface SettingsDialogProps {
  profile: OfficeProfile;
  initialTab?: Tab;
  onClose: () => void;
}

/** A number of points from the typed text: blank → undefined, anything else must be 0 … 1000. */
function points(text: string | undefined): number | undefined | 'invalid' {
  if (text === undefined || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1000 ? value : 'invalid';
}

function rubricOf(draft: RubricDraft): Rubric | null {
  const required = (text: string) => {
    const value = points(text);
    return value === undefined || value === 'invalid' ? null : value;
  };
  const fullMarks = required(draft.fullMarks);
  const severityPoints = Object.fromEntries(
    Object.entries(draft.severityPoints).map(([key, text]) => [key, required(text)]),
  );
  const sectionCaps = Object.fromEntries(
    Object.entries(draft.sectionCaps).map(([key, text]) => [key, required(text)]),
  );
  const rulePoints: Rubric['rulePoints'] = {};
  for (const [rule, line] of Object.entries(draft.rulePoints)) {
    const entry: Partial<Record<Severity, number>> = {};
    for (const [severity, text] of Object.entries(line)) {
      const value = points(text);
      if (value === 'invalid') return null;
      if (value !== undefined) entry[severity as Severity] = value;
    }
    if (Object.keys(entry).length > 0) rulePoints[rule] = entry;
  }
  if (
    !fullMarks ||
    [...Object.values(severityPoints), ...Object.values(sectionCaps)].some((value) => value === null)
  )
    return null;
  return {
    fullMarks,
    severityPoints: severityPoints as Record<Severity, number>,
    sectionCaps: sectionCaps as Record<ScoringSection, number>,
    rulePoints,
  };
}

export function SettingsDialog({ profile, initialTab = 'office', onClose }: SettingsDialogProps) {
  const notices = useNotices();
  const [tab, setTab] = useState<Tab>(initialTab);
  const [office, setOffice] = useState<OfficeSettings>(profile.office);
  const [days, setDays] = useState(String(profile.office.deadlineDays));
  const [draft, setDraft] = useState<RubricDraft>(() => draftOf(profile));
  const [rubricTouched, setRubricTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (request: Parameters<typeof invoke<'office.set'>>[1]) => {
    setSaving(true);
    const result = await invoke('office.set', request);
    setSaving(false);
    if (!result.ok) {
      notices.fail(result.error);
      return;
    }
    publishOffice(result.value);
    notices.info(t.settings.saved);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const deadlineDays = Number(days);
    if (!Number.isInteger(deadlineDays) || deadlineDays < 1 || deadlineDays > 365) {
      setTab('office');
      setError(t.settings.invalidDays);
      return;
    }
    const rubric = rubricTouched ? rubricOf(draft) : undefined;
    if (rubric === null) {
      setTab('rubric');
      setError(t.settings.invalidNumber);
      return;
    }
    void save({ office: { ...office, deadlineDays }, ...(rubric ? { rubric } : {}) });
  };

  const field = (key: 'officeName' | 'contactName' | 'contactPhone', label: string, hint?: string) => (
    <label className="settings-field">
      <span>{label}</span>
      <input
        type="text"
        className="text-input wide"
        value={office[key]}
        maxLength={100}
        onChange={(event) => setOffice({ ...office, [key]: event.target.value })}
      />
      {hint && <span className="muted small">{hint}</span>}
    </label>
  );

  return (
    <Dialog title={t.settings.title} onClose={onClose} className="wide-dialog settings-dialog">
      <form onSubmit={submit}>
        <div className="tabs settings-tabs" role="tablist">
          {(['office', 'rubric'] as Tab[]).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              className="tab"
              aria-selected={tab === id}
              onClick={() => setTab(id)}
            >
              {id === 'office' ? t.settings.officeTab : t.settings.rubricTab}
            </button>
          ))}
        </div>
        {tab === 'office' ? (
          <div className="settings-office">
            {field('officeName', t.settings.officeName, t.settings.officeNameHint)}
            {field('contactName', t.settings.contactName)}
            {field('contactPhone', t.settings.contactPhone)}
            <label className="settings-field">
              <span>{t.settings.deadlineDays}</span>
              <input
                type="number"
                min={1}
                max={365}
                className="text-input number-input"
                value={days}
                onChange={(event) => setDays(event.target.value)}
              />
              <span className="muted small">{t.settings.deadlineHint}</span>
            </label>
          </div>
        ) : (
          <RubricEditor
            profile={profile}
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setRubricTouched(true);
            }}
          />
        )}
        {error && <p className="field-error">{error}</p>}
        <div className="dialog-actions">
          {tab === 'rubric' && (
            <button
              type="button"
              className="link-button reset-rubric"
              disabled={saving}
              onClick={() => void save({ rubric: null })}
            >
              {t.settings.resetRubric}
            </button>
          )}
          <span className="spacer" />
          <button type="button" onClick={onClose} disabled={saving}>
            {t.app.cancel}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {t.settings.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
