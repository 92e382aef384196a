// The small things: 1/2/0 move on to the next 未处理 finding (on by default, can be switched off); the
// reviewer's name can be changed; 与上年对比 says which report was compared with which, and what; the
// library lists reports with errors first.
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { hongze2023Pdf, seedFiles } from './support/files';
import { realDir } from '../shared-data';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('1/2/0 move on to the next 未处理 finding, unless switched off', async ({ page, freshServer }) => {
  await freshServer.importFiles([seedFiles[4] as string]);
  await freshServer.call('settings.set', { reviewerName: '快捷键测试员' });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('老城区商务和工业信息化局');
  const options = review.findingsList.getByRole('option');
  await options.nth(0).click();

  const advance = page.getByRole('checkbox', { name: '处理后跳到下一条未处理' });
  await expect(advance).toBeChecked();
  await page.keyboard.press('1');
  await expect(options.nth(0)).toHaveAttribute('data-status', 'confirmed');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('2');
  await expect(options.nth(1)).toHaveAttribute('data-status', 'dismissed');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');

  await advance.uncheck();
  await page.keyboard.press('0');
  await expect(options.nth(2)).toHaveAttribute('data-status', 'pending');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  // The choice is kept.
  await page.reload();
  await library.waitReady();
  await expect(advance).not.toBeChecked();
});

test('the reviewer’s name can be changed, and signs what follows', async ({ page, freshServer }) => {
  await freshServer.importFiles([seedFiles[2] as string]);
  await freshServer.call('settings.set', { reviewerName: '张三' });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await page.getByRole('button', { name: /审查人：张三/ }).click();
  const dialog = page.getByRole('dialog', { name: '更改审查人' });
  await expect(dialog.getByRole('textbox', { name: '审查人姓名' })).toHaveValue('张三');
  await dialog.getByRole('textbox', { name: '审查人姓名' }).fill('李四');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: /审查人：李四/ })).toBeVisible();
  await library.openReport('城步');
  await review.findingsList.getByRole('option').first().click();
  await review.confirmButton.click();
  await expect(page.getByRole('listitem').filter({ hasText: '李四' })).toContainText('已确认');
});

test('与上年对比 names the report compared with, and what was compared', async ({ page, freshServer }) => {
  await freshServer.importFiles([hongze2023Pdf, path.join(realDir, 'huaian-hongze-2024.pdf')]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('淮安市洪泽区');
  const note = page.getByRole('group').filter({ hasText: '与上年对比' });
  await expect(note).toContainText('已与 洪泽区人民政府 2023年（huaian-hongze-2023.pdf）对比');
  await note.getByText('与上年对比').click();
  await expect(note).toContainText('本年上年结转等于上年结转下年度');
  await expect(note).toContainText('现行有效件数的年度衔接');
  await note.getByRole('button', { name: '打开上年报告' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('洪泽区人民政府 2023年');
  await expect(note).toContainText('库中没有该单位 2022 年度的报告');
  await review.backButton.click();
});

test('the library lists reports with errors first', async ({ page, freshServer }) => {
  await freshServer.importFiles(seedFiles);
  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await expect(library.reportTable).toHaveAttribute('data-count', '5');
  // The 问题 column of each row, top to bottom.
  const flags = await library.reportTable.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => (row as unknown as { cells: { textContent: string }[] }).cells[6]?.textContent ?? ''),
  );
  const errorCounts = flags.map((text) => Number(/错误 ?(\d+)/.exec(text)?.[1] ?? 0));
  expect(errorCounts[0]).toBeGreaterThan(0);
  expect(errorCounts).toEqual([...errorCounts].sort((a, b) => b - a));
});
