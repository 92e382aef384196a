// The desktop app's engine, in the browser: with the built-ins newer than the pinned Electron's Chromium
// removed (tests/e2e/support/electron-baseline.ts), opening a PDF report still draws its pages, and the
// page's strict CSP (no inline <style>, no form targets) leaves the originals as they were, without errors.
import type { Page, Worker } from '@playwright/test';
import { electronChromiumMajor, pinnedElectronVersion } from '../../vite.web.config';
import { builtinsMissingIn, removeBuiltins } from './support/electron-baseline';
import { expect, test } from './support/fixtures';
import { generatedFiles, hongze2023Pdf } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

const chromium = electronChromiumMajor();
const missing = builtinsMissingIn(chromium);

/** Uncaught errors and console errors (CSP violations among them) of the page. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test(`a PDF report is drawn in the Chromium of Electron ${pinnedElectronVersion()} (${chromium})`, async ({ page, server }, testInfo) => {
  const errors = collectErrors(page);
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));

  await server.importFiles([hongze2023Pdf]);
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await library.openReport('洪泽区');
  const review = new ReviewPage(page);
  await review.waitRendered();
  const firstPage = review.pdfPage(1);
  await expect(firstPage).toHaveAttribute('data-page-rendered', 'true');

  // Ink on the canvas: the page is drawn, not just laid out.
  const darkPixels = await firstPage.locator('canvas').evaluate((element) => {
    const canvas = element as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(...box: number[]): { data: Uint8ClampedArray } } };
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) + (data[index + 1] ?? 255) + (data[index + 2] ?? 255) < 384) dark += 1;
    return dark;
  });
  expect(darkPixels).toBeGreaterThan(5_000);
  await page.screenshot({ path: testInfo.outputPath('pdf-review.png') });

  // The baseline held in the page and in pdf.js's worker, and nothing failed on the way.
  const stillThere = `(${removeBuiltins.toString()})(${JSON.stringify(missing)}, false)`;
  expect(await page.evaluate(stillThere)).toEqual([]);
  const pdfWorker = workers.find((worker) => /pdf\.worker/.test(worker.url()));
  expect(pdfWorker, 'pdf.js 的 worker 已启动').toBeDefined();
  expect(await pdfWorker!.evaluate(stillThere)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a portal page keeps its inline styles under the CSP, and nothing is reported', async ({ page, server }) => {
  const errors = collectErrors(page);
  const portalPage = generatedFiles.find((file) => file.endsWith('.html'))!;
  await server.importFiles([portalPage]);
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await library.openReport('武侯区');
  const review = new ReviewPage(page);
  await review.waitRendered();
  // The body text of the page is indented as its style attribute says.
  const paragraph = review.documentPane.getByText(/^2022年，我区在/);
  await expect(paragraph).toBeVisible();
  await expect(paragraph).not.toHaveCSS('text-indent', '0px');
  expect(errors).toEqual([]);
});
