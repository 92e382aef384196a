// Every extracted cell of every report: one row per report, one column per cell, headed by the cell's
// place on the form, for the office's own statistics. Values are as the reviewer settled them (corrections
// applied); a blank cell stays empty. The cell ids, for programs, are on a sheet of their own.
import type { Workbook } from 'exceljs';
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { TemplateVersion } from '../../../shared/report';
import { cellIdsOf, cellPlace } from '../../domain/template/definitions';
import { templateLabel } from './labels';
import { reportColumns } from './finding-records';
import { correctionChange, isFailed, latestCorrections } from './report-view';
import { addListSheet, type ListColumn } from './xlsx-kit';

const versions: TemplateVersion[] = ['2021', '2019'];

/** The form's cells of both formats in the form's order, then any other ids the reports carry. */
export function cellDataColumns(details: ReportDetail[]): string[] {
  const ordered = new Set(versions.flatMap(cellIdsOf));
  const extra = new Set<string>();
  for (const detail of details)
    for (const id of Object.keys(detail.cells)) if (!ordered.has(id)) extra.add(id);
  return [...ordered, ...[...extra].sort()];
}

/** The column's header: the cell's place on the form, and the 2019 wording where it differs. */
export function cellHeader(id: string): string {
  const [current, older] = versions.map((version) => cellPlace(version, id));
  if (current === id) return older === id ? `其他单元格 ${id}` : (older as string);
  if (older === id || older === current) return current as string;
  return `${current}（${templateLabel('2019')}为“${older?.split(' · ').at(-1)}”）`;
}

/** The machine-readable key of the 单元格数据 sheet: each column's header and its cell id. */
function addCellKeySheet(workbook: Workbook, name: string, ids: string[]): void {
  const sheet = addListSheet(workbook, name, [
    { header: '列号', widthChars: 7 },
    { header: '表格位置（单元格数据表的列标题）', widthChars: 60 },
    { header: '单元格编号（供程序读取）', widthChars: 40 },
  ]);
  ids.forEach((id, index) => sheet.addRow([leading.length + 1 + index, cellHeader(id), id]));
}

const leading: ListColumn[] = [
  { header: '单位', widthChars: 24 },
  { header: '年度', widthChars: 7 },
  { header: '文件', widthChars: 22 },
  { header: '格式', widthChars: 8 },
];

export function addCellDataSheet(
  workbook: Workbook,
  name: string,
  keyName: string,
  details: ReportDetail[],
): void {
  const ids = cellDataColumns(details);
  const columns = [...leading, ...ids.map((id) => ({ header: cellHeader(id), widthChars: 16 }))];
  const sheet = addListSheet(workbook, name, columns);
  sheet.views = [{ state: 'frozen', xSplit: leading.length, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.height = 64;
  header.eachCell((cell) => (cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'middle' }));
  for (const detail of details.filter((candidate) => !isFailed(candidate))) {
    const corrections = latestCorrections(detail);
    // Plain rows: thousands of reports × hundreds of cells must stay fast, so no per-cell styling.
    const row = sheet.addRow([
      ...reportColumns(detail),
      templateLabel(detail.summary.template),
      ...ids.map((id) => detail.cells[id]?.value ?? null),
    ]);
    ids.forEach((id, index) => {
      const correction = corrections.get(id);
      if (!correction) return;
      const cell = row.getCell(leading.length + 1 + index);
      cell.font = { bold: true, italic: true };
      cell.note = `已更正：${correctionChange(correction)}`;
    });
  }
  addCellKeySheet(workbook, keyName, ids);
}
