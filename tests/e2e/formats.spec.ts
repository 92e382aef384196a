// A Word 97-2003 .doc and an OFD, dropped into the window in Chromium and read by the real services
// through the bridge: each opens beside its tables, and a selected cell is marked in the original.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ofdFixtures } from '../fixtures/formats/ofd-fixtures';
import { wordBinaryFixtures } from '../fixtures/formats/word-binary-fixtures';
import { expect, test } from './support/fixtures';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('imports a .doc and an OFD, and marks a selected cell in each original', async ({
  page,
  server,
}, testInfo) => {
  const doc = (await wordBinaryFixtures()).find(({ entry }) => entry.id === 'std-2021-everything')!;
  const ofd = (await ofdFixtures()).find((fixture) => fixture.id === 'std-2021-large')!;
  // Named as a reviewer's download would be.
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-formats-'));
  const docFile = path.join(dir, '崂山区人民政府办公室2023年报.doc');
  const ofdFile = path.join(dir, '武侯区人民政府2023年报.ofd');
  copyFileSync(doc.doc, docFile);
  copyFileSync(ofd.path, ofdFile);

  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await library.goto(server.url);
  await library.dropFiles([docFile, ofdFile]);
  await library.waitImportDone();
  await expect(library.row('青岛市崂山区人民政府办公室')).toContainText('Word 97-2003');
  await expect(library.row('成都市武侯区人民政府')).toContainText('OFD');

  await test.step('the .doc: its tables, and the selected cell outlined in the document', async () => {
    await library.openReport('青岛市崂山区人民政府办公室');
    await review.waitRendered();
    const cell = review.cell('表四 行政复议 · 结果维持');
    await expect(cell).toHaveAccessibleName('表四 行政复议 · 结果维持：2');
    await cell.click();
    const outlined = review.documentPane.locator('[data-source-outline]');
    await expect(outlined).toHaveCount(1);
    await expect(outlined).toBeVisible();
    await expect(outlined).toHaveText('２');
    await page.screenshot({ path: testInfo.outputPath('doc-cell.png') });
    await review.backButton.click();
  });

  await test.step('the OFD: its pages drawn, and the selected cell boxed on its page', async () => {
    await library.openReport('成都市武侯区人民政府');
    await review.waitRendered();
    const cell = review.cell('表四 行政复议 · 结果维持');
    await expect(cell).toHaveAccessibleName('表四 行政复议 · 结果维持：27');
    await cell.click();
    const box = review.documentPane.locator('[data-source-box]');
    await expect(box).toHaveCount(1);
    await expect(box).toBeVisible();
    const page_ = await box.getAttribute('data-source-box');
    const svg = review.pdfPage(Number(page_)).locator('svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('text', { hasText: '行政复议' }).first()).toBeAttached();
    await page.screenshot({ path: testInfo.outputPath('ofd-cell.png') });
  });

  await test.step('the OFD: search finds text on the drawn pages', async () => {
    await page.getByRole('searchbox', { name: '在原文中搜索' }).fill('行政复议');
    await expect(page.locator('.match-count')).toHaveText(/^1\/\d+$/);
    await expect(review.documentPane.locator('.search-hit.active')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('ofd-search.png') });
  });
});
