// Rows that provinces add to table 二 (e.g. 其他主动公开文件): kept as extra rows, never fatal.
import type { ExtraRow } from '../../../shared/report';
import type { TableDef } from '../template/definitions';
import type { TableRegion } from './read-table';
import { rowValueTokens } from './row-values';
import { isNumber, isText, type Token } from './tokens';

/** Header and block captions of table 二, which are followed by other captions, never by figures of their own. */
const captions = /信息内容|第二十条|数量|件数|金额|本年|上一年|单位|项目|增\/|合计|其中|含|\d/;

export function readExtraRows(tokens: Token[], region: TableRegion, table: TableDef, labels: Map<string, Token>): ExtraRow[] {
  const known = new Set([...labels.values()].map((token) => token.index));
  const rows: ExtraRow[] = [];
  for (let i = region.start; i < region.end; i++) {
    const token = tokens[i]!;
    if (!isText(token) || known.has(i) || token.key.length < 2 || token.key.length > 30) continue;
    if (captions.test(token.key) || !/[\u4e00-\u9fff]/.test(token.key)) continue;
    const { values, sameLine } = rowValueTokens(tokens, token, region.end, table.rows[0]!.columns.length, (other) => known.has(other.index));
    // Only a label directly followed by its figures counts: a caption followed by another row's figures does not.
    if (!values.some(isNumber) || (!sameLine && values[0]!.index !== i + 1)) continue;
    rows.push({
      table: table.id,
      label: token.piece.text.trim(),
      values: values.map((value) => (value.reading.kind === 'number' ? value.reading.value : null)),
      source: token.piece.source,
    });
  }
  return rows;
}
