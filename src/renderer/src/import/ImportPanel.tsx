// Batch progress and the state of every file of the current import.
import { ProgressBar } from '../common/ProgressBar';
import { t } from '../i18n/zh-CN';
import { tally, type ImportItem } from './import-queue';

interface ImportPanelProps {
  items: ImportItem[];
  running: boolean;
  onDismiss: () => void;
}

export function ImportPanel({ items, running, onDismiss }: ImportPanelProps) {
  if (items.length === 0) return null;
  const counts = tally(items);
  const percent = counts.total === 0 ? 0 : Math.round((counts.done / counts.total) * 100);
  return (
    <section className="import-panel" aria-label={t.import.title} data-state={running ? 'running' : 'done'}>
      <header className="import-head">
        <strong>{running ? t.import.title : t.import.summary(counts.imported, counts.duplicate, counts.failed)}</strong>
        {!running && (
          <button type="button" className="icon-button" aria-label={t.app.close} onClick={onDismiss}>
            ×
          </button>
        )}
      </header>
      <ProgressBar
        className="import-bar"
        label={t.import.progressLabel}
        percent={percent}
        text={t.import.progressText(counts.done, counts.total)}
      />
      <div className="import-count muted small">{t.import.progressText(counts.done, counts.total)}</div>
      <ul className="import-list" aria-label={t.import.listLabel}>
        {items.map((item) => (
          <li key={item.key} className={`import-item status-${item.status}`} data-status={item.status}>
            <span className="import-name" title={item.name}>
              {item.name}
            </span>
            <span className="import-status">
              {item.status === 'processing' && item.ocrPage ? t.import.ocrPage(item.ocrPage.page, item.ocrPage.pages) : t.import.status[item.status]}
            </span>
            {item.status === 'failed' && (
              <span className="import-error">{t.import.failed(item.name, item.error ?? t.import.unreadable)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
