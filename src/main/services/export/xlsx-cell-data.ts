// Every extracted cell of every report: one row per report, one column per cell id, for the office's own
// statistics. Values are as the reviewer settled them (corrections applied); a blank cell stays empty.
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

/** "表三 （七）总计 · 自然人列（2021 版）" for a header note; both places when the formats differ. */
function placesOf(id: string): string {
  const places = versions
    .map((version) => ({ version, place: cellPlace(version, id) }))
    .filter(({ place }) => place !== id);
  return places.map(({ version, place }) => `${place}（${templateLabel(version)}）`).join('\n') || id;
}

const leading: ListColumn[] = [
  { header: '单位', widthChars: 24 },
  { header: '年度', widthChars: 7 },
  { header: '文件', widthChars: 22 },
  { header: '格式', widthChars: 8 },
];

export function addCellDataSheet(workbook: Workbook, name: string, details: ReportDetail[]): void {
  const ids = cellDataColumns(details);
  const columns = [...leading, ...ids.map((id) => ({ header: id, widthChars: Math.max(10, id.length + 2) }))];
  const sheet = addListSheet(workbook, name, columns);
  sheet.views = [{ state: 'frozen', xSplit: leading.length, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  ids.forEach((id, index) => (header.getCell(leading.length + 1 + index).note = placesOf(id)));
  header.height = 32;
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
}
