// One value cell of a statutory table: value, blank, corrected (original struck through), flagged.
import type { MouseEvent } from 'react';
import { cellPlace } from '../../../../main/domain/template/definitions';
import { formatNumber } from '../../common/format';
import { t } from '../../i18n/zh-CN';
import { useCellState } from './cell-context';

function isBlankRaw(raw: string): boolean {
  return raw.replace(/[\s\u3000]/g, '') === '';
}

export function TableCell({ id, colSpan }: { id: string; colSpan?: number }) {
  const state = useCellState();
  const cell = state.cells[id];
  const correction = state.corrections.get(id);
  const severity = state.severities.get(id);
  const doubtful = state.doubtful.has(id) && !correction;
  const place = cellPlace(state.version, id);

  let content;
  let spoken: string;
  if (correction) {
    const corrected = formatNumber(correction.corrected);
    const original = formatNumber(correction.original);
    spoken = t.tables.spokenCorrected(corrected || t.tables.blank, original || t.tables.blank);
    content = (
      <>
        <span className="cell-value corrected">{corrected || t.tables.blank}</span>
        <s className="cell-original">{original || t.tables.blank}</s>
      </>
    );
  } else if (!cell) {
    spoken = t.tables.missing;
    content = <span className="cell-missing">—</span>;
  } else if (cell.reading?.kind === 'unreadable') {
    // Unreadable is not blank: the reviewer reads it off the original.
    spoken = t.tables.unreadable(cell.reading.note);
    content = <span className="cell-unreadable">{t.tables.unreadableMark}</span>;
  } else if (cell.value === null) {
    spoken = isBlankRaw(cell.raw) ? t.tables.blank : t.tables.spokenBlankRaw(cell.raw.trim());
    content = isBlankRaw(cell.raw) ? null : <span className="cell-raw">{cell.raw.trim()}</span>;
  } else {
    spoken = formatNumber(cell.value);
    const inferred = cell.reading?.kind === 'inferred';
    content = (
      <>
        <span className="cell-value">{spoken}</span>
        {inferred && <sup className="cell-inferred">{t.tables.inferredMark}</sup>}
      </>
    );
    if (cell.reading?.kind === 'inferred') spoken = `${spoken}，${t.tables.inferred(cell.reading.note)}`;
  }

  const classes = ['value-cell'];
  if (severity) classes.push(`flag-${severity}`);
  if (cell && cell.value === null && !correction && cell.reading?.kind !== 'unreadable') classes.push('blank');
  if (cell?.reading && !correction) classes.push(`reading-${cell.reading.kind}`);
  if (!cell && !correction) classes.push('missing');
  if (doubtful) classes.push('ocr-doubt');
  if (state.inFinding.has(id)) classes.push('in-finding');
  if (state.selected.has(id)) classes.push('selected');

  const select = (event: MouseEvent) => state.onSelect(id, event.ctrlKey || event.metaKey || event.shiftKey);

  return (
    <td
      className={classes.join(' ')}
      colSpan={colSpan}
      data-cell-id={id}
      data-severity={severity}
      data-blank={cell?.value === null && !correction && cell.reading?.kind !== 'unreadable' ? 'true' : undefined}
      data-reading={cell?.reading && !correction ? cell.reading.kind : undefined}
      data-corrected={correction ? 'true' : undefined}
      data-ocr-doubt={doubtful ? 'true' : undefined}
      data-in-finding={state.inFinding.has(id) ? 'true' : undefined}
      data-selected={state.selected.has(id) ? 'true' : undefined}
    >
      <button type="button" className="cell-button" aria-label={t.tables.cellName(place, doubtful ? `${spoken}（${t.tables.ocrDoubt}）` : spoken)} aria-pressed={state.selected.has(id)} title={doubtful ? `${place} · ${t.tables.ocrDoubt}` : cell?.reading && 'note' in cell.reading ? `${place}\n${cell.reading.note}` : place} onClick={select}>
        {content}
        {doubtful && <span className="ocr-doubt-mark" aria-hidden="true">{t.tables.ocrDoubtMark}</span>}
      </button>
    </td>
  );
}
