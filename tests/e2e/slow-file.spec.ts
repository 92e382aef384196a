// One slow file never holds the others: each file shows its own progress ("第 3/480 页 读取中"), the
// other files are imported meanwhile, and the slow one can be cancelled on its own. (The time limit that
// stops a runaway file is checked in tests/unit/services/import-control.test.ts.)
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { fileWith, longPdf } from './support/review-files';

test('a long PDF shows its pages, does not hold the other file, and is cancelled on its own', async ({ page, freshServer }) => {
  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  // Under the 500-page limit, with pages full enough that reading takes seconds.
  await library.importWithChooser([fileWith('长报告.pdf', longPdf(480, 600)), seedFiles[2] as string]);

  const slow = library.importPanel.getByRole('listitem').filter({ hasText: '长报告.pdf' });
  const quick = library.importPanel.getByRole('listitem').filter({ hasText: '002_73a49c1d9e8bef42.txt' });
  await expect(slow).toContainText(/第 \d+\/480 页 读取中/);
  await expect(quick).toHaveAttribute('data-status', 'imported');
  await expect(slow).toHaveAttribute('data-status', 'processing');
  await expect(library.row('城步苗族自治县商务局')).toHaveCount(1);

  await slow.getByRole('button', { name: '取消导入 长报告.pdf' }).click();
  await expect(slow).toHaveAttribute('data-status', 'cancelled');
  await expect(slow).toContainText('已取消');
  await library.waitImportDone();
  await expect(library.reportTable).toHaveAttribute('data-count', '1');
  await expect(library.failedSection).toHaveCount(0);
});
