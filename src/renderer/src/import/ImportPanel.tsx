// The import dock at the bottom of the window: batch progress and every file's own state (pages read,
// 取消), foldable to one line. It takes its own room in the layout, so it never covers the library's last
// rows or the 导入失败 list.
import { useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../common/ProgressBar';
import { t } from '../i18n/zh-CN';
import { canCancel, tally, type ImportItem } from './import-queue';

interface ImportPanelProps {
  items: ImportItem[];
  running: boolean;
  onDismiss: () => void;
  onCancel: (key: number) => void;
}

function ItemState({ item }: { item: ImportItem }) {
  if (item.status === 'processing' && item.progress)
    return <span className="import-status">{t.import.pages(item.progress.page, item.progress.pages, item.progress.stage)}</span>;
  return <span className="import-status">{t.import.status[item.status]}</span>;
}

/** Keeps --dock-height on the document, so that notices stand above the dock. */
function useDockHeight(element: HTMLElement | null): void {
  useEffect(() => {
    const root = document.documentElement;
    if (!element) {
      root.style.setProperty('--dock-height', '0px');
      return;
    }
    const observer = new ResizeObserver(() => root.style.setProperty('--dock-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.setProperty('--dock-height', '0px');
    };
  }, [element]);
}

export function ImportPanel({ items, running, onDismiss, onCancel }: ImportPanelProps) {
  const [folded, setFolded] = useState(false);
  const [element, setElement] = useState<HTMLElement | null>(null);
  const wasRunning = useRef(running);
  useDockHeight(items.length > 0 ? element : null);

  // A new import unfolds the dock.
  useEffect(() => {
    if (running && !wasRunning.current) setFolded(false);
    wasRunning.current = running;
  }, [running]);

  if (items.length === 0) return null;
  const counts = tally(items);
  const percent = counts.total === 0 ? 0 : Math.round((counts.done / counts.total) * 100);
  return (
    <section
      ref={setElement}
      className="import-panel"
      aria-label={t.import.title}
      data-state={running ? 'running' : 'done'}
      data-folded={folded}
    >
      <header className="import-head">
        <strong className="import-title">
          {running ? t.import.title : t.import.summary(counts)}
        </strong>
        <ProgressBar
          className="import-bar"
          label={t.import.progressLabel}
          percent={percent}
          text={t.import.progressText(counts.done, counts.total)}
        />
        <span className="import-count muted small">{t.import.progressText(counts.done, counts.total)}</span>
        <button type="button" className="text-button" aria-expanded={!folded} onClick={() => setFolded(!folded)}>
          {folded ? t.import.expand : t.import.collapse}
        </button>
        {!running && (
          <button type="button" className="icon-button" aria-label={t.app.close} onClick={onDismiss}>
            ×
          </button>
        )}
      </header>
      {!folded && (
        <ul className="import-list" aria-label={t.import.listLabel}>
          {items.map((item) => (
            <li key={item.key} className={`import-item status-${item.status}`} data-status={item.status}>
              <span className="import-name" title={item.name}>
                {item.name}
              </span>
              <ItemState item={item} />
              {item.status === 'failed' && (
                <span className="import-error">{item.error ?? t.import.unreadable}</span>
              )}
              {item.notice && <span className="import-notice">{item.notice}</span>}
              {canCancel(item) && (
                <button
                  type="button"
                  className="link-button import-cancel"
                  aria-label={t.import.cancelFile(item.name)}
                  onClick={() => onCancel(item.key)}
                >
                  {t.import.cancel}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
