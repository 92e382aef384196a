// Loads the reviewer's settings, asks for the name the first time a decision is made, and lets it be changed.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { invoke } from '../api/client';
import { t } from '../i18n/zh-CN';
import { Dialog } from './Dialog';
import { useNotices } from './notice-context';
import { ReviewerContext, type Reviewer } from './reviewer-context';

export function ReviewerProvider({ children }: { children: ReactNode }) {
  const notices = useNotices();
  const [name, setName] = useState('');
  const [autoAdvance, setAutoAdvanceState] = useState(true);
  const [asking, setAsking] = useState<'first' | 'change' | null>(null);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const waiting = useRef<((ok: boolean) => void)[]>([]);
  const nameRef = useRef('');

  useEffect(() => {
    void invoke('settings.get', {}).then((result) => {
      if (result.ok) {
        nameRef.current = result.value.reviewerName.trim();
        setName(nameRef.current);
        setAutoAdvanceState(result.value.autoAdvance ?? true);
      } else notices.fail(result.error);
    });
  }, [notices]);

  const settle = (ok: boolean) => {
    const pending = waiting.current;
    waiting.current = [];
    pending.forEach((resolve) => resolve(ok));
    setAsking(null);
  };

  const ensure = useCallback(() => {
    if (nameRef.current) return Promise.resolve(true);
    setDraft('');
    setInvalid(false);
    setAsking('first');
    return new Promise<boolean>((resolve) => waiting.current.push(resolve));
  }, []);

  const change = useCallback(() => {
    setDraft(nameRef.current);
    setInvalid(false);
    setAsking('change');
  }, []);

  const setAutoAdvance = useCallback(
    (on: boolean) => {
      setAutoAdvanceState(on);
      void invoke('settings.set', { reviewerName: nameRef.current, autoAdvance: on }).then(
        (result) => !result.ok && notices.fail(result.error),
      );
    },
    [notices],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    if (!value) {
      setInvalid(true);
      return;
    }
    const result = await invoke('settings.set', { reviewerName: value });
    if (!result.ok) {
      notices.fail(result.error);
      return;
    }
    nameRef.current = result.value.reviewerName.trim() || value;
    setName(nameRef.current);
    settle(true);
  };

  const reviewer = useMemo<Reviewer>(
    () => ({ name, ensure, change, autoAdvance, setAutoAdvance }),
    [name, ensure, change, autoAdvance, setAutoAdvance],
  );

  return (
    <ReviewerContext.Provider value={reviewer}>
      {children}
      {asking && (
        <Dialog title={asking === 'change' ? t.reviewer.changeTitle : t.reviewer.title} onClose={() => settle(false)}>
          <form onSubmit={(event) => void submit(event)}>
            <p className="dialog-text muted">{asking === 'change' ? t.reviewer.changeHint : t.reviewer.hint}</p>
            <input
              type="text"
              className="text-input wide"
              aria-label={t.reviewer.label}
              aria-invalid={invalid}
              value={draft}
              maxLength={40}
              onChange={(event) => setDraft(event.target.value)}
              data-autofocus
            />
            {invalid && <p className="field-error">{t.reviewer.required}</p>}
            <div className="dialog-actions">
              <button type="button" onClick={() => settle(false)}>
                {t.app.cancel}
              </button>
              <button type="submit" className="primary">
                {t.app.ok}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </ReviewerContext.Provider>
  );
}
