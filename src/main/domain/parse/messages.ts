// Chinese messages of the template parser.
import { type RowDef, type TableDef } from '../template/definitions';

const rowName = (table: TableDef, row: RowDef): string =>
  `${table.name} ${row.group ? `${row.group}${row.label}` : row.label}`;

/** Which columns got a figure and which could not be placed, in the form's words. */
function placementNote(row: RowDef, anchored: boolean): string {
  const labels = row.columns.map((column) => column.label);
  const unplaced = anchored ? labels.slice(1, -1) : labels;
  const placed = anchored ? `已按首尾放入${labels[0]}、${labels[labels.length - 1]}列，` : '';
  return `${placed}${unplaced.join('、')}列无法确定对应的数值，请对照原件核实（可在审查中更正）`;
}

export const parseMessages = {
  unplaced: (table: TableDef, row: RowDef, found: number, anchored: boolean): string =>
    `${rowName(table, row)}：只找到 ${found} 个数，少于 ${row.columns.length} 列；${placementNote(row, anchored)}`,
  unplacedRows: (table: TableDef, rows: RowDef[], found: number, anchored: boolean): string => {
    const names = rows.length > 3 ? `${rows.slice(0, 3).map((row) => row.label).join('、')}等 ${rows.length} 行` : rows.map((row) => row.label).join('、');
    return `${table.name} ${names}：每行只找到 ${found} 个数，少于 ${rows[0]!.columns.length} 列；${placementNote(rows[0]!, anchored)}`;
  },
  inferred: (table: TableDef, rows: RowDef[]): string =>
    `${table.name} ${rows.map((row) => rowName(table, row).replace(/^表.\s/, '')).join('、')}：原件中未能识别行标签，已按法定格式的行序推定其数值，请对照原件核实`,
  inferredBasis: '行标签在转换中丢失，数值行与缺失的行一一对应',
  unplacedBasis: '表格行的数值个数与法定格式的列数不符（可能是转换时丢失了单元格或表头）',
  overflow: (table: TableDef, row: RowDef, found: number): string =>
    `${rowName(table, row)}：找到 ${found} 个数，多于 ${row.columns.length} 列，只取前 ${row.columns.length} 个`,
  appealsShort: (found: number): string =>
    `表四 行政复议、行政诉讼情况：只找到 ${found} 个数，少于 15 列，无法确定各数对应的列，请对照原件核实`,
  singleOtherRow:
    '表三 （六）其他处理 只有一行，未按 2021 年版格式分为"逾期不补正""逾期未缴纳费用""其他"三项',
  inferredSplit: (digits: string, values: number[], table: 'active' | 'requests' | 'appeals'): string =>
    table === 'active'
      ? `原文数字连写为“${digits}”，各数不以 0 开头时只有一种拆分方式：${values.join('│')}`
      : `原文数字连写为“${digits}”，按${table === 'requests' ? '表三' : '表四'}勾稽关系唯一拆分为 ${values.join('│')}`,
  inferredRows: (rows: string[], example: string, active: boolean): string =>
    `推断：${rows.length > 3 ? `${rows.slice(0, 3).join('、')}等 ${rows.length} 行` : rows.join('、')}的数字在原文中连写在一起（如“${example}”），已按${active ? '位数' : '表格勾稽关系'}找到唯一的拆分方式并标为“推断”，请对照原件核实。`,
  ambiguousSplit: (row: string, digits: string, candidates: number[][], active: boolean): string =>
    candidates.length === 0
      ? `${row}：数字在原文中连写为“${digits}”，找不到符合勾稽关系的拆分方式，未作推断，请对照原件填写。`
      : `${row}：数字在原文中连写为“${digits}”，有 ${candidates.length >= 50 ? '50 种以上' : `${candidates.length} 种`}拆分${active ? '方式' : '都符合勾稽关系'}（如 ${candidates.slice(0, 3).map((values) => values.join('│')).join('；')}），未作推断，请对照原件填写。`,
  splitBasis: (table: 'active' | 'requests' | 'appeals'): string =>
    table === 'active'
      ? '表二没有勾稽关系：连写的数字只在各数不以 0 开头时只有一种拆分方式的情况下推断'
      : table === 'requests'
        ? '表三：各行总计 = 各类申请人之和；（七）总计 = （一）至（六）之和；第一项加第二项之和等于第三项加第四项之和'
        : '表四：各组总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  unreadableNote: '原件此行标签旁未能定位到各单元格，无法判断是否填写',
  untitledSection: (opening: string): string =>
    `未找到第五部分的标题“五、存在的主要问题及改进情况”，已把从“${opening}”起的内容当作第五部分（标题可能在转换中丢失），请对照原件核实`,
  sectionsBasis: '《条例》第五十条',
  singleOtherBasis: '国办公开办函〔2021〕30号 年度报告格式',
};
