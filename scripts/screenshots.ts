// Screenshots for the docs: `npx tsx scripts/screenshots.ts`. Starts `nianbao serve` on a temporary
// library, imports the seeds and the real PDFs, and captures the library, the export dialog, a PDF
// under review (a finding selected, its box drawn on the page) and the coverage view at 1366×768.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, expect } from '@playwright/test';
import { realPdfFiles, seedFiles } from '../tests/e2e/support/files';
import { LibraryPage } from '../tests/e2e/support/library-page';
import { ReviewPage } from '../tests/e2e/support/review-page';
import { projectRoot, startServe } from '../tests/e2e/support/serve';

const docsDir = path.join(projectRoot, 'docs');
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function invoke(
  server: { origin: string; token: string },
  channel: string,
  request: unknown,
): Promise<void> {
  const response = await fetch(`${server.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}：${result.error?.message}`);
}

const server = await startServe();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  await mkdir(docsDir, { recursive: true });
  const outcomes = await server.importFiles([...seedFiles, ...realPdfFiles]);
  process.stderr.write(
    `已导入 ${outcomes.filter((outcome) => outcome.status === 'imported').length} 份报告\n`,
  );
  await invoke(server, 'settings.set', { reviewerName: '示例审查员' });

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await expect(library.reportTable).toHaveAttribute('data-count', String(outcomes.length));
  await page.screenshot({ path: path.join(docsDir, 'library.png') });

  // The export dialog over the library (everything shown is exported; nothing is reviewed yet).
  await library.exportButton.click();
  const exportDialog = page.getByRole('dialog', { name: '导出' });
  await expect(exportDialog.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
  await expect(exportDialog.getByText(/尚未复核完毕/)).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'export-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  await library
    .row('洪泽区')
    .filter({ hasText: '2023' })
    .getByRole('button', { name: '打开', exact: true })
    .click();
  const review = new ReviewPage(page);
  await review.waitRendered();
  const finding = review.finding(/^表四 行政复议 · 总计 为 0/);
  await finding.click();
  const box = review.pdfPage(4).locator('[data-source-box="4"]').first();
  await expect(review.pdfPage(4)).toHaveAttribute('data-page-rendered', 'true');
  await expect(box).toBeInViewport();
  // The pane scrolls smoothly to the box: wait until it has come to rest.
  await page.waitForFunction(async () => {
    const scroller = (
      globalThis as unknown as { document: { querySelector(selector: string): { scrollTop: number } | null } }
    ).document.querySelector('.pdf-scroll');
    const before = scroller?.scrollTop;
    await new Promise((resolve) => setTimeout(resolve, 200));
    return scroller?.scrollTop === before;
  });
  await review.commentBox.fill('总计应为 11，请该单位更正后重新公布。');
  await review.confirmButton.click();
  await expect(finding).toHaveAttribute('data-status', 'confirmed');
  await page.screenshot({ path: path.join(docsDir, 'review.png') });

  await review.backButton.click();
  await library.waitReady();
  await page.getByRole('tab', { name: '覆盖情况' }).click();
  await expect(page.locator('[data-state="ready"]').filter({ has: page.getByRole('table') })).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'coverage.png') });
  process.stderr.write(
    `截图已写入 ${path.relative(projectRoot, docsDir)}/（library.png、export-dialog.png、review.png、coverage.png）\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
