import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportReportsXlsx } from '../../../src/main/services/export';
import { correctionHeaders, findingHeaders, summaryHeaders } from '../../../src/main/services/export/labels';
import { createSheetNamer } from '../../../src/main/services/export/xlsx-kit';
import { loadWorkbook, sheetOf, sheetRecords } from './read-back';
import { batch, checkedReport, failedReason, generatedAt, messages } from './sample-reports';

const load = loadWorkbook;
const sheet = sheetOf;

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
  it('writes the overview, findings, corrections, every cell and one sheet per report', async () => {
    const workbook = await load(await exportReportsXlsx(batch, { generatedAt, reviewer: '李科长' }));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      '汇总',
      '问题清单',
      '更正记录',
      '单元格数据',
      '单元格编号',
      '芝罘区行政审批服务局 2020',
      '老城区商务和工业信息化局 2021',
    ]);

    const summary = sheet(workbook, '汇总');
    expect(headerOf(summary)).toEqual(summaryHeaders);
    expect(summary.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const [checked, clean, failed] = sheetRecords(summary);
    expect(checked).toMatchObject({
      单位: '芝罘区行政审批服务局',
      年度: 2020,
      错误: 2,
      // Neither the confirmed warning a correction resolved nor the one judged 不是问题 is the body's warning.
      警告: 0,
      提示: 1,
      确认问题: 1,
      不是问题: 1,
      待复核: 1,
      未处理: 1,
      'SHA-256': checkedReport.summary.id,
    });
    expect(String(checked?.['审查状态'])).toMatch(/^审查完毕（张审查，2024-03-02 \d\d:00）$/);
    expect(clean).toMatchObject({ 警告: 1, 待复核: 0, 未处理: 1, 审查状态: '未审查完毕' });
    expect(failed).toMatchObject({ 文件: '扫描件.pdf', 错误: null, 导入失败原因: failedReason });

    const findings = sheet(workbook, '问题清单');
    expect(headerOf(findings)).toEqual(findingHeaders);
    expect(findings.autoFilter).toBeTruthy();
    const records = sheetRecords(findings);
    const byMessage = (message: string) => records.find((record) => record['问题说明'] === message);
    expect(byMessage(messages.balance)).toMatchObject({
      单位: '芝罘区行政审批服务局',
      年度: 2020,
      文件: checkedReport.summary.fileName,
      严重程度: '错误',
      规则: '表三总量不平衡',
      规则编号: 'requests.balance',
      计算: '1 + 0 ≠ 0 + 0',
      涉及单元格: '表三 一、本年新收政府信息公开申请数量 · 自然人列\n表三 （七）总计 · 自然人列',
      审查结论: '确认问题',
      审查意见: '总计行填报错误，请单位更正',
      审查人: '张审查',
      来源: '检查发现',
    });
    expect(byMessage(messages.deadline)).toMatchObject({
      审查结论: '不是问题',
      审查意见: '本级政府汇总报告，期限为3月31日',
    });
    // Exact states: untouched is 未处理; 待复核 only where a reviewer chose it.
    expect(byMessage(messages.resultSum)).toMatchObject({ 审查结论: '未处理', 审查人: null });
    expect(byMessage(messages.reviewerNote)).toMatchObject({ 来源: '审查人添加', 审查结论: '待复核', 规则: '审查人添加' });
    expect(byMessage(messages.fee)?.['审查结论']).toBe('未处理');
    expect(byMessage(messages.blank)?.['审查结论']).toBe('确认问题（该问题已消除）');
    expect(byMessage(messages.fee)?.['单位']).toBe('老城区商务和工业信息化局');
    expect(records).toHaveLength(6);

    const corrections = sheet(workbook, '更正记录');
    expect(headerOf(corrections)).toEqual(correctionHeaders);
    expect(sheetRecords(corrections)).toEqual([
      expect.objectContaining({
        单元格: '表三 （一）予以公开 · 总计列',
        原值: 17,
        更正值: 71,
        更正人: '张审查',
      }),
    ]);

    // Every cell: one row per report that was read, one column per cell headed in the form's words,
    // corrections applied; the ids only on the labelled 单元格编号 sheet.
    const cellSheet = sheet(workbook, '单元格数据');
    expect(headerOf(cellSheet).filter((header) => /^[a-z]+\.[A-Za-z]/.test(header))).toEqual([]);
    const cells = sheetRecords(cellSheet);
    expect(cells.map((record) => record['单位'])).toEqual([
      '芝罘区行政审批服务局',
      '老城区商务和工业信息化局',
    ]);
    expect(cells[0]).toMatchObject({
      '表三 （一）予以公开 · 总计列': 71,
      '表三 一、本年新收政府信息公开申请数量 · 自然人列': 1,
      '表三 （七）总计 · 自然人列': 0,
    });
    expect(cells[1]?.['表三 （一）予以公开 · 总计列']).toBe(0);
    expect(headerOf(cellSheet)).toContain('表二 规章 · 现行有效件数（2019 版为“对外公开总数量”）');
    expect(
      String(cellSheet.getRow(2).getCell(headerOf(cellSheet).indexOf('表三 （一）予以公开 · 总计列') + 1).note),
    ).toContain('原值 17，更正为 71');
    const key = sheetRecords(sheet(workbook, '单元格编号'));
    expect(headerOf(sheet(workbook, '单元格编号'))).toEqual([
      '列号',
      '表格位置（单元格数据表的列标题）',
      '单元格编号（供程序读取）',
    ]);
    const grantedKey = key.find((record) => record['单元格编号（供程序读取）'] === 'requests.granted.total');
    expect(grantedKey?.['表格位置（单元格数据表的列标题）']).toBe('表三 （一）予以公开 · 总计列');
    expect(headerOf(cellSheet)[Number(grantedKey?.['列号']) - 1]).toBe('表三 （一）予以公开 · 总计列');

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

  it('leaves dismissed findings out of the list when asked', async () => {
    const workbook = await load(await exportReportsXlsx(batch, { generatedAt, dismissed: 'omit' }));
    const messagesListed = sheetRecords(sheet(workbook, '问题清单')).map((record) => record['问题说明']);
    expect(messagesListed).not.toContain(messages.deadline);
    expect(messagesListed).toHaveLength(5);
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
