// 导出: the chosen reports' review opinions as Word, Excel, Markdown or CSV. The reviewer picks the
// format and what to do with findings judged 不是问题; main saves the file (desktop) or it downloads.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  cleanReportModes,
  dismissedModes,
  exportFormats,
  type CleanReportMode,
  type DismissedMode,
  type ExportFormat,
  type NoticePackaging,
} from '../../../shared/ipc-contract';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { t } from '../i18n/zh-CN';
import { useOffice } from '../settings/use-office';
import type { ExportTarget } from './export-target';
import { ExportProgressBar } from './ExportProgressBar';
import { useExport } from './use-export';

interface ExportDialogProps {
  target: ExportTarget;
  onClose: () => void;
  /** Opens the settings (发文单位), closing this dialog. */
  onSettings?: () => void;
}

type ExportKind = 'summary' | 'notices';
const exportKinds: ExportKind[] = ['summary', 'notices'];

export function ExportDialog({ target, onClose, onSettings }: ExportDialogProps) {
  const { reportIds, unreviewed } = target;
  const [kind, setKind] = useState<ExportKind>('summary');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [dismissed, setDismissed] = useState<DismissedMode>('separate');
  const [cleanReports, setCleanReports] = useState<CleanReportMode>('notice');
  const desktop = api().platform === 'desktop';
  // The browser can only download one file: the notices come as a zip there.
  const [packaging, setPackaging] = useState<NoticePackaging>(desktop ? 'folder' : 'zip');
  const office = useOffice().profile?.office;
  const run = useExport(onClose);
  const ids = useId();
  const empty = reportIds.length === 0;
  const locked = run.running;
  const formRef = useRef<HTMLFormElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  // The controls are disabled while exporting: focus waits on the form, and comes back to 导出 after a failure.
  const wasLocked = useRef(false);
  useEffect(() => {
    if (locked) formRef.current?.focus();
    else if (wasLocked.current) startRef.current?.focus();
    wasLocked.current = locked;
  }, [locked]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (empty || locked) return;
    if (kind === 'notices') void run.startNotices({ reportIds, cleanReports, packaging });
    else void run.start({ reportIds, format, dismissed });
  };

  // Enter exports from anywhere in the form (radio buttons do not submit by themselves); buttons keep their own Enter.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.target instanceof HTMLButtonElement)
      return;
    event.preventDefault();
    submit();
  };

  return (
    <Dialog title={t.export.title} onClose={() => !locked && onClose()} className="wide-dialog export-dialog">
      <form
        ref={formRef}
        tabIndex={-1}
        className="export-form"
        onSubmit={submit}
        onKeyDown={onKeyDown}
        aria-busy={locked}
      >
        <p className="dialog-text">{empty ? t.export.nothing : t.export.what(reportIds.length)}</p>

        <fieldset className="export-fieldset" disabled={locked || empty}>
          <legend>{t.export.kindLegend}</legend>
          <div className="export-kinds">
            {exportKinds.map((option) => (
              <label key={option} className="export-kind" data-kind={option}>
                <input
                  type="radio"
                  name="export-kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                  aria-describedby={`${ids}-kind-${option}`}
                />
                <span className="export-format-text">
                  <span className="export-format-name">{t.export.kinds[option].name}</span>
                  <span id={`${ids}-kind-${option}`} className="export-format-description">
                    {t.export.kinds[option].description}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {kind === 'notices' ? (
          <>
            <fieldset className="export-fieldset" disabled={locked || empty}>
              <legend>{t.export.cleanLegend}</legend>
              <div className="export-modes">
                {cleanReportModes.map((mode) => (
                  <label key={mode} className="export-mode">
                    <input
                      type="radio"
                      name="export-clean"
                      value={mode}
                      checked={cleanReports === mode}
                      onChange={() => setCleanReports(mode)}
                    />
                    {t.export.clean[mode]}
                  </label>
                ))}
              </div>
            </fieldset>
            {desktop && (
              <fieldset className="export-fieldset" disabled={locked || empty}>
                <legend>{t.export.packagingLegend}</legend>
                <div className="export-modes">
                  {(['folder', 'zip'] as NoticePackaging[]).map((mode) => (
                    <label key={mode} className="export-mode">
                      <input
                        type="radio"
                        name="export-packaging"
                        value={mode}
                        checked={packaging === mode}
                        onChange={() => setPackaging(mode)}
                      />
                      {t.export.packaging[mode]}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            <p className="muted small">{t.export.noticesNote}</p>
            {office && !office.officeName.trim() && (
              <p className="export-warning" data-office-missing>
                <span className="export-warning-mark" aria-hidden="true">
                  !
                </span>
                {t.export.officeMissing}
                {onSettings && (
                  <button type="button" className="link-button" onClick={onSettings}>
                    {t.export.openSettings}
                  </button>
                )}
              </p>
            )}
          </>
        ) : (
          <>
            <fieldset className="export-fieldset" disabled={locked || empty}>
              <legend>{t.export.formatLegend}</legend>
              <div className="export-formats">
                {exportFormats.map((option) => {
                  const text = t.export.formats[option];
                  return (
                    <label key={option} className="export-format" data-format={option}>
                      <input
                        type="radio"
                        name="export-format"
                        value={option}
                        checked={format === option}
                        onChange={() => setFormat(option)}
                        aria-labelledby={`${ids}-${option}-name`}
                        aria-describedby={`${ids}-${option}-text`}
                        data-autofocus={format === option ? true : undefined}
                      />
                      <span className={`export-icon ${option}`} aria-hidden="true">
                        {text.icon}
                      </span>
                      <span className="export-format-text">
                        <span id={`${ids}-${option}-name`} className="export-format-name">
                          {text.name}
                        </span>
                        <span id={`${ids}-${option}-text`} className="export-format-description">
                          {text.description}
                        </span>
                      </span>
                    </label>
                  );
                })}
              </div>
            </fieldset>

            <fieldset className="export-fieldset" disabled={locked || empty}>
              <legend>{t.export.dismissedLegend}</legend>
              <div className="export-modes">
                {dismissedModes.map((mode) => (
                  <label key={mode} className="export-mode">
                    <input
                      type="radio"
                      name="export-dismissed"
                      value={mode}
                      checked={dismissed === mode}
                      onChange={() => setDismissed(mode)}
                    />
                    {t.export.dismissed[mode]}
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        )}

        {!empty && unreviewed > 0 && (
          <p className="export-warning" data-unreviewed={unreviewed}>
            <span className="export-warning-mark" aria-hidden="true">
              !
            </span>
            {t.export.unreviewed(unreviewed, reportIds.length)}
          </p>
        )}

        {locked ? (
          <ExportProgressBar
            progress={run.progress}
            countWriting={kind === 'notices'}
            waitingText={api().platform === 'desktop' ? t.export.choosePlace : t.export.preparing}
          />
        ) : (
          <p className="muted small export-note">{t.export.readOnly}</p>
        )}

        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={locked}>
            {t.app.cancel}
          </button>
          <button ref={startRef} type="submit" className="primary" disabled={locked || empty}>
            {t.export.start}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
