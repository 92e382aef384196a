// Highlights in text reports are clearly visible: a box around each source, blank cells included (an
// empty cell has no character to tint).
import { expect, test } from './support/fixtures';
import { seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';

test('the cells of a blank row are boxed in a text report, each clearly visible', async ({ page, server }) => {
  await server.importFiles([seedFiles[4] as string]);
  const library = new LibraryPage(page);
  const review = new ReviewPage(page);
  await library.goto(server.url);
  await library.openReport('老城区商务和工业信息化局');

  await review.finding(/^漏填：表三 （一）予以公开 整行未填数字/).click();
  const boxes = review.documentPane.locator('[data-source-mark="cell"]');
  await expect(boxes).toHaveCount(7);
  for (const box of await boxes.all()) {
    await expect(box).toBeInViewport();
    const size = await box.boundingBox();
    expect(size?.width).toBeGreaterThanOrEqual(20);
    expect(size?.height).toBeGreaterThanOrEqual(14);
    await expect(box).toHaveCSS('border-top-width', '2px');
  }

  // A single value cell is boxed too, not one faint digit.
  await review.cell('表三 一、本年新收政府信息公开申请数量 · 自然人列').click();
  await expect(boxes).toHaveCount(1);
  expect((await boxes.first().boundingBox())?.width).toBeGreaterThanOrEqual(20);
});
