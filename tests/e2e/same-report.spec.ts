// One report, one row: the same report arriving again with other bytes (saved again with Windows line
// ends, as UTF-16, downloaded twice) is recognised; the reviewer replaces the earlier file (keeping its
// decisions), keeps both as versions of one report, or skips it. The file name shows in the library and
// the delete prompt names the file and the year.
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import { asUtf16, fileWith, seedText, withCrlf } from './support/review-files';

const agency = '城步苗族自治县商务局';
const seedName = '002_73a49c1d9e8bef42.txt';

test('the same report again: replace keeping decisions, keep as a version, or skip', async ({ page, freshServer }) => {
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  const question = page.getByRole('dialog', { name: '库中已有同一份报告' });
  const rows = library.row(agency);
  await library.goto(freshServer.url);
  await library.importWithChooser([seedFiles[2] as string]);
  await library.waitImportDone();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(seedName);

  await test.step('a decision on the first file', async () => {
    await library.openReport(agency);
    await review.findingsList.getByRole('option').first().click();
    await review.commentBox.fill('已与单位核实发布日期');
    await review.confirmButton.click();
    await review.answerReviewerName('同报告测试员');
    await review.backButton.click();
  });

  await test.step('saved again with Windows line ends: replace, the decision is kept', async () => {
    await library.importWithChooser([fileWith('城步2019年报（重新保存）.txt', withCrlf(seedText(2)))]);
    await expect(question).toBeVisible();
    await expect(question).toContainText(`与库中已有的“${agency} 2019年”（文件“${seedName}”）是同一份报告，正文内容相同`);
    await question.locator('[data-choice="replace"]').click();
    await library.waitImportDone();
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('城步2019年报（重新保存）.txt');
    await expect(rows).not.toContainText(seedName);
    await library.openReport(agency);
    const finding = review.findingsList.getByRole('option').first();
    await expect(finding).toHaveAttribute('data-status', 'confirmed');
    await finding.click();
    await expect(review.commentBox).toHaveValue('已与单位核实发布日期');
    await review.backButton.click();
  });

  await test.step('as UTF-16: keep both as versions of one report', async () => {
    await library.importWithChooser([fileWith('城步2019年报（UTF-16）.txt', asUtf16(seedText(2)))]);
    await expect(question).toBeVisible();
    await question.locator('[data-choice="version"]').click();
    await library.waitImportDone();
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('2 个版本');
    await library.openReport(agency);
    const versions = page.getByRole('combobox', { name: '版本' });
    await expect(versions.getByRole('option')).toHaveText([
      '第 1 版：城步2019年报（重新保存）.txt',
      '第 2 版：城步2019年报（UTF-16）.txt（当前）',
    ]);
    await review.backButton.click();
  });

  await test.step('downloaded twice: skip', async () => {
    await library.importWithChooser([fileWith('城步2019年报(1).txt', `${seedText(2)}\n`)]);
    await expect(question).toBeVisible();
    await question.locator('[data-choice="skip"]').click();
    await library.waitImportDone();
    await expect(library.importPanel.locator('[data-status="skipped"]')).toContainText('已跳过');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('2 个版本');
  });

  await test.step('the delete prompt names the file and the year', async () => {
    await rows.getByRole('button', { name: '删除', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '删除报告' });
    await expect(confirm).toContainText(`“${agency}” 2019 年度的报告（文件“城步2019年报（UTF-16）.txt”）`);
    await confirm.getByRole('button', { name: '取消' }).click();
  });
});
