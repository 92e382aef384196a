// Screenshots for the docs: `npx tsx scripts/screenshots.ts`. Starts `nianbao serve` on a temporary
// library, imports the seeds and the real PDFs, and captures at 1366×768: the library (errors first, some
// reports marked 审查完毕), the export dialog, the review of a text-against-table finding (the sentence
// boxed in the original, the cell boxed in the tables), the import dock with failures, and the coverage view.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { corruptFileName, makeCorruptPdf, realPdfFiles, seedFiles } from '../tests/e2e/support/files';
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

async function invoke<T>(server: { origin: string; token: string }, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}：${result.error?.message}`);
  return result.value as T;
}

/** Waits until a scroll container has stopped moving (smooth scrolling to a box). */
async function settle(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(async (query) => {
    const scroller = (
      globalThis as unknown as { document: { querySelector(selector: string): { scrollTop: number } | null } }
    ).document.querySelector(query);
    const before = scroller?.scrollTop;
    await new Promise((resolve) => setTimeout(resolve, 250));
    return scroller?.scrollTop === before;
  }, selector);
}

const server = await startServe();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const outcomes = await server.importFiles([...seedFiles, ...realPdfFiles]);
  const ids = outcomes.flatMap((outcome) => (outcome.reportId ? [outcome.reportId] : []));
  process.stderr.write(`已导入 ${ids.length} 份报告\n`);
  await invoke(server, 'settings.set', { reviewerName: '王审查' });
  // Two reports reviewed and marked 审查完毕, one under way, so that the library shows every state.
  for (const [index, reportId] of ids.slice(0, 3).entries()) {
    const detail = await invoke<{ findings: { id: string }[] }>(server, 'report.get', { reportId });
    for (const finding of detail.findings.slice(0, index < 2 ? undefined : 1))
      await invoke(server, 'review.setStatus', { reportId, findingId: finding.id, status: 'confirmed', comment: '' });
    if (index < 2) await invoke(server, 'review.markReviewed', { reportId, reviewed: true });
  }

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await expect(library.reportTable).toHaveAttribute('data-count', String(ids.length));
  await page.screenshot({ path: path.join(docsDir, 'library.png') });

  // The export dialog over the library (everything shown is exported).
  await library.exportButton.click();
  const exportDialog = page.getByRole('dialog', { name: '导出' });
  await expect(exportDialog.getByText(/尚未标记“审查完毕”/)).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'export-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  // A text-against-table finding: the sentence boxed in the original, the cell boxed in the tables.
  await library.row('淮安市洪泽区').getByRole('button', { name: '打开', exact: true }).click();
  const review = new ReviewPage(page);
  await review.waitRendered();
  await review.finding(/^正文与表格不一致/).click();
  await expect(review.documentPane.locator('[data-excerpt-box]').first()).toBeInViewport();
  await expect(review.tablesPane.locator('[data-in-finding="true"]').first()).toBeInViewport();
  await settle(page, '.pdf-scroll');
  await review.commentBox.fill('正文所称 17 件与表三 95 件不符，请说明口径。');
  await expect(page.getByText('草稿已自动保存')).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'review.png') });
  await review.commentBox.fill('');

  await review.backButton.click();
  await library.waitReady();
  await page.getByRole('tab', { name: '覆盖情况' }).click();
  await expect(page.locator('[data-state="ready"]').filter({ has: page.getByRole('table') })).toBeVisible();
  await page.screenshot({ path: path.join(docsDir, 'coverage.png') });
  await page.getByRole('tab', { name: '报告库' }).click();

  // The import dock with failures: a corrupt PDF, an empty file, a file of another type, an odd name.
  // A file name is display text: the odd one is imported like any other.
  const odd = '某某县商务局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本局依法公开政府信息。\n';
  await library.dropNamedFiles([
    { name: corruptFileName, bytes: await readFile(makeCorruptPdf()) },
    { name: '空白文件.txt', bytes: Buffer.alloc(0) },
    { name: '会议纪要.xlsx', bytes: Buffer.from('PK') },
    { name: '../报告<b>2023</b>.txt', bytes: Buffer.from(odd) },
  ]);
  await library.waitImportDone();
  await page.getByRole('region', { name: /^导入失败/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(docsDir, 'import.png') });
  process.stderr.write(
    `截图已写入 ${path.relative(projectRoot, docsDir)}/（library、export-dialog、review、coverage、import）\n`,
  );
} finally {
  await browser.close();
  await server.stop();
}
