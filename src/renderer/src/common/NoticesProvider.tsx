// Holds the notices and draws the notice area in a corner, out of the reviewer's way.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/zh-CN';
import { NoticeContext, type Notice, type NoticeKind, type Notices } from './notice-context';

const infoLifetimeMs = 6000;
const maxNotices = 5;

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);

  const push = useCallback(
    (kind: NoticeKind, message: string) => {
      const id = nextId.current++;
      setNotices((list) => [...list.filter((notice) => notice.message !== message), { id, kind, message }].slice(-maxNotices));
      if (kind === 'info') window.setTimeout(() => dismiss(id), infoLifetimeMs);
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

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-label={t.app.noticesLabel}>
        {notices.map((notice) => (
          <div
            key={notice.id}
            className={`notice notice-${notice.kind}`}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
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
