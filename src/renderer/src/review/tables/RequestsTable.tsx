// 表三 as on the form: the two-level applicant header and the row groups of 三、本年度办理结果.
import { cellId, requestColumns, type RowDef, type TableDef } from '../../../../main/domain/template/definitions';
import { t } from '../../i18n/zh-CN';
import { TableCell } from './TableCell';

const outsideResults = new Set(['new', 'carriedOver', 'carriedForward']);

function groupSize(rows: RowDef[], index: number): number {
  const group = rows[index]?.group;
  let size = 0;
  while (rows[index + size]?.group === group && group) size += 1;
  return size;
}

export function RequestsTable({ table }: { table: TableDef }) {
  const rows = table.rows;
  const firstResult = rows.findIndex((row) => !outsideResults.has(row.id));
  const resultCount = rows.filter((row) => !outsideResults.has(row.id)).length;
  const legal = requestColumns.slice(1, 6);
  const natural = requestColumns[0];
  const total = requestColumns[6];

  return (
    <table className="form-table requests-table" aria-label={`${table.name} ${table.title}`}>
      <colgroup>
        <col className="col-group" />
        <col className="col-subgroup" />
        <col className="col-sublabel" />
        <col span={requestColumns.length} className="col-value" />
      </colgroup>
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3} className="note">
            {t.tables.requestsNote}
          </th>
          <th colSpan={7}>{t.tables.applicants}</th>
        </tr>
        <tr>
          <th rowSpan={2}>{natural?.label}</th>
          <th colSpan={5}>{t.tables.legalPersons}</th>
          <th rowSpan={2}>{total?.label}</th>
        </tr>
        <tr>
          {legal.map((column) => (
            <th key={column.id} className="narrow-head">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const labels = [];
          if (outsideResults.has(row.id)) {
            labels.push(
              <th key="label" colSpan={3} scope="row" className="row-label">
                {row.label}
              </th>,
            );
          } else {
            if (index === firstResult) {
              labels.push(
                <th key="results" rowSpan={resultCount} className="vertical-label">
                  {t.tables.results}
                </th>,
              );
            }
            if (row.group) {
              if (rows[index - 1]?.group !== row.group) {
                labels.push(
                  <th key="group" rowSpan={groupSize(rows, index)} className="group-label">
                    {row.group}
                  </th>,
                );
              }
              labels.push(
                <th key="label" scope="row" className="row-label sub" title={row.label}>
                  <span className="clamp">{row.label}</span>
                </th>,
              );
            } else {
              labels.push(
                <th key="label" colSpan={2} scope="row" className="row-label" title={row.label}>
                  <span className="clamp">{row.label}</span>
                </th>,
              );
            }
          }
          return (
            <tr key={row.id} data-row={row.id}>
              {labels}
              {row.columns.map((column) => (
                <TableCell key={column.id} id={cellId(table.id, row.id, column.id)} />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
