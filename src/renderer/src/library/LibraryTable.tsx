// The library table: sortable headers, selection for export, open by double-click / Enter / 打开.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { ReportId, ReportSummary } from '../../../shared/ipc-contract';
import { scrollWithin } from '../common/scroll';
import { t } from '../i18n/zh-CN';
import type { LibraryQuery, SortKey } from './library-query';
import { LibraryRow } from './LibraryRow';
import { useRowWindow } from './use-row-window';

interface LibraryTableProps {
  reports: ReportSummary[];
  sort: LibraryQuery['sort'];
  onSort: (key: SortKey) => void;
  selection: ReadonlySet<ReportId>;
  onToggle: (id: ReportId) => void;
  onToggleAll: () => void;
  onOpen: (id: ReportId) => void;
  onDelete: (report: ReportSummary) => void;
  /** The scroll container, for rendering only the rows in view when there are many. */
  scrollRef: RefObject<HTMLElement | null>;
  /** A report to bring into view and focus (the one last opened). */
  focusId: ReportId | null;
  versions: ReadonlyMap<ReportId, ReportSummary[]>;
}

const columns: { key: SortKey; label: string; className: string }[] = [
  { key: 'agency', label: t.library.agency, className: 'col-agency' },
  { key: 'year', label: t.library.year, className: 'col-year' },
  { key: 'template', label: t.library.template, className: 'col-template' },
  { key: 'format', label: t.library.fileType, className: 'col-format' },
  { key: 'date', label: t.library.date, className: 'col-date' },
  { key: 'flags', label: t.library.flags, className: 'col-flags' },
  { key: 'progress', label: t.library.progress, className: 'col-progress' },
];

function rowOf(target: EventTarget): HTMLTableRowElement | null {
  return target instanceof Element ? target.closest<HTMLTableRowElement>('tr[data-report-id]') : null;
}

export function LibraryTable(props: LibraryTableProps) {
  const { reports, sort, onSort, selection, scrollRef, focusId } = props;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const rows = useRowWindow(reports.length, scrollRef, bodyRef);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  const byId = (row: HTMLTableRowElement) => reports.find((report) => report.id === row.dataset.reportId);

  // Focus a row by index once it is rendered (it may be outside the window until scrolled to).
  const focusIndex = (index: number) => {
    if (index < 0 || index >= reports.length) return;
    rows.reveal(index);
    setPendingFocus(index);
  };
  useEffect(() => {
    if (pendingFocus === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      const scroller = scrollRef.current;
      if (!rows.enabled && scroller) scrollWithin(scroller, row, { behavior: 'auto', topInset: bodyRef.current?.previousElementSibling?.clientHeight ?? 0 });
      setPendingFocus(null);
    }
  }, [pendingFocus, rows.start, rows.end, rows.enabled, scrollRef]);

  // Returning from a report: keep the reviewer's place.
  const focusedOnce = useRef(false);
  useEffect(() => {
    if (!focusId || focusedOnce.current) return;
    focusedOnce.current = true;
    const index = reports.findIndex((report) => report.id === focusId);
    if (index >= 0) {
      rows.reveal(Math.max(0, index - 5));
      setPendingFocus(index);
    }
  }, [focusId, reports, rows]);

  const onClick = (event: MouseEvent) => {
    const row = rowOf(event.target);
    const action = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
    const report = row ? byId(row) : undefined;
    if (!report || !action) return;
    if (action === 'toggle') props.onToggle(report.id);
    if (action === 'open') props.onOpen(report.id);
    if (action === 'delete') props.onDelete(report);
  };

  const onDoubleClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('button, input')) return;
    const row = rowOf(event.target);
    if (row?.dataset.reportId) props.onOpen(row.dataset.reportId as ReportId);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = event.target instanceof HTMLTableRowElement ? event.target : null;
    if (!row) return;
    if (event.key === 'Enter' && row.dataset.reportId) {
      event.preventDefault();
      props.onOpen(row.dataset.reportId as ReportId);
    } else if (event.key === 'ArrowDown' || event.key === 'j') {
      event.preventDefault();
      focusIndex(Number(row.dataset.index) + 1);
    } else if (event.key === 'ArrowUp' || event.key === 'k') {
      event.preventDefault();
      focusIndex(Number(row.dataset.index) - 1);
    } else if (event.key === ' ' && row.dataset.reportId) {
      event.preventDefault();
      props.onToggle(row.dataset.reportId as ReportId);
    }
  };

  const allSelected = reports.length > 0 && reports.every((report) => selection.has(report.id));

  return (
    <table
      className="data-table library-table"
      aria-label={t.library.tableLabel}
      aria-rowcount={reports.length + 1}
      data-count={reports.length}
      data-windowed={rows.enabled}
    >
      <thead>
        <tr>
          <th className="col-check">
            <input type="checkbox" aria-label={t.library.selectAll} checked={allSelected} onChange={props.onToggleAll} />
          </th>
          {columns.map((column) => {
            const active = sort.key === column.key;
            return (
              <th
                key={column.key}
                className={column.className}
                aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
          <th className="col-actions">{t.library.actions}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef} onClick={onClick} onDoubleClick={onDoubleClick} onKeyDown={onKeyDown}>
        {rows.start > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: rows.start * rows.rowHeight }} />}
        {reports.slice(rows.start, rows.end).map((report, offset) => (
          <LibraryRow
            key={report.id}
            report={report}
            index={rows.start + offset}
            selected={selection.has(report.id)}
            versions={props.versions.get(report.id)?.length ?? 1}
          />
        ))}
        {rows.end < reports.length && (
          <tr className="spacer-row" aria-hidden="true" style={{ height: (reports.length - rows.end) * rows.rowHeight }} />
        )}
      </tbody>
    </table>
  );
}
