// One report's extracted tables laid out like the statutory form, flagged cells filled by severity.
import type { Cell, Worksheet } from 'exceljs';
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { CellId } from '../../../shared/report';
import {
  appealColumns,
  appealGroups,
  cellId,
  requestColumns,
  templates,
  type RowDef,
  type TableDef,
} from '../../domain/template/definitions';
import { severityColors, templateLabel } from './labels';
import {
  formatReportDate,
  correctionChange,
  formatTime,
  latestCorrections,
  reportName,
  standingFlags,
  type CellFlag,
} from './report-view';
import { solidFill, styleHeaderCell, textWidth, thinBorder } from './xlsx-kit';

/** Label columns A–C, values from D. */
const firstValueColumn = 4;
const labelWidths = [14, 16, 34];
const valueWidth = 11;

class FormWriter {
  private readonly flags: Map<CellId, CellFlag>;
  private readonly corrections;
  row = 1;

  constructor(
    private readonly sheet: Worksheet,
    private readonly detail: ReportDetail,
  ) {
    this.flags = standingFlags(detail);
    this.corrections = latestCorrections(detail);
  }

  /** Writes text into a (possibly merged) block of cells and returns the top-left cell. */
  label(top: number, left: number, bottom: number, right: number, text: string, header = false): Cell {
    if (bottom > top || right > left) this.sheet.mergeCells(top, left, bottom, right);
    for (let r = top; r <= bottom; r += 1)
      for (let c = left; c <= right; c += 1) this.sheet.getCell(r, c).border = thinBorder;
    const cell = this.sheet.getCell(top, left);
    cell.value = text;
    if (header) styleHeaderCell(cell);
    else cell.alignment = { vertical: 'middle', wrapText: true };
    return cell;
  }

  value(row: number, column: number, id: CellId, money = false): void {
    const cell = this.sheet.getCell(row, column);
    const extracted = this.detail.cells[id];
    const correction = this.corrections.get(id);
    const value = correction ? correction.corrected : (extracted?.value ?? null);
    cell.value = value ?? (extracted?.raw.trim() || null);
    if (money && typeof value === 'number') cell.numFmt = '0.0000';
    cell.border = thinBorder;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    const notes: string[] = [];
    if (correction) {
      notes.push(
        `已更正：${correctionChange(correction)}（${correction.reviewer}，${formatTime(correction.at)}）`,
      );
      cell.font = { italic: true, bold: true };
    }
    const flag = this.flags.get(id);
    if (flag) {
      cell.fill = solidFill(severityColors[flag.severity].fill);
      notes.push(...flag.messages);
    }
    if (notes.length > 0) cell.note = notes.join('\n');
  }

  /** Sets a height that shows the longest wrapped label of the row. */
  fit(row: number, texts: { text: string; widthChars: number }[]): void {
    const lines = Math.max(
      1,
      ...texts.map(({ text, widthChars }) => Math.ceil(textWidth(text) / (widthChars - 1))),
    );
    this.sheet.getRow(row).height = Math.max(18, lines * 14 + 4);
  }

  title(table: TableDef, lastColumn: number): void {
    this.row += 1;
    this.sheet.mergeCells(this.row, 1, this.row, lastColumn);
    const cell = this.sheet.getCell(this.row, 1);
    cell.value = `${table.name} ${table.title}`;
    cell.font = { bold: true, size: 12 };
    this.row += 1;
  }

  active(table: TableDef): void {
    const width = Math.max(...table.rows.map((row) => row.columns.length));
    this.title(table, firstValueColumn + width - 1);
    const blocks: RowDef[][] = [];
    for (const row of table.rows) {
      const last = blocks.at(-1);
      if (last && last[0]?.block === row.block) last.push(row);
      else blocks.push([row]);
    }
    for (const rows of blocks) {
      const first = rows[0];
      if (!first) continue;
      const block = this.label(this.row, 1, this.row, firstValueColumn + width - 1, first.block ?? '', true);
      block.alignment = { horizontal: 'left', vertical: 'middle' };
      this.row += 1;
      this.label(this.row, 1, this.row, 3, '信息内容', true);
      // A block with fewer columns than the table stretches its last column to the table's right edge.
      const right = (index: number): number =>
        index === first.columns.length - 1 ? firstValueColumn + width - 1 : firstValueColumn + index;
      first.columns.forEach((column, index) =>
        this.label(this.row, firstValueColumn + index, this.row, right(index), column.label, true),
      );
      this.fit(
        this.row,
        first.columns.map((column, index) => ({
          text: column.label,
          widthChars: valueWidth * (right(index) - firstValueColumn - index + 1),
        })),
      );
      this.row += 1;
      for (const row of rows) {
        this.label(this.row, 1, this.row, 3, row.label);
        row.columns.forEach((column, index) => {
          const id = cellId('active', row.id, column.id);
          if (right(index) > firstValueColumn + index)
            this.label(this.row, firstValueColumn + index, this.row, right(index), '');
          this.value(this.row, firstValueColumn + index, id, column.money);
        });
        this.row += 1;
      }
    }
  }

