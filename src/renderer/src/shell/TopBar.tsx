// The library's bar: app name, the two tabs, 导入报告 and 导出.
import type { KeyboardEvent } from 'react';
import { t } from '../i18n/zh-CN';

export type Tab = 'library' | 'coverage' | 'summary';

interface TopBarProps {
  tab: Tab;
  onTab: (tab: Tab) => void;
  onImport: () => void;
  onExport: () => void;
  onSettings: () => void;
  importing: boolean;
}

const tabs: { id: Tab; label: string }[] = [
  { id: 'library', label: t.app.tabLibrary },
  { id: 'coverage', label: t.app.tabCoverage },
  { id: 'summary', label: t.app.tabSummary },
];

export function TopBar({ tab, onTab, onImport, onExport, onSettings, importing }: TopBarProps) {
  // Arrow keys move between tabs, as in any tab strip.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = tabs.findIndex((entry) => entry.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : tabs.length - 1;
    const next = tabs[(index + step) % tabs.length]?.id ?? 'library';
    onTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          {t.app.brandMark}
        </span>
        {t.app.name}
      </div>
      <div className="tabs" role="tablist" aria-label={t.app.tabsLabel} onKeyDown={onKeyDown}>
        {tabs.map((entry) => (
          <button
            key={entry.id}
            id={`tab-${entry.id}`}
            type="button"
            role="tab"
            aria-selected={tab === entry.id}
            aria-controls="main-panel"
            tabIndex={tab === entry.id ? 0 : -1}
            className="tab"
            onClick={() => onTab(entry.id)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <button type="button" className="primary" onClick={onImport} aria-busy={importing}>
        {t.import.button}
      </button>
      <button type="button" onClick={onExport}>
        {t.export.button}
      </button>
      <button type="button" onClick={onSettings}>
        {t.app.settings}
      </button>
    </header>
  );
}
