// Nothing in the way: errors gather in one list that covers no row's 打开/删除, information closes by
// itself, the import dock folds and never covers 导入失败 or the last rows, and the 已更正 message stands
// beside the cell information, not over the cells just corrected.
import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { makeCorruptPdf, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import { fileWith } from './support/review-files';
import type { ServeInstance } from './support/serve';

/** The few browser globals the hit test needs. */
interface BrowserGlobals {
  document: { elementFromPoint(x: number, y: number): unknown };
}

/** A click at the element's centre reaches it: nothing lies over it. */
async function expectUncovered(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport();
  const reached = await locator.evaluate((element) => {
    const box = (element as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }).getBoundingClientRect();
    const hit = (globalThis as unknown as BrowserGlobals).document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit === element || (element as { contains(other: unknown): boolean }).contains(hit);
  });
  expect(reached, 'something covers it').toBe(true);
}

/** How much of the element the reviewer can see (0–1), clipping by scrolling panes included. */
const seenRatio = (locator: Locator): Promise<number> =>
  locator.evaluate(
    (element) =>
      new Promise<number>((resolve) => {
        const Observer = (globalThis as unknown as { IntersectionObserver: new (callback: (entries: { intersectionRatio: number }[]) => void) => { observe(target: unknown): void; disconnect(): void } }).IntersectionObserver;
        const observer = new Observer(([entry]) => {
          resolve(entry?.intersectionRatio ?? 0);
          observer.disconnect();
        });
        observer.observe(element);
      }),
  );

/** 20 reports: each seed four times, under four bodies of its own. */
async function fillLibrary(server: ServeInstance): Promise<void> {
  const agencies = ['烟台市芝罘区商务局', '芝罘区行政审批服务局', '城步苗族自治县商务局', '眉山市经济和信息化局', '老城区商务和工业信息化局'];
  const files: string[] = [];
  for (const [index, seed] of seedFiles.entries()) {
    const text = await readFile(seed, 'utf8');
    const agency = agencies[index] as string;
    for (const suffix of ['', '一分局', '二分局', '三分局'])
      files.push(fileWith(`${agency}${suffix}.txt`, text.replaceAll(agency, `${agency}${suffix}`)));
  }
  await server.importFiles(files);
}

test('errors gather in one list that covers no 打开/删除; information closes by itself', async ({ page, freshServer }) => {
  await fillLibrary(freshServer);
  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await expect(library.reportTable).toHaveAttribute('data-count', /^(1[5-9]|20)$/);

  // Five deletions refused by the service: five different errors.
  let refusals = 0;
  await page.route('**/api/invoke/library.delete', (route) => {
    refusals += 1;
    const message = `报告库正忙（第 ${refusals} 次），删除未完成，请稍后重试`;
    return route.fulfill({ json: { ok: false, error: { code: 'busy', message } } });
  });
  const rows = library.reportTable.getByRole('row').filter({ has: page.getByRole('button', { name: '删除', exact: true }) });
  for (let index = 0; index < 5; index += 1) {
    await rows.nth(index).getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('dialog', { name: '删除报告' }).getByRole('button', { name: '删除', exact: true }).click();
  }
  await expect(page.getByRole('alert')).toHaveCount(5);
  // Every 打开/删除 the reviewer can see is free to click, down to the last row in view.
  let checked = 0;
  for (const button of await library.reportTable.getByRole('button', { name: /^(打开|删除)$/ }).all()) {
    if ((await seenRatio(button)) < 1) continue;
    await expectUncovered(button);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(20);
  // …and the errors stand in one list, newest first.
  const errors = page.getByRole('region', { name: '错误信息' });
  await expect(errors).toContainText('5 条错误');
  await expect(errors.getByRole('alert').first()).toContainText('第 5 次');

  // A real deletion: its notice closes by itself.
  await page.unroute('**/api/invoke/library.delete');
  await rows.last().getByRole('button', { name: '删除', exact: true }).click();
  await page.getByRole('dialog', { name: '删除报告' }).getByRole('button', { name: '删除', exact: true }).click();
  const deleted = page.getByRole('status').filter({ hasText: '已删除' });
  await expect(deleted).toBeVisible();
  await expect(deleted).toBeHidden({ timeout: 10_000 });
});

test('the import dock folds, and never covers 导入失败 or the last rows', async ({ page, freshServer }) => {
  await fillLibrary(freshServer);
  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await library.importWithChooser([
    makeCorruptPdf(),
    fileWith('空白.txt', ''),
    ...seedFiles.map((seed, index) => fileWith(`再次导入${index}.txt`, `${index}`.repeat(3) + seed)),
  ]);
  await library.waitImportDone();
  await expect(library.importPanel.getByRole('listitem')).toHaveCount(7);

  const failed = library.failedSection.getByRole('listitem');
  await failed.last().scrollIntoViewIfNeeded();
  await library.failedSection.evaluate((element) => (element as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'end' }));
  for (const item of await failed.all()) await expectUncovered(item.getByRole('button'));
  const lastRow = library.reportTable.getByRole('row').last();
  await lastRow.scrollIntoViewIfNeeded();
  await expectUncovered(lastRow.getByRole('button', { name: '删除', exact: true }));

  const fold = library.importPanel.getByRole('button', { name: '收起' });
  await fold.click();
  await expect(library.importPanel.getByRole('list')).toBeHidden();
  await expect(library.importPanel.getByRole('button', { name: '展开' })).toHaveAttribute('aria-expanded', 'false');
  expect((await library.importPanel.boundingBox())?.height).toBeLessThan(60);
});

test('已更正 is said beside the cell information, not over the corrected cells', async ({ page, freshServer }) => {
  await freshServer.importFiles([seedFiles[3] as string]);
  await freshServer.call('settings.set', { reviewerName: '更正测试员' });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('眉山市');
  const place = '表三 四、结转下年度继续办理 · 总计列';
  await review.correctCell(place, '1');
  const said = review.tablesPane.getByText(`已更正 ${place}，已重新核对`);
  await expect(said).toBeVisible();
  await expectUncovered(review.cell(place));
  const cellBox = await review.cell(place).boundingBox();
  const saidBox = await said.boundingBox();
  if (!cellBox || !saidBox) throw new Error('no boxes');
  const overlaps =
    saidBox.x < cellBox.x + cellBox.width &&
    cellBox.x < saidBox.x + saidBox.width &&
    saidBox.y < cellBox.y + cellBox.height &&
    cellBox.y < saidBox.y + saidBox.height;
  expect(overlaps).toBe(false);
});

test('a correction that raises a new finding on a report marked 审查完毕 withdraws the mark and says so', async ({ page, freshServer }) => {
  const [outcome] = await freshServer.importFiles([seedFiles[3] as string]);
  await freshServer.call('settings.set', { reviewerName: '更正测试员' });
  await freshServer.call('review.markReviewed', { reportId: outcome!.reportId, reviewed: true });
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(freshServer.url);
  await library.openReport('眉山市');
  const mark = page.locator('.review-header [data-completed]');
  await expect(mark).toHaveAttribute('data-completed', 'true');
  // 总计 1 beside 自然人 0: the row's total no longer adds up, a finding nobody has looked at.
  const place = '表三 四、结转下年度继续办理 · 总计列';
  await review.correctCell(place, '1');
  await expect(review.tablesPane.getByText(`已更正 ${place}，已重新核对；出现了尚未处理的新问题，“审查完毕”标记已撤销`)).toBeVisible();
  await expect(mark).toHaveAttribute('data-completed', 'false');
});
