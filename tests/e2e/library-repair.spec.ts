// A report whose data file was damaged says so on its page (no reading, no score shown as if it were the
// report's), and dropping its file again repairs it: the import panel says what was put right, and the
// reviewer's decision is still there.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';

test('a damaged report says so, and dropping its file again repairs it with the decisions kept', async ({
  page,
  freshServer,
}) => {
  const seed = seedFiles[3] as string;
  const [outcome] = await freshServer.importFiles([seed]);
  const reportId = outcome!.reportId!;
  const detail = await freshServer.call<{ findings: { id: string }[] }>('report.get', { reportId });
  const findingId = detail.findings[0]!.id;
  await freshServer.call('review.setStatus', {
    reportId,
    findingId,
    status: 'confirmed',
    comment: '已去函核实',
  });
  await writeFile(path.join(freshServer.dataDir, 'reports', `${reportId}.json`), '{"version": 1');

  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await library.openReport(/眉山市经济和信息化局/);
  const alert = page.locator('.review-unreadable');
  await expect(alert).toContainText('数据无法读取');
  await expect(alert).toContainText('重新导入该报告的原件');
  await expect(alert).not.toContainText('删除');
  await expect(page.locator('.review-progress')).toHaveCount(0);

  await page.getByRole('button', { name: '返回' }).click();
  await library.waitReady();
  await library.dropFiles([seed]);
  await library.waitImportDone();
  await expect(library.importPanel.locator('.import-notice')).toContainText('已修复');
  await expect(library.importPanel.locator('.import-title')).toHaveText('导入完成：修复 1 份');

  await library.openReport(/眉山市经济和信息化局/);
  await expect(page.locator('.review-unreadable')).toHaveCount(0);
  await expect(page.locator('.review-progress')).toContainText('1/');
});
