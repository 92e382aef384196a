// 添加问题: the reviewer's own finding on the selected cells, the selected text, or the whole report.
import { useState, type FormEvent } from 'react';
import type { Severity } from '../../../../shared/report';
import { maxFindingMessageLength } from '../../../../shared/text-limits';
import { Dialog } from '../../common/Dialog';
import { t } from '../../i18n/zh-CN';

interface AddFindingDialogProps {
  /** Places of the selected cells, in the form's words. */
  cellPlaces: string[];
  excerpt: string | null;
  onSubmit: (message: string, severity: Severity) => Promise<boolean>;
  onClose: () => void;
}

const severities: Severity[] = ['error', 'warning', 'info'];

export function AddFindingDialog({ cellPlaces, excerpt, onSubmit, onClose }: AddFindingDialogProps) {
  const [message, setMessage] = useState('');
  const [severity, setSeverity] = useState<Severity>('warning');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  const target =
    cellPlaces.length > 0
      ? t.annotate.targetCells(cellPlaces)
      : excerpt
        ? t.annotate.targetText(excerpt.length > 80 ? `${excerpt.slice(0, 80)}…` : excerpt)
        : t.annotate.targetNone;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    const ok = await onSubmit(message.trim(), severity);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={t.annotate.addTitle} onClose={onClose} className="wide-dialog">
      <form onSubmit={(event) => void submit(event)} className="form-grid">
        <p className="dialog-text">
          <span className="detail-key">{t.annotate.target}</span>
          {target}
        </p>
        <textarea
          className="comment-box"
          aria-label={t.annotate.message}
          placeholder={t.annotate.message}
          aria-invalid={invalid}
          rows={3}
          maxLength={maxFindingMessageLength}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          data-autofocus
        />
        {invalid && <p className="field-error">{t.annotate.messageRequired}</p>}
        <fieldset className="severity-choice">
          <legend>{t.annotate.severity}</legend>
          {severities.map((option) => (
            <label key={option} className={`severity-option badge-${option}`}>
              <input type="radio" name="severity" value={option} checked={severity === option} onChange={() => setSeverity(option)} />
              {t.severity[option]}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.app.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.annotate.add}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
