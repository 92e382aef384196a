// Stray years: a sentence telling an earlier year's work as the report's own ("2020年，本局主动公开
// 政府信息35条。" left over inside a 2021 report) is found (text.year) and shown on the original.
import { expect, test } from './support/fixtures';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import { fileWith, seedText } from './support/review-files';

const stray = '2020年，本局主动公开政府信息35条。';

test('a sentence left over from an earlier year is flagged and boxed in the text', async ({ page, server }) => {
  // 老城区 2021: the stray sentence put into 一、总体情况, which otherwise speaks of 2021.
  const text = seedText(4).replace('2.主动公开情况\n\n', `2.主动公开情况\n\n${stray}`);
  expect(text).toContain(stray);
  await server.importFiles([fileWith('老城区2021年报（含往年文字）.txt', text)]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport('老城区商务和工业信息化局');

  const finding = review.finding(/^年份可能有误：这是 2021 年度报告，但有一句把 2020 年的工作当作本年度的内容/);
  await expect(finding).toHaveAttribute('data-severity', 'warning');
  await finding.click();
  await expect(page.getByRole('region', { name: /^年份可能有误/ })).toContainText('正文残留其他年份');
  const box = review.documentPane.locator('[data-source-mark="excerpt"]');
  await expect(box.first()).toBeInViewport();
});
