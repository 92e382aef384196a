import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportReportsXlsx } from '../../../src/main/services/export';
import { correctionHeaders, findingHeaders, summaryHeaders } from '../../../src/main/services/export/labels';
import { createSheetNamer } from '../../../src/main/services/export/xlsx-kit';
import { batch, failedReason, generatedAt, messages } from './sample-reports';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

const headerOf = (worksheet: Worksheet): string[] =>
  Array.from({ length: worksheet.columnCount }, (_, index) =>
    String(worksheet.getRow(1).getCell(index + 1).value ?? ''),
  );

/** The first row whose given column holds the text. */
function rowWith(worksheet: Worksheet, column: number, text: string): ExcelJS.Row {
  for (let index = 1; index <= worksheet.rowCount; index += 1) {
    const row = worksheet.getRow(index);
    if (row.getCell(column).value === text) return row;
  }
  throw new Error(`no row with ${text}`);
}

const fillColor = (cell: ExcelJS.Cell): string | undefined =>
  cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb : undefined;

describe('exportReportsXlsx', () => {
  it('writes the overview, findings, corrections and one sheet per report', async () => {
    const workbook = await load(await exportReportsXlsx(batch, { generatedAt, reviewer: '李科长' }));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      '汇总',
      '问题清单',
      '更正记录',
      '芝罘区行政审批服务局 2020',
      '老城区商务和工业信息化局 2021',
    ]);

    const summary = sheet(workbook, '汇总');
    expect(headerOf(summary)).toEqual(summaryHeaders);
    expect(summary.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getRow(4).getCell(1).value).toBe('扫描件.pdf');
    expect(summary.getRow(4).getCell(11).value).toBe(failedReason);
    expect(summary.getRow(2).getCell(6).value).toBe(2);
    expect(summary.getRow(4).getCell(6).value).toBeNull();

    const findings = sheet(workbook, '问题清单');
    expect(headerOf(findings)).toEqual(findingHeaders);
    expect(findings.autoFilter).toBeTruthy();
    const confirmed = rowWith(findings, 5, messages.balance);
    expect(confirmed.getCell(1).value).toBe('芝罘区行政审批服务局');
    expect(confirmed.getCell(3).value).toBe('错误');
    expect(confirmed.getCell(7).value).toBe(
      '表三 一、本年新收政府信息公开申请数量 · 自然人列\n表三 （七）总计 · 自然人列',
    );
    expect(confirmed.getCell(10).value).toBe('确认问题');
    expect(confirmed.getCell(11).value).toBe('总计行填报错误，请单位更正');
    expect(rowWith(findings, 5, messages.deadline).getCell(10).value).toBe('不是问题');
    expect(rowWith(findings, 5, messages.resultSum).getCell(10).value).toBe('待复核');
    expect(rowWith(findings, 5, messages.reviewerNote).getCell(14).value).toBe('审查人添加');
    expect(rowWith(findings, 5, messages.fee).getCell(1).value).toBe('老城区商务和工业信息化局');

    const corrections = sheet(workbook, '更正记录');
    expect(headerOf(corrections)).toEqual(correctionHeaders);
    expect(corrections.getRow(2).values).toEqual(
      expect.arrayContaining(['表三 （一）予以公开 · 总计列', 17, 71, '张审查']),
    );

    // The form: （七）总计 row, 自然人 column (D) is flagged by an error; 总计 of （一） was corrected.
    const form = sheet(workbook, '芝罘区行政审批服务局 2020');
    const total = rowWith(form, 2, '（七）总计');
    expect(total.getCell(4).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF8CBAD' } });
    expect(String(total.getCell(4).note)).toContain(messages.resultSum);
    const granted = rowWith(form, 2, '（一）予以公开');
    expect(granted.getCell(4).value).toBe(1);
    expect(granted.getCell(10).value).toBe(71);
    expect(JSON.stringify(granted.getCell(10).note)).toContain('原值 17，更正为 71');
    // The dismissed and resolved findings colour nothing; the reviewer's info finding is blue.
    expect(fillColor(granted.getCell(10))).toBeUndefined();
    expect(rowWith(form, 1, '一、本年新收政府信息公开申请数量').getCell(10).fill).toMatchObject({
      fgColor: { argb: 'FFBDD7EE' },
    });
    expect(rowWith(form, 1, '规章').getCell(4).value).toBe(0);
  });
});

describe('createSheetNamer', () => {
  it('keeps names within Excel rules and unique', () => {
    const name = createSheetNamer(['汇总']);
    expect(name('汇总')).toBe('汇总(2)');
    expect(name('a/b:c*d?[e]')).toBe('a_b_c_d__e_');
    const long = '某某省某某市某某县某某乡镇人民政府办公室政府信息公开工作领导小组 2021';
    const first = name(long);
    const second = name(long);
    expect([...first].length).toBeLessThanOrEqual(31);
    expect([...second].length).toBeLessThanOrEqual(31);
    expect(second).not.toBe(first);
    expect(name("'x'")).toBe('x');
  });
});
