// Text against table: "受理政府信息公开申请17件" in a report whose table 三 says 95 is at least a 警告,
// and selecting it shows the sentence (boxed in the original) and the cell (boxed in the tables) at once;
// the quote and the cell can each be shown in the original.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { realDir } from '../shared-data';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import path from 'node:path';

const hongze2024 = path.join(realDir, 'huaian-hongze-2024.pdf');

/** Fully inside the pane that scrolls it: seen by the reviewer, not just present. */
async function expectSeen(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport({ ratio: 1 });
  await expect(locator).toBeVisible();
}

test('a contradiction of the same quantity is a 警告, and its sentence and cell are boxed and seen at once', async ({
  page,
  server,
}) => {
  await server.importFiles([hongze2024]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport('淮安市洪泽区');
  await review.waitRendered();

  const finding = review.finding(/^正文与表格不一致：正文称“受理政府信息公开申请17件”/);
  await expect(finding).toHaveAttribute('data-severity', /^(warning|error)$/);
  await expect(finding).toContainText('警告');
  await finding.click();

  const sentence = review.documentPane.locator('[data-excerpt-box]');
  const cell = review.tablesPane.locator('[data-cell-id="requests.new.total"][data-in-finding="true"]');
  await test.step('on selection: the sentence boxed in the original and the cell boxed in the tables', async () => {
    await expect(sentence).not.toHaveCount(0);
    await expectSeen(sentence.first());
    await expectSeen(cell);
    await expect(cell).toHaveText('95');
  });

  await test.step('the cell chip shows the cell in the original; the quote brings the sentence back', async () => {
    const detail = page.getByRole('region', { name: /^正文与表格不一致/ });
    await detail.getByRole('button', { name: /一、本年新收政府信息公开申请数量/ }).click();
    await expectSeen(review.documentPane.locator('[data-source-box]').first());
    await detail.getByRole('button', { name: /区政府办代表区政府受理政府信息公开申请/ }).click();
    await expectSeen(sentence.first());
  });
});
