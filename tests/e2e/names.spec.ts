// Rule names say what happened, and internal ids never reach users: the detail pane, the Word 规则 column
// and the Excel 单元格数据 headers use the form's own words; ids stay only in labelled machine-readable places.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportDetail } from '../../src/shared/ipc-contract';
import { downloadExport as download } from './support/export-download';
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('the detail pane, Word and Excel name findings and cells in words, never by id', async ({ page, freshServer }) => {
  // 眉山: 表三 balance errors and "未找到报告日期".
  const [outcome] = await freshServer.importFiles([seedFiles[3] as string]);
  const detail = await freshServer.call<ReportDetail>('report.get', { reportId: outcome?.reportId });
  const ids = [...new Set([...detail.findings.map((finding) => finding.rule), 'reviewer.note'])];
  await freshServer.call('settings.set', { reviewerName: '名称测试员' });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('眉山市');

  await test.step('“未找到报告日期” is not called 发布逾期', async () => {
    const noDate = review.finding(/^未找到报告日期或发布时间/);
    await noDate.click();
    const pane = page.getByRole('region', { name: /^未找到报告日期或发布时间/ });
    await expect(pane).toContainText('未找到报告日期');
    await expect(pane).not.toContainText('发布逾期');
    await expect(pane).not.toContainText('公布逾期');
    await expect(pane).not.toContainText('publication.deadline');
  });

  await test.step('the balance error and a reviewer’s own finding in words', async () => {
    await review.finding(/^表三 自然人列不平衡/).click();
    await expect(page.getByRole('region', { name: /^表三 自然人列不平衡/ })).toContainText('表三总量不平衡');
    await review.cell('表三 一、本年新收政府信息公开申请数量 · 自然人列').click();
    await page.getByRole('button', { name: '添加问题', exact: true }).click();
    const add = page.getByRole('dialog', { name: '添加问题' });
    await add.getByRole('textbox', { name: '问题描述' }).fill('正文未说明收到申请的来源');
    await add.getByRole('button', { name: '添加', exact: true }).click();
    const pane = page.getByRole('region', { name: '正文未说明收到申请的来源' });
    await expect(pane).toContainText('审查人添加');
    await expect(pane).not.toContainText('reviewer.note');
    const findingsPane = page.getByRole('region', { name: '问题清单', exact: true });
    for (const id of ids) await expect(findingsPane).not.toContainText(id);
  });

  await test.step('Word: the 规则 column in words, no id anywhere', async () => {
    const docx = await download(page, 'Word (.docx)');
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('\n');
    expect(text).toContain('未找到报告日期');
    expect(text).toContain('表三总量不平衡');
    expect(text).toContain('审查人添加');
    for (const id of ids) expect(text).not.toContain(id);
  });

  await test.step('Excel: 单元格数据 headed by the form’s places; ids only on the labelled 单元格编号 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(page, 'Excel (.xlsx)')) as unknown as ArrayBuffer);
    const cells = workbook.getWorksheet('单元格数据');
    const headers = ((cells?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    expect(headers.length).toBeGreaterThan(200);
    expect(headers.filter((header) => /^[a-z]+\.[A-Za-z]+\.[A-Za-z]+$/.test(header))).toEqual([]);
    expect(headers).toContain('表三 一、本年新收政府信息公开申请数量 · 自然人列');
    const key = workbook.getWorksheet('单元格编号');
    expect(((key?.getRow(1).values ?? []) as unknown[]).slice(1)).toContain('单元格编号（供程序读取）');
    const list = workbook.getWorksheet('问题清单');
    const listHeaders = ((list?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    const ruleColumn = listHeaders.indexOf('规则') + 1;
    const names = Array.from({ length: (list?.rowCount ?? 1) - 1 }, (_, index) => String(list?.getRow(index + 2).getCell(ruleColumn).value));
    expect(names).toContain('未找到报告日期');
    for (const id of ids) expect(names).not.toContain(id);
  });
});
