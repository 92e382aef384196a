// A reload keeps the reviewer's place: the report and the finding are in the address; the browser's
// back button returns to the library.
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('a reload keeps the report and the finding; back returns to the library', async ({ page, server }) => {
  await server.importFiles([seedFiles[3] as string, seedFiles[4] as string]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport('老城区商务和工业信息化局');
  const third = review.findingsList.getByRole('option').nth(2);
  await third.click();
  const message = await third.getAttribute('data-finding-id');
  await expect(page).toHaveURL(/#report=[a-f0-9]{64}&finding=/);

  await page.reload();
  await library.waitReady();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('老城区商务和工业信息化局 2021年');
  const selected = review.findingsList.getByRole('option', { selected: true });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute('data-finding-id', message ?? '');
  await expect(page.getByRole('region', { name: (await selected.getAttribute('aria-label'))?.split('，')[0] ?? '' })).toBeVisible();

  await page.goBack();
  await expect(library.reportTable).toBeVisible();
  await expect(library.reportTable).toHaveAttribute('data-count', '2');
});