  requests(table: TableDef): void {
    const last = firstValueColumn + requestColumns.length - 1;
    this.title(table, last);
    const top = this.row;
    this.label(
      top,
      1,
      top + 1,
      3,
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      true,
    );
    this.label(top, firstValueColumn, top + 1, firstValueColumn, '自然人', true);
    this.label(top, firstValueColumn + 1, top, last - 1, '法人或其他组织', true);
    this.label(top, last, top + 1, last, '总计', true);
    requestColumns
      .slice(1, -1)
      .forEach((column, index) =>
        this.label(
          top + 1,
          firstValueColumn + 1 + index,
          top + 1,
          firstValueColumn + 1 + index,
          column.label,
          true,
        ),
      );
    this.sheet.getRow(top).height = 30;
    this.row = top + 2;
    const outer = new Set(['new', 'carriedOver', 'carriedForward']);
    const results = table.rows.filter((row) => !outer.has(row.id));
    for (const row of table.rows) {
      const r = this.row;
      if (outer.has(row.id)) {
        this.label(r, 1, r, 3, row.label);
      } else {
        if (row === results[0]) this.label(r, 1, r + results.length - 1, 1, '三、本年度办理结果');
        if (!row.group) this.label(r, 2, r, 3, row.label);
        else {
          const siblings = results.filter((other) => other.group === row.group);
          if (row === siblings[0]) this.label(r, 2, r + siblings.length - 1, 2, row.group);
          this.label(r, 3, r, 3, row.label);
        }
      }
      requestColumns.forEach((column, index) =>
        this.value(r, firstValueColumn + index, cellId('requests', row.id, column.id)),
      );
      this.fit(r, [{ text: row.label, widthChars: row.group ? (labelWidths[2] ?? 30) : 64 }]);
      this.row += 1;
    }
  }

  appeals(table: TableDef): void {
    const last = firstValueColumn + appealGroups.length * appealColumns.length - 1;
    this.title(table, last);
    const top = this.row;
    this.label(top, 1, top + 2, 3, '', true);
    appealGroups.forEach((group, index) => {
      const left = firstValueColumn + index * appealColumns.length;
      const right = left + appealColumns.length - 1;
      const [head, sub] = group.label.split('·');
      if (sub === undefined) this.label(top, left, top + 1, right, head ?? group.label, true);
      else {
        // Groups sharing a heading (行政诉讼) share one merged cell above their own.
        const previous = appealGroups[index - 1]?.label.split('·')[0];
        if (previous !== head) {
          const span = appealGroups.filter((other) => other.label.split('·')[0] === head).length;
          this.label(top, left, top, left + span * appealColumns.length - 1, head ?? '', true);
        }
        this.label(top + 1, left, top + 1, right, sub, true);
      }
      appealColumns.forEach((column, offset) =>
        this.label(top + 2, left + offset, top + 2, left + offset, column.label, true),
      );
    });
    this.row = top + 3;
    this.label(this.row, 1, this.row, 3, '数量（件）');
    appealGroups.forEach((group, index) =>
      appealColumns.forEach((column, offset) =>
        this.value(
          this.row,
          firstValueColumn + index * appealColumns.length + offset,
          cellId('appeals', group.id, column.id),
        ),
      ),
    );
    this.row += 1;
  }

  /** A format the tables cannot be laid out for: list the cells that were read. */
  plainList(): void {
    this.label(
      this.row,
      1,
      this.row,
      3,
      '未识别表格格式（2018 年及以前的报告没有统一表格），以下按单元格编号列出读取到的数值。',
    );
    this.row += 1;
    for (const id of Object.keys(this.detail.cells)) {
      this.label(this.row, 1, this.row, 3, id);
      this.value(this.row, firstValueColumn, id);
      this.row += 1;
    }
  }
}

function writeHeading(sheet: Worksheet, detail: ReportDetail): void {
  const { summary } = detail;
  sheet.mergeCells(1, 1, 1, 10);
  sheet.getCell(1, 1).value = `${reportName(detail)}（${templateLabel(summary.template)}格式）`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(2, 1, 2, 10);
  sheet.getCell(2, 1).value =
    `文件：${summary.fileName}\u3000\u3000发布日期：${formatReportDate(summary.date)}`;
  const legend: [string, string][] = [
    ['错误', severityColors.error.fill],
    ['警告', severityColors.warning.fill],
    ['提示', severityColors.info.fill],
  ];
  sheet.getCell(3, 1).value = '图例：';
  legend.forEach(([text, fill], index) => {
    const cell = sheet.getCell(3, 2 + index);
    cell.value = text;
    cell.fill = solidFill(fill);
    cell.alignment = { horizontal: 'center' };
  });
  sheet.getCell(3, 5).value = '粗斜体 = 审查人已更正（批注中有原值）；悬停单元格可见问题说明';
}

export function addReportSheet(sheet: Worksheet, detail: ReportDetail): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  sheet.columns = [...labelWidths, ...Array.from({ length: 15 }, () => valueWidth)].map((width) => ({
    width,
  }));
  writeHeading(sheet, detail);
  const writer = new FormWriter(sheet, detail);
  writer.row = 4;
  const template = detail.summary.template;
  if (!template) {
    writer.row += 1;
    writer.plainList();
    return;
  }
  for (const table of templates[template]) {
    if (table.id === 'active') writer.active(table);
    else if (table.id === 'requests') writer.requests(table);
    else writer.appeals(table);
  }
}
