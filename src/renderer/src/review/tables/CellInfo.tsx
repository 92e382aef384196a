// The selected cell in words: where it is on the form, its value, the raw text and where it came from.
import { cellPlace } from '../../../../main/domain/template/definitions';
import type { Provenance } from '../../../../shared/document';
import type { ReportDetail } from '../../../../shared/ipc-contract';
import type { CellId } from '../../../../shared/report';
import { formatNumber } from '../../common/format';
import { t } from '../../i18n/zh-CN';
import { ocrDoubts } from './cell-context';

interface CellInfoProps {
  detail: ReportDetail;
  selected: CellId[];
  onCorrect: () => void;
  /** Settles a 识别存疑 cell as read right (its finding judged not a problem). */
  onConfirmValue?: (findingId: string) => void;
}

function describeSource(source: Provenance | undefined): string {
  if (!source) return t.document.noSource;
  if (source.kind === 'pdf') return t.document.sourceAt(source.page);
  if (source.kind === 'element') return source.path;
  return `${source.start}–${source.end}`;
}

export function CellInfo({ detail, selected, onCorrect, onConfirmValue }: CellInfoProps) {
  const version = detail.summary.template;
  const only = selected.length === 1 ? selected[0] : undefined;
  const cell = only ? detail.cells[only] : undefined;
  const correction = only ? [...detail.corrections].reverse().find((entry) => entry.cellId === only) : undefined;
  const doubt = only && !correction ? ocrDoubts(detail.findings).get(only) : undefined;
  const ocr = cell?.reading?.kind === 'ocr' ? cell.reading : undefined;

  return (
    <div className="cell-info" aria-live="polite" data-cell-id={only}>
      {selected.length === 0 && <span className="muted">{t.tables.noSelection}</span>}
      {selected.length > 1 && <span className="cell-info-place">{t.tables.selectedCells(selected.length)}</span>}
      {only && version && (
        <>
          <span className="cell-info-place">{cellPlace(version, only)}</span>
          <span className="cell-info-field">
            {t.tables.value} <strong>{correction ? formatNumber(correction.corrected) || t.tables.blank : cell ? formatNumber(cell.value) || t.tables.blank : t.tables.missing}</strong>
          </span>
          {correction && (
            <span className="cell-info-field">
              {t.tables.originalValue} <s>{formatNumber(correction.original) || t.tables.blank}</s>
            </span>
          )}
          <span className="cell-info-field raw" title={cell?.raw}>
            {t.tables.raw} <code>{cell?.raw ? cell.raw : '∅'}</code>
          </span>
          <span className="cell-info-field muted">{describeSource(cell?.source)}</span>
          {ocr && (
            <span className={`cell-info-field ${doubt ? 'ocr-doubt-text' : 'muted'}`}>
              {(doubt ? t.tables.ocrConfidence : t.tables.ocrRead)(Math.round(ocr.confidence * 100))}
            </span>
          )}
        </>
      )}
      <span className="spacer" />
      {doubt && onConfirmValue && (
        <button type="button" className="text-button" title={t.tables.ocrValueRightTitle} onClick={() => onConfirmValue(doubt)}>
          {t.tables.ocrValueRight}
        </button>
      )}
      <button type="button" className="text-button" disabled={!only || !version} onClick={onCorrect}>
        {t.annotate.correct}
      </button>
    </div>
  );
}
