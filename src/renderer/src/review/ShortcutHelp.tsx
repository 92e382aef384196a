// The 快捷键 card.
import { Dialog } from '../common/Dialog';
import { t } from '../i18n/zh-CN';

const keys: [string, string][] = [
  ['j / ↓', t.keys.next],
  ['k / ↑', t.keys.prev],
  ['1', t.keys.confirm],
  ['2', t.keys.dismiss],
  ['0', t.keys.pending],
  ['c', t.keys.comment],
  ['/', t.keys.search],
  ['Ctrl + = / Ctrl + -', t.keys.zoom],
  ['Esc', t.keys.back],
  ['?', t.keys.help],
];

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={t.keys.title} onClose={onClose}>
      <dl className="shortcut-list">
        {keys.map(([key, label]) => (
          <div key={key} className="shortcut-row">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t.app.close}
        </button>
      </div>
    </Dialog>
  );
}
