// States exact everywhere: a finding nobody touched is 未处理, 待复核 is a reviewer's decision to look
// again (on screen, in the exports, in every count); a report is reviewed only when a reviewer marks it
// 审查完毕, with who and when, and progress counts those marks.
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import type { ReportDetail } from '../../src/shared/ipc-contract';
import { downloadExport } from './support/export-download';
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

const exportText = async (page: Page, format: string): Promise<string> =>
  (await downloadExport(page, format)).toString('utf8');

test('untouched findings are 未处理 on screen and in the exports; 待复核 only where a reviewer chose it', async ({
  page,
  freshServer,
}) => {
  // 眉山: four errors and a note, all untouched at first.
  const [outcome] = await freshServer.importFiles([seedFiles[3] as string]);
  const reportId = outcome?.reportId as string;
  const detail = await freshServer.call<ReportDetail>('report.get', { reportId });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('眉山市');

  const options = review.findingsList.getByRole('option');
  await expect(options).toHaveCount(detail.findings.length);
  for (const option of await options.all()) await expect(option).toHaveAttribute('data-status', 'unreviewed');
  await expect(review.findingsList.getByText('未处理')).toHaveCount(detail.findings.length);

  // The reviewer decides to look at the first one again later: 0.
  await options.first().click();
  await page.keyboard.press('0');
  await review.answerReviewerName('状态测试员');
  await expect(options.first()).toHaveAttribute('data-status', 'pending');
  await expect(options.first()).toContainText('待复核');
  await expect(review.findingsList.getByText('未处理')).toHaveCount(detail.findings.length - 1);

  const markdown = await exportText(page, 'Markdown (.md)');
  expect(markdown).toContain(`标记待复核 1 项，未处理 ${detail.findings.length - 1} 项`);
  expect(markdown).not.toContain('尚待复核');
  expect(markdown).not.toContain('更正后已不再触发');

  const csv = parse((await exportText(page, 'CSV (.csv)')).replace(/^\uFEFF/, ''), {
    columns: true,
    record_delimiter: '\r\n',
  }) as Record<string, string>[];
  const states = csv.map((row) => row['审查结论']);
  expect(states.filter((state) => state === '待复核')).toHaveLength(1);
  expect(states.filter((state) => state === '未处理')).toHaveLength(detail.findings.length - 1);
});

test('a report is reviewed only when marked 审查完毕, with who and when; progress counts the marks', async ({
  page,
  freshServer,
}) => {
  // 烟台市芝罘区商务局: no findings at all. 城步: one finding.
  await freshServer.importFiles([seedFiles[0] as string, seedFiles[2] as string]);
  await freshServer.call('settings.set', { reviewerName: '完毕测试员' });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);

  const clean = library.row('烟台市芝罘区商务局');
  await test.step('no findings and nobody opened it: not reviewed', async () => {
    await expect(clean).toHaveAttribute('data-state', 'notStarted');
    await expect(clean).not.toContainText('已完成');
    await expect(clean).not.toContainText('审查完毕');
    await expect(page.getByText('审查完毕 0/2')).toBeVisible();
    await library.exportButton.click();
    await expect(page.getByRole('dialog', { name: '导出' })).toContainText('其中 2 份报告尚未标记“审查完毕”');
    await page.keyboard.press('Escape');
  });

  await test.step('标记审查完毕 in the report: who and when', async () => {
    await library.openReport('烟台市芝罘区商务局');
    await page.getByRole('button', { name: '标记审查完毕' }).click();
    const mark = page.getByRole('button', { name: /^审查完毕 · 完毕测试员 · \d{4}-\d\d-\d\d \d\d:\d\d$/ });
    await expect(mark).toHaveAttribute('aria-pressed', 'true');
    await review.backButton.click();
    await expect(clean).toHaveAttribute('data-state', 'done');
    await expect(clean).toContainText('审查完毕 · 完毕测试员');
    await expect(page.getByText('审查完毕 1/2')).toBeVisible();
  });

  await test.step('a report with an open finding asks before it is marked', async () => {
    await library.openReport('城步');
    await page.getByRole('button', { name: '标记审查完毕' }).click();
    const confirm = page.getByRole('dialog', { name: '标记审查完毕' });
    await expect(confirm).toContainText('还有 1 项未处理的问题');
    await confirm.getByRole('button', { name: '标记审查完毕' }).click();
    await expect(page.getByRole('button', { name: /^审查完毕 · 完毕测试员/ })).toBeVisible();
    await review.backButton.click();
    await expect(page.getByText('审查完毕 2/2')).toBeVisible();
    await page.getByRole('combobox', { name: '审查状态' }).selectOption({ label: '审查完毕' });
    await expect(library.reportTable).toHaveAttribute('data-count', '2');
  });
});
