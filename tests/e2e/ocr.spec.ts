// A scanned report end to end: imported with per-page OCR progress, opened, a 识别存疑 cell boxed on the
// page image and settled (corrected, or confirmed as read right), and the OCR text searched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeFile } from '../../src/main/services/analyze-file';
import { makeScan } from '../fixtures/scans/make-scans';
import { hongze2023Pdf } from './support/files';
import { expect, test } from './support/fixtures';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('imports a scan with page progress, boxes a 识别存疑 cell on the page image and settles it', async ({ page, freshServer }, testInfo) => {
  test.setTimeout(600_000);
  // Pages 2–4 of a real report (tables 二, 三, 四), scanned at 150 dpi: tilted, noisy, grey, JPEG.
  const scan = await makeScan({ id: 'e2e-hongze-2023-p2-4-worn150', source: hongze2023Pdf, variant: 'worn150', pages: [2, 4] });
  const truth = await analyzeFile('truth.pdf', readFileSync(hongze2023Pdf), { ocr: false });
  if (!truth.ok) throw new Error(truth.error);

  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await library.importWithChooser([scan]);
  await expect(library.importPanel).toContainText(/第 [1-3]\/3 页 识别中/, { timeout: 300_000 });
  await expect(library.importPanel).toHaveAttribute('data-state', 'done', { timeout: 400_000 });
  await expect(library.importPanel.locator('[data-status="imported"]')).toHaveCount(1);

  await library.openReport(path.basename(scan));
  const review = new ReviewPage(page);
  await review.waitRendered();

  // Table 四's 行政复议 parts are 10+1+0+0 but its 总计 0: the broken sum is pinned on an OCR cell.
  const doubtful = review.tablesPane.locator('[data-ocr-doubt="true"]');
  await expect(doubtful.first()).toBeVisible();
  const cell = doubtful.first();
  const cellId = (await cell.getAttribute('data-cell-id'))!;
  await cell.getByRole('button').click();
  await expect(page.locator('.cell-info')).toContainText('识别存疑（可信度');
  // Its box is drawn on the page image of the scan, where OCR read it.
  const box = review.documentPane.locator('.source-box');
  await expect(box.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ocr-doubt-boxed.png') });

  const read = await cell.locator('.cell-value').textContent().catch(() => null);
  const right = truth.report.cells[cellId]?.value ?? null;
  if (right !== null && String(right) !== read?.replace(/,/g, '')) {
    await review.correctButton.click();
    const dialog = page.getByRole('dialog', { name: '更正数值' });
    await dialog.getByRole('textbox', { name: '更正后的数值' }).fill(String(right));
    await dialog.getByRole('button', { name: '保存更正', exact: true }).click();
  } else {
    await page.getByRole('button', { name: '数值无误', exact: true }).click();
  }
  const reviewer = page.getByRole('dialog', { name: '请输入审查人姓名' });
  if (await reviewer.isVisible().catch(() => false)) await review.answerReviewerName('审查员甲');
  await expect(review.tablesPane.locator(`td[data-cell-id="${cellId}"]`)).not.toHaveAttribute('data-ocr-doubt', 'true');
  await page.screenshot({ path: testInfo.outputPath('ocr-doubt-settled.png') });

  // Search in the original finds the OCR text of the scanned pages.
  const search = page.getByRole('searchbox', { name: '在原文中搜索' });
  await search.fill('行政复议');
  await expect(page.locator('.match-count')).toContainText(/^1\//);
  await expect(review.documentPane.locator('.search-hit').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ocr-search.png') });
});
