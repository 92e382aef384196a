// Review of a real PDF: the page is drawn, the tables are there, a finding's box is on the page,
// it is confirmed with a comment, a correction updates the findings, and a reload keeps it all.
import { expect, test } from './support/fixtures';
import { hongze2023Pdf } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

const reviewTotal = '表四 行政复议 · 总计';
const reviewFinding = /^表四 行政复议 · 总计 为 0/;
const comment = '总计应为 11，请该单位更正后重新公布。';

test('reviews a PDF report and keeps the review across a reload', async ({ page, server }) => {
  await server.importFiles([hongze2023Pdf]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport('洪泽区');

  await test.step('the original and the tables are shown', async () => {
    await review.waitRendered();
    await expect(review.documentPane.locator('[data-page-rendered="true"]').first()).toBeVisible();
    await expect(review.cell(reviewTotal)).toHaveAccessibleName(`${reviewTotal}：0`);
    await expect(review.cell('表四 行政复议 · 结果维持')).toHaveAccessibleName('表四 行政复议 · 结果维持：10');
  });

  await test.step('selecting a finding draws its box on the page', async () => {
    const finding = review.finding(reviewFinding);
    await finding.click();
    await expect(finding).toHaveAttribute('aria-selected', 'true');
    await expect(review.pdfPage(4)).toHaveAttribute('data-page-rendered', 'true');
    const boxes = review.pdfPage(4).locator('[data-source-box="4"]');
    await expect(boxes).toHaveCount(5);
    await expect(boxes.first()).toBeVisible();
  });

  await test.step('确认问题 with a comment', async () => {
    await review.commentBox.fill(comment);
    await review.confirmButton.click();
    await review.answerReviewerName('测试审查员');
    await expect(review.finding(reviewFinding)).toHaveAttribute('data-status', 'confirmed');
    await expect(review.confirmButton).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('region', { name: reviewFinding })).toContainText(comment);
  });

  await test.step('correcting the total resolves the finding', async () => {
    await review.correctCell(reviewTotal, '11');
    await expect(review.cell(reviewTotal).locator('..')).toHaveAttribute('data-corrected', 'true');
    await expect(review.finding(reviewFinding)).toContainText('已消除');
  });

  await test.step('after a reload everything is as it was, the same finding still selected', async () => {
    await review.finding(reviewFinding).click();
    await page.reload();
    await library.waitReady();
    await review.waitRendered();
    const finding = review.finding(reviewFinding);
    await expect(finding).toHaveAttribute('aria-selected', 'true');
    await expect(finding).toHaveAttribute('data-status', 'confirmed');
    await expect(finding).toContainText('已消除');
    await expect(review.cell(reviewTotal).locator('..')).toHaveAttribute('data-corrected', 'true');
    await expect(review.commentBox).toHaveValue(comment);
    await expect(page.getByRole('region', { name: reviewFinding })).toContainText('测试审查员');
  });
});
