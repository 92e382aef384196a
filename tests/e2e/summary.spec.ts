// 导出 → 分单位审查意见, the 汇总 view and its charts, the settings and the score, in the browser against
// the real services: the notices' zip is opened and read, and a click on a chart bar filters the library.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import type { ReportDetail, ReportSummary, Result } from '../../src/shared/ipc-contract';
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import type { ServeInstance } from './support/serve';
import { realDir } from '../shared-data';

const cityPdf = path.join(realDir, 'huaian-city-2024.pdf');

async function call<T>(server: ServeInstance, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${channel}：${result.error.message}`);
  return result.value;
}

/** The seeds and 淮安市人民政府's 2024 report; 眉山's errors confirmed (set up once per server). */
const prepared = new Map<string, Promise<ReportSummary[]>>();
function prepare(server: ServeInstance): Promise<ReportSummary[]> {
  let ready = prepared.get(server.url);
  if (!ready) {
    ready = (async () => {
      await server.importFiles([...seedFiles, cityPdf]);
      await call(server, 'settings.set', { reviewerName: '汇总测试员' });
      const reports = (await call<ReportSummary[]>(server, 'library.list', {})).filter(
        (report) => report.error === null,
      );
      const meishan = reports.find((report) => report.agency === '眉山市经济和信息化局');
      if (!meishan) throw new Error('眉山报告未导入');
      const detail = await call<ReportDetail>(server, 'report.get', { reportId: meishan.id });
      for (const finding of detail.findings)
        await call(server, 'review.setStatus', {
          reportId: meishan.id,
          findingId: finding.id,
          status: finding.severity === 'error' ? 'confirmed' : 'dismissed',
          comment: finding.severity === 'error' ? '请更正表三总计' : '',
        });
      return reports;
    })();
    prepared.set(server.url, ready);
  }
  return ready;
}

async function openLibrary(page: Page, server: ServeInstance, count: number): Promise<LibraryPage> {
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await expect(library.reportTable).toHaveAttribute('data-count', String(count));
  return library;
}

test('导出 → 分单位审查意见 writes one notice per report and the 通报 into a zip', async ({
  page,
  server,
}) => {
  const reports = await prepare(server);
  const library = await openLibrary(page, server, reports.length);

  // The office is set once in the settings.
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const settings = page.getByRole('dialog', { name: '设置' });
  await settings.getByLabel('发文单位名称').fill('某市政务公开办公室');
  await settings.getByLabel('联系人').fill('王审查');
  await settings.getByLabel('联系电话').fill('0517-1234 5678');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toBeVisible();

  await library.exportButton.click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByRole('radio', { name: /分单位审查意见/ }).check();
  await expect(dialog.getByRole('group', { name: '文件格式' })).toBeHidden();
  await expect(dialog.getByRole('radio', { name: '出具简短审查意见书' })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^年报审查意见_\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已生成审查意见书' })).toContainText(
    `已生成审查意见书 ${reports.length} 份和审查情况通报`,
  );

  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const names = zip.file(/\.docx$/).map((entry) => entry.name.split('/').pop() ?? '');
  expect(names).toHaveLength(reports.length + 1);
  expect(names).toContain('眉山市经济和信息化局_2020年度_整改通知书.docx');
  expect(names.some((name) => name.startsWith('年报审查情况通报_'))).toBe(true);
  const notice = zip.file(/眉山市经济和信息化局_2020年度_整改通知书\.docx$/)[0];
  const xml = await (
    await JSZip.loadAsync(await notice!.async('nodebuffer'))
  )
    .file('word/document.xml')!
    .async('string');
  expect(xml).toContain('某市政务公开办公室');
  expect(xml).toContain('请更正表三总计');
  expect(xml).toContain('0517-1234 5678');
});

test('汇总 shows the library at a glance, and a click on a bar filters the library', async ({
  page,
  server,
}) => {
  const reports = await prepare(server);
  await openLibrary(page, server, reports.length);
  await page.getByRole('tab', { name: '汇总' }).click();
  const summary = page.locator('.summary[data-state="ready"]');
  await expect(summary).toBeVisible();
  await expect(summary.getByText(`范围：报告库中的全部 ${reports.length} 份报告`)).toBeVisible();
  await expect(summary.locator('[data-kpi="报告"]')).toHaveText(String(reports.length));
  // 淮安市人民政府 received 3119 requests in 2024; the seeds 3 in all.
  await expect(summary.locator('[data-kpi="本年新收申请"]')).toHaveText('3,122');
  const chart = summary.locator('[data-chart="requestsByBody"] .echart');
  await expect(chart.locator('canvas')).toBeVisible();
  await expect(chart).toHaveAttribute(
    'data-bars',
    String(new Set(reports.map((report) => report.agency)).size),
  );

  // A chart saved as PNG, and the summary as Word with its charts.
  let download = page.waitForEvent('download');
  await summary.locator('[data-chart="problemsByRule"]').getByRole('button', { name: '保存图片' }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/^发现的问题（按规则）_\d{4}-\d{2}-\d{2}\.png$/);
  expect((await readFile(await png.path())).subarray(1, 4).toString('latin1')).toBe('PNG');
  download = page.waitForEvent('download');
  await summary.getByRole('button', { name: '导出汇总（Word）' }).click();
  const word = await download;
  expect(word.suggestedFilename()).toMatch(/^年报汇总分析_.*\.docx$/);
  const pictures = (await JSZip.loadAsync(await readFile(await word.path()))).file(/^word\/media\/.*\.png$/);
  expect(pictures.length).toBeGreaterThanOrEqual(3);

  // The first bar (the most requests) is 淮安市人民政府's: click inside it.
  const box = await chart.boundingBox();
  if (!box) throw new Error('图表没有位置');
  const bars = Number(await chart.getAttribute('data-bars'));
  const band = (box.height - 16 - 24) / bars;
  await page.mouse.click(box.x + box.width * 0.6, box.y + 16 + band / 2);

  const library = new LibraryPage(page);
  await expect(page.getByRole('tab', { name: '报告库' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('focus-filter')).toHaveText(/汇总图表：淮安市人民政府（1 份）/);
  await expect(library.reportTable).toHaveAttribute('data-count', '1');
  await expect(library.row('淮安市人民政府')).toHaveCount(1);
  await page.getByRole('button', { name: '清除图表筛选' }).click();
  await expect(library.reportTable).toHaveAttribute('data-count', String(reports.length));

  // The filter narrows the 汇总 too.
  await page.getByRole('searchbox', { name: '搜索单位' }).fill('芝罘区');
  await expect(library.reportTable).toHaveAttribute('data-count', '2');
  await page.getByRole('tab', { name: '汇总' }).click();
  await expect(
    page
      .locator('.summary[data-state="ready"]')
      .getByText(`范围：报告库当前筛选出的 2 份报告（共 ${reports.length} 份）`),
  ).toBeVisible();
  await expect(page.locator('[data-kpi="单位"]')).toHaveText('2');
});

test('the score follows the rubric in the review bar; the rubric changes no decision', async ({
  page,
  server,
}) => {
  const reports = await prepare(server);
  const library = await openLibrary(page, server, reports.length);
  await library.openReport('眉山市经济和信息化局');
  const review = new ReviewPage(page);
  await review.waitRendered();
  // Four errors confirmed: 4 × 4 = 16 points off.
  const badge = page.locator('.score-badge');
  await expect(badge).toHaveText('得分 84');
  await badge.click();
  await expect(page.getByRole('dialog', { name: '评分与扣分' })).toContainText('统计表数据：扣 16 分');
  await review.backButton.click();

  await page.getByRole('button', { name: '设置', exact: true }).click();
  const settings = page.getByRole('dialog', { name: '设置' });
  await settings.getByRole('tab', { name: '评分标准' }).click();
  await settings.getByLabel('每个问题扣分（未单列的规则） 错误').fill('6');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings).toBeHidden();

  await library.openReport('眉山市经济和信息化局');
  await review.waitRendered();
  await expect(page.locator('.score-badge')).toHaveText('得分 76');
  const meishan = reports.find((report) => report.agency === '眉山市经济和信息化局')!;
  const detail = await call<ReportDetail>(server, 'report.get', { reportId: meishan.id });
  expect(detail.findings.filter((finding) => finding.review?.status === 'confirmed')).toHaveLength(4);
  await call(server, 'office.set', { rubric: null });
});
