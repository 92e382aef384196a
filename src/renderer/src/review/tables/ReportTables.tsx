// Right pane, upper part: the extracted tables drawn like the official form of the report's format.
import { useMemo } from 'react';
import { templates } from '../../../../main/domain/template/definitions';
import type { ReportDetail } from '../../../../shared/ipc-contract';
import type { CellId } from '../../../../shared/report';
import { t } from '../../i18n/zh-CN';
import { ActiveTable } from './ActiveTable';
import { AppealsTable } from './AppealsTable';
import { CellContext, correctionsByCell, ocrDoubts, severitiesByCell, type CellState } from './cell-context';
import { RequestsTable } from './RequestsTable';

interface ReportTablesProps {
  detail: ReportDetail;
  inFinding: ReadonlySet<CellId>;
  selected: ReadonlySet<CellId>;
  onSelect: (id: CellId, additive: boolean) => void;
}

export function ReportTables({ detail, inFinding, selected, onSelect }: ReportTablesProps) {
  const version = detail.summary.template;
  const severities = useMemo(() => severitiesByCell(detail.findings), [detail.findings]);
  const corrections = useMemo(() => correctionsByCell(detail.corrections), [detail.corrections]);
  const doubtful = useMemo(() => ocrDoubts(detail.findings), [detail.findings]);
  const state = useMemo<CellState | null>(
    () =>
      version
        ? { version, cells: detail.cells, corrections, severities, doubtful, inFinding, selected, onSelect }
        : null,
    [version, detail.cells, corrections, severities, doubtful, inFinding, selected, onSelect],
  );

  if (!version || !state) return <p className="tables-unsupported">{t.review.unsupported}</p>;

  return (
    <CellContext.Provider value={state}>
      <div className="report-tables" data-template={version}>
        {templates[version].map((table) => (
          <section key={table.id} className="form-section" aria-label={`${table.name} ${table.title}`}>
            <h3 className="form-title">
              {t.tables.sectionTitle(table.id, table.title)}
              <span className="form-name">{table.name}</span>
            </h3>
            {table.id === 'active' && <ActiveTable table={table} />}
            {table.id === 'requests' && <RequestsTable table={table} />}
            {table.id === 'appeals' && <AppealsTable table={table} />}
          </section>
        ))}
      </div>
    </CellContext.Provider>
  );
}
