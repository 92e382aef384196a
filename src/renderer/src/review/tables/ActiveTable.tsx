// 表二 as on the form: one block per article item, each with its own column headings.
import { cellId, type RowDef, type TableDef } from '../../../../main/domain/template/definitions';
import { t } from '../../i18n/zh-CN';
import { TableCell } from './TableCell';

const valueColumns = 3;

function blocksOf(table: TableDef): { block: string; rows: RowDef[] }[] {
  const blocks: { block: string; rows: RowDef[] }[] = [];
  for (const row of table.rows) {
    const block = row.block ?? '';
    const last = blocks[blocks.length - 1];
    if (last && last.block === block) last.rows.push(row);
    else blocks.push({ block, rows: [row] });
  }
  return blocks;
}

/** The last column stretches over the columns a row lacks, as on the printed form. */
const spanOf = (index: number, count: number): number | undefined => (index === count - 1 && count < valueColumns ? valueColumns - count + 1 : undefined);

export function ActiveTable({ table }: { table: TableDef }) {
  return (
    <table className="form-table active-table" aria-label={`${table.name} ${table.title}`}>
      <colgroup>
        <col className="col-label" />
        <col span={valueColumns} />
      </colgroup>
      <tbody>
        {blocksOf(table).map(({ block, rows }) => {
          const columns = rows[0]?.columns ?? [];
          return [
            <tr key={`${block}-title`} className="block-row">
              <th colSpan={valueColumns + 1} scope="colgroup">
                {block}
              </th>
            </tr>,
            <tr key={`${block}-head`} className="head-row">
              <th scope="col">{t.tables.item}</th>
              {columns.map((column, index) => (
                <th key={column.id} scope="col" colSpan={spanOf(index, columns.length)}>
                  {column.label}
                </th>
              ))}
            </tr>,
            ...rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="row-label">
                  {row.label}
                </th>
                {row.columns.map((column, index) => (
                  <TableCell key={column.id} id={cellId(table.id, row.id, column.id)} colSpan={spanOf(index, row.columns.length)} />
                ))}
              </tr>
            )),
          ];
        })}
      </tbody>
    </table>
  );
}
