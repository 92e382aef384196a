// Loads the reviewer's name from the settings and asks for it the first time a decision is made.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { invoke } from '../api/client';
import { t } from '../i18n/zh-CN';
import { Dialog } from './Dialog';
import { useNotices } from './notice-context';
import { ReviewerContext, type Reviewer } from './reviewer-context';

export function ReviewerProvider({ children }: { children: ReactNode }) {
  const notices = useNotices();
  const [name, setName] = useState('');
  const [asking, setAsking] = useState(false);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const waiting = useRef<((ok: boolean) => void)[]>([]);
  const nameRef = useRef('');

  useEffect(() => {
    void invoke('settings.get', {}).then((result) => {
      if (result.ok) {
        nameRef.current = result.value.reviewerName.trim();
        setName(nameRef.current);
      } else notices.fail(result.error);
    });
  }, [notices]);

  const settle = (ok: boolean) => {
    const pending = waiting.current;
    waiting.current = [];
    pending.forEach((resolve) => resolve(ok));
    setAsking(false);
  };

  const ensure = useCallback(() => {
    if (nameRef.current) return Promise.resolve(true);
    setDraft('');
    setInvalid(false);
    setAsking(true);
    return new Promise<boolean>((resolve) => waiting.current.push(resolve));
  }, []);

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

  const reviewer = useMemo<Reviewer>(() => ({ name, ensure }), [name, ensure]);

  return (
    <ReviewerContext.Provider value={reviewer}>
      {children}
      {asking && (
        <Dialog title={t.reviewer.title} onClose={() => settle(false)}>
          <form onSubmit={(event) => void submit(event)}>
            <p className="dialog-text muted">{t.reviewer.hint}</p>
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
