// The running export: reports read so far, then the file being written.
import { ProgressBar } from '../common/ProgressBar';
import { t } from '../i18n/zh-CN';
import type { ExportProgress } from './use-export';

interface ExportProgressBarProps {
  /** Null until the first progress event (desktop: while the save dialog is open). */
  progress: ExportProgress | null;
  waitingText: string;
  /** The writing stage counts files (notices): show done/total instead of one step. */
  countWriting?: boolean;
}

export function ExportProgressBar({ progress, waitingText, countWriting = false }: ExportProgressBarProps) {
  const stage = progress?.stage ?? 'waiting';
  const counted = countWriting && progress?.stage === 'writing' && progress.total > 0;
  const percent = !progress
    ? 0
    : (progress.stage === 'writing' && !counted) || progress.total === 0
      ? 100
      : Math.round((progress.done / progress.total) * 100);
  const text = !progress
    ? waitingText
    : progress.stage === 'writing'
      ? counted
        ? t.export.writingNotices(progress.done, progress.total)
        : t.export.writing
      : t.export.loading(progress.done, progress.total);
  return (
    <div className="export-progress" data-stage={stage}>
      <ProgressBar className="export-bar" label={t.export.progressLabel} percent={percent} text={text} />
      <div className="export-progress-text muted small" aria-hidden="true">
        {text}
      </div>
    </div>
  );
}
