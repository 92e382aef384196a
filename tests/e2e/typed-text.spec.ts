// Nothing typed is lost: a comment typed for a finding survives leaving the report (Esc Esc, ← 返回),
// moving to another finding with j, and a reload; `c` puts the cursor after what is already written.
import type { ReportDetail, ReviewedFinding } from '../../src/shared/ipc-contract';
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

const report = '眉山市经济和信息化局';
const typed = '请单位核实表三第一项与第三项的差额';

test('a typed opinion survives Esc Esc, ← 返回, j / k and a reload', async ({ page, server }) => {
  await server.importFiles([seedFiles[3] as string]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport(report);
  await expect(review.findingsList).toBeVisible();
  const first = review.findingsList.getByRole('option').first();
  await first.click();

  await test.step('c, type, Esc twice: back in the library, and the text is there on return', async () => {
    await page.keyboard.press('c');
    await expect(review.commentBox).toBeFocused();
    await page.keyboard.type(typed);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(library.reportTable).toBeVisible();
    await library.openReport(report);
    await first.click();
    await expect(review.commentBox).toHaveValue(typed);
  });

  await test.step('j to the next finding and k back: the text is still there', async () => {
    await review.commentBox.fill(`${typed}。补充`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await expect(review.commentBox).toHaveValue('');
    await page.keyboard.press('k');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(review.commentBox).toHaveValue(`${typed}。补充`);
  });

  await test.step('← 返回, then a reload of the library: the draft is kept in the library', async () => {
    await expect(page.getByText('草稿已自动保存')).toBeVisible();
    await review.backButton.click();
    await expect(library.reportTable).toBeVisible();
    await page.reload();
    await library.waitReady();
    await library.openReport(report);
    await first.click();
    await expect(review.commentBox).toHaveValue(`${typed}。补充`);
  });

  await test.step('saved with a decision, the draft is the comment', async () => {
    await review.confirmButton.click();
    await review.answerReviewerName('草稿测试员');
    await expect(first).toHaveAttribute('data-status', 'confirmed');
    await expect(page.getByRole('listitem').filter({ hasText: '草稿测试员' })).toContainText(`${typed}。补充`);
    await expect(page.getByText('草稿已自动保存')).toBeHidden();
  });
});

test('c puts the cursor after the existing text', async ({ page, freshServer }) => {
  const [outcome] = await freshServer.importFiles([seedFiles[3] as string]);
  const reportId = outcome?.reportId as string;
  // A comment saved earlier: the box opens with it.
  const detail = await freshServer.call<ReportDetail>('report.get', { reportId });
  const finding = detail.findings[1] as ReviewedFinding;
  await freshServer.call('settings.set', { reviewerName: '光标测试员' });
  await freshServer.call('review.setStatus', { reportId, findingId: finding.id, status: 'pending', comment: '已有的意见' });

  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport(report);
  await review.findingsList.locator(`[data-finding-id="${finding.id}"]`).click();
  await expect(review.commentBox).toHaveValue('已有的意见');
  await page.keyboard.press('c');
  await page.keyboard.type('，补充的话');
  await expect(review.commentBox).toHaveValue('已有的意见，补充的话');
});
