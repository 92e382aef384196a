// 更正数值: the reviewer types the right value (or leaves it blank); the checks re-run at once.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../common/Dialog';
import { formatNumber } from '../../common/format';
import { t } from '../../i18n/zh-CN';
import { parseCellInput } from './parse-cell-input';

interface CorrectCellDialogProps {
  place: string;
  current: number | null;
  raw: string;
  onSubmit: (value: number | null) => Promise<boolean>;
  onClose: () => void;
}

export function CorrectCellDialog({ place, current, raw, onSubmit, onClose }: CorrectCellDialogProps) {
  const [text, setText] = useState(formatNumber(current));
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = parseCellInput(text);
    if (value === undefined) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    const ok = await onSubmit(value);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={t.annotate.correctTitle} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <p className="dialog-text">
          <strong>{place}</strong>
        </p>
        <p className="dialog-text muted small">
          {t.tables.rawLabel}<code>{raw || '∅'}</code>
        </p>
        <input
          type="text"
          inputMode="decimal"
          className="text-input wide"
          aria-label={t.annotate.correctedValue}
          aria-invalid={invalid}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setInvalid(false);
          }}
          data-autofocus
        />
        {invalid ? <p className="field-error">{t.annotate.notNumber}</p> : <p className="muted small">{t.annotate.correctHint}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t.app.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t.annotate.saveCorrection}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
