// A file name is display text: "../x.txt" and "报告<b>…</b>.pdf" are imported (or fail) like any other
// file; every failure is listed under 导入失败, and no message repeats the file's name.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { makeCorruptPdf, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';

test('odd file names are imported as display text; every failure is listed under 导入失败, naming the file once', async ({
  page,
  freshServer,
}) => {
  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  const seed = await readFile(seedFiles[2] as string);
  const corrupt = await readFile(makeCorruptPdf());
  const climbing = '../x.txt';
  const marked = '报告<b>2023</b>.pdf';
  const other = '统计表.xlsx';
  await library.dropNamedFiles([
    { name: climbing, bytes: seed },
    { name: marked, bytes: corrupt },
    { name: other, bytes: Buffer.from('PK') },
  ]);
  await library.waitImportDone();

  // "../x.txt" is a report like any other, its name shown as it is.
  await expect(library.importPanel.locator('[data-status="imported"]')).toHaveText(/^\.\.\/x\.txt/);
  await expect(library.row('城步苗族自治县商务局')).toContainText(climbing);
  await expect(page.locator('b', { hasText: '2023' })).toHaveCount(0);

  // Both failures under 导入失败, each naming its file once.
  const failed = library.failedSection;
  await expect(failed.getByRole('listitem')).toHaveCount(2);
  for (const name of [marked, other]) {
    const item = failed.getByRole('listitem').filter({ hasText: name });
    await expect(item).toHaveCount(1);
    expect((await item.innerText()).split(name).length - 1).toBe(1);
    const panelItem = library.importPanel.getByRole('listitem').filter({ hasText: name });
    expect((await panelItem.innerText()).split(name).length - 1).toBe(1);
  }
  await expect(failed.getByRole('listitem').filter({ hasText: marked })).toContainText(/损坏|无法/);
  await expect(failed.getByRole('listitem').filter({ hasText: other })).toContainText('不支持的文件类型');
  await expect(page.getByText(/文件名格式不正确|请求格式不正确/)).toHaveCount(0);

  // After a reload the library still lists the stored failure (the refused one was never stored).
  await page.reload();
  await library.waitReady();
  await expect(failed.getByRole('listitem').filter({ hasText: marked })).toHaveCount(1);
});
