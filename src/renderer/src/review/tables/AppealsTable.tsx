// 表四 as on the form: 行政复议 and the two 行政诉讼 groups, five columns each, one row of numbers.
import { appealColumns, appealGroups, cellId, type TableDef } from '../../../../main/domain/template/definitions';
import { t } from '../../i18n/zh-CN';
import { TableCell } from './TableCell';

export function AppealsTable({ table }: { table: TableDef }) {
  const [review, ...suits] = appealGroups;
  return (
    <table className="form-table appeals-table" aria-label={`${table.name} ${table.title}`}>
      <thead>
        <tr>
          <th colSpan={5}>{t.tables.administrativeReview}</th>
          <th colSpan={10}>{t.tables.litigation}</th>
        </tr>
        <tr>
          {appealColumns.map((column) => (
            <th key={column.id} rowSpan={2} className="narrow-head">
              {column.label}
            </th>
          ))}
          <th colSpan={5}>{t.tables.suitDirect}</th>
          <th colSpan={5}>{t.tables.suitAfterReview}</th>
        </tr>
        <tr>
          {suits.flatMap((group) =>
            appealColumns.map((column) => (
              <th key={`${group.id}-${column.id}`} className="narrow-head">
                {column.label}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {[review, ...suits].flatMap((group) =>
            group ? appealColumns.map((column) => <TableCell key={`${group.id}-${column.id}`} id={cellId('appeals', group.id, column.id)} />) : [],
          )}
        </tr>
      </tbody>
    </table>
  );
}
