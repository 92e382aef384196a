// Asks before anything destructive.
import { t } from '../i18n/zh-CN';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** 'danger' for what cannot be undone (default), 'primary' for a confirmation. */
  tone?: 'danger' | 'primary';
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, tone = 'danger' }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p className="dialog-text">{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          {t.app.cancel}
        </button>
        <button type="button" className={tone} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
