// Export the chosen reports as Word or Excel; main saves (desktop) or the file downloads (browser).
import { useState } from 'react';
import type { ExportFormat, ReportId } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';
import { Dialog } from '../common/Dialog';
import { useNotices } from '../common/notice-context';
import { t } from '../i18n/zh-CN';
import { downloadExport } from './save-export';

interface ExportDialogProps {
  reportIds: ReportId[];
  onClose: () => void;
}

export function ExportDialog({ reportIds, onClose }: ExportDialogProps) {
  const notices = useNotices();
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    const result = await invoke('export.reports', { reportIds, format });
    setBusy(false);
    if (!result.ok) {
      notices.fail(result.error);
      return;
    }
    if (result.value.savedTo) notices.info(t.export.savedTo(result.value.savedTo));
    else {
      downloadExport(result.value);
      notices.info(t.export.downloaded(result.value.fileName));
    }
    onClose();
  };

  return (
    <Dialog title={t.export.title} onClose={onClose}>
      <p className="dialog-text">{reportIds.length > 0 ? t.export.what(reportIds.length) : t.export.nothing}</p>
      <div className="export-choices" aria-busy={busy}>
        <button type="button" className="export-choice" disabled={busy || reportIds.length === 0} onClick={() => void run('docx')} data-autofocus>
          <span className="export-icon word" aria-hidden="true">W</span>
          {t.export.word}
        </button>
        <button type="button" className="export-choice" disabled={busy || reportIds.length === 0} onClick={() => void run('xlsx')}>
          <span className="export-icon excel" aria-hidden="true">X</span>
          {t.export.excel}
        </button>
      </div>
      {busy && <p className="muted small">{t.export.working}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.app.cancel}
        </button>
      </div>
    </Dialog>
  );
}
