// Holds the notices. Information shows briefly in the bottom-left corner and closes by itself. Errors stay
// until read, gathered in one list docked at the bottom of the window: it takes its own room, so it never
// covers the row actions (打开/删除), the tables or the 导入失败 list, and it can be folded to one line.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/zh-CN';
import { NoticeContext, type Notice, type NoticeKind, type Notices } from './notice-context';

const infoLifetimeMs = 5000;
const maxErrors = 50;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const [folded, setFolded] = useState(false);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const clearErrors = useCallback(() => setNotices((list) => list.filter((notice) => notice.kind !== 'error')), []);

  const push = useCallback(
    (kind: NoticeKind, message: string) => {
      const id = nextId.current++;
      setNotices((list) => {
        // The same message again moves to the top instead of standing twice.
        const others = list.filter((notice) => notice.message !== message);
        const errors = others.filter((notice) => notice.kind === 'error');
        const kept = errors.length >= maxErrors ? others.filter((notice) => notice !== errors[0]) : others;
        return [...kept, { id, kind, message }];
      });
      if (kind === 'info') window.setTimeout(() => dismiss(id), infoLifetimeMs);
      else setFolded(false);
    },
    [dismiss],
  );

  const api = useMemo<Notices>(
    () => ({
      error: (message) => push('error', message),
      info: (message) => push('info', message),
      fail: (error) => push('error', error.message || t.app.unexpected),
    }),
    [push],
  );

  const errors = notices.filter((notice) => notice.kind === 'error').reverse();
  const infos = notices.filter((notice) => notice.kind === 'info');

  return (
    <NoticeContext.Provider value={api}>
      {children}
      {errors.length > 0 && (
        <section className="error-dock" aria-label={t.app.errorsLabel} data-count={errors.length}>
          <header className="error-list-head">
            <strong>{t.app.errorCount(errors.length)}</strong>
            {folded && <span className="error-latest">{errors[0]?.message}</span>}
            <span className="spacer" />
            <button type="button" className="link-button" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
              {folded ? t.app.showErrors : t.app.hideErrors}
            </button>
            <button type="button" className="link-button" onClick={clearErrors}>
              {t.app.clearErrors}
            </button>
          </header>
          {!folded && (
            <ul className="error-items">
              {errors.map((notice) => (
                <li key={notice.id} role="alert">
                  <span className="notice-text">{notice.message}</span>
                  <button type="button" className="notice-close" aria-label={t.app.close} onClick={() => dismiss(notice.id)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="notices" aria-label={t.app.noticesLabel}>
        {infos.map((notice) => (
          <div key={notice.id} className="notice notice-info" role="status">
            <span className="notice-text">{notice.message}</span>
            <button type="button" className="notice-close" aria-label={t.app.close} onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}
