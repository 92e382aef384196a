// Asks what to do with a file that is the same report as one already in the library: replace the earlier
// file (keeping its decisions), keep both as versions of one report, or skip it.
import { useState } from 'react';
import { sameReportChoices, type SameReportChoice } from '../../../shared/ipc-contract';
import { Dialog } from '../common/Dialog';
import { t } from '../i18n/zh-CN';
import type { ImportItem } from './import-queue';

interface SameReportDialogProps {
  item: ImportItem;
  /** How many more files wait for the same question. */
  more: number;
  onChoose: (choice: SameReportChoice, forRest: boolean) => void;
}

export function SameReportDialog({ item, more, onChoose }: SameReportDialogProps) {
  const [forRest, setForRest] = useState(false);
  const match = item.sameAs;
  const name = match ? `${match.agency ?? t.library.unknownAgency}${match.year ? ` ${match.year}年` : ''}` : '';
  return (
    <Dialog title={t.import.sameTitle} onClose={() => onChoose('skip', false)} className="wide-dialog">
      <p className="dialog-text">{t.import.sameText(item.name, name, match?.fileName ?? '', match?.sameText ?? false)}</p>
      <div className="choice-list" role="group" aria-label={t.import.sameTitle}>
        {sameReportChoices.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`choice-button${choice === 'replace' ? ' primary' : ''}`}
            onClick={() => onChoose(choice, forRest)}
            data-autofocus={choice === 'replace' ? true : undefined}
            data-choice={choice}
          >
            <span className="choice-label">{t.import.choices[choice].label}</span>
            <span className="choice-hint">{t.import.choices[choice].hint}</span>
          </button>
        ))}
      </div>
      {more > 0 && (
        <label className="check-label">
          <input type="checkbox" checked={forRest} onChange={(event) => setForRest(event.target.checked)} />
          {t.import.sameForRest(more)}
        </label>
      )}
    </Dialog>
  );
}
