// Makes docs/summary.png, the 汇总 view: `npm run docs:summary`. Starts `nianbao serve` on a temporary
// library, imports the real reports, the seeds and a batch of generated portal pages, decides their
// findings as a reviewer would, opens 汇总 and captures it at 1366×900.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect } from '@playwright/test';
import type { ReportDetail, ReportSummary, Result } from '../src/shared/ipc-contract';
import { realDir } from '../tests/shared-data';
import { seedFiles } from '../tests/e2e/support/files';
import { LibraryPage } from '../tests/e2e/support/library-page';
import { projectRoot, startServe, type ServeInstance } from '../tests/e2e/support/serve';
import { generatedBatch } from '../tests/unit/export/generated-batch';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

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

const server = await startServe();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const work = await mkdtemp(path.join(tmpdir(), 'nianbao-summary-shot-'));
try {
  const generated = generatedBatch(36, 7100).map((file) => path.join(work, file.name));
  await Promise.all(generatedBatch(36, 7100).map((file, index) => writeFile(generated[index]!, file.bytes)));
  const real = [
    'huaian-city-2024.pdf',
    'huaian-hongze-2023.pdf',
    'huaian-hongze-2024.pdf',
    'shuyang-fgj-2023.html',
    'shuyang-county-2025.md',
  ];
  await server.importFiles([...real.map((name) => path.join(realDir, name)), ...seedFiles, ...generated]);
  await call(server, 'settings.set', { reviewerName: '示例审查员' });
  const reports = (await call<ReportSummary[]>(server, 'library.list', {})).filter(
    (report) => report.error === null,
  );
  // Two reports in three are reviewed: errors confirmed, the rest dismissed.
  for (const [index, report] of reports.entries()) {
    if (index % 3 === 2) continue;
    const detail = await call<ReportDetail>(server, 'report.get', { reportId: report.id });
    for (const finding of detail.findings)
      await call(server, 'review.setStatus', {
        reportId: report.id,
        findingId: finding.id,
        status: finding.severity === 'error' ? 'confirmed' : 'dismissed',
        comment: '',
      });
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await page.getByRole('tab', { name: '汇总' }).click();
  await expect(page.locator('.summary[data-state="ready"]')).toBeVisible();
  await expect(page.locator('.echart canvas').first()).toBeVisible();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(projectRoot, 'docs/summary.png') });
  await page.locator('.summary-scroll').evaluate((element) => element.scrollBy(0, 900));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(work, 'summary-2.png') });
  // For a look (not in docs/): the export dialog on 分单位审查意见 and the rubric editor.
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('radio', { name: /分单位审查意见/ }).check();
  await page.screenshot({ path: path.join(work, 'export-notices.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByRole('tab', { name: '评分标准' }).click();
  await page.screenshot({ path: path.join(work, 'settings-rubric.png') });
  process.stderr.write(`docs/summary.png（第二屏、导出和设置对话框在 ${work}/）\n`);
} finally {
  await browser.close();
  await server.stop();
  if (process.argv.includes('--clean')) await rm(work, { recursive: true, force: true });
}
