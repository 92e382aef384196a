// Import (seeds, real PDFs, generated PDF/DOCX/HTML) through the 导入报告 file chooser and through a drop:
// the library fills with a progress bar,
// a corrupt file gets a Chinese message naming it, and the rest of the library is unharmed.
import { expect, test } from './support/fixtures';
import { corruptFileName, generatedFiles, makeCorruptPdf, realPdfFiles, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';

const goodFiles = [...seedFiles, ...realPdfFiles, ...generatedFiles];

for (const via of ['file chooser', 'drop'] as const) {
  test(`imports the seeds and real PDFs via ${via}`, async ({ page, freshServer }) => {
    const library = new LibraryPage(page);
    await library.goto(freshServer.url);
    const corrupt = makeCorruptPdf();

    if (via === 'file chooser') await library.importWithChooser([...goodFiles, corrupt]);
    else await library.dropFiles([...goodFiles, corrupt]);

    await expect(library.importProgress).toBeVisible();
    await library.waitImportDone();
    await expect(library.importProgress).toHaveAttribute('aria-valuenow', '100');

    // Every good file is in the library, the corrupt one is listed apart with its name and a Chinese reason.
    await expect(library.reportTable).toHaveAttribute('data-count', String(goodFiles.length));
    await expect(library.importPanel.locator('[data-status="imported"]')).toHaveCount(goodFiles.length);
    await expect(library.importPanel.locator('[data-status="failed"]')).toHaveCount(1);
    await expect(library.importPanel.locator('[data-status="failed"]')).toContainText(new RegExp(`${corruptFileName}.*(损坏|无法)`));
    await expect(library.failedSection).toContainText(corruptFileName);
    await expect(library.row('洪泽区')).toHaveCount(2);
    await expect(library.row('淮安市人民政府')).toHaveCount(1);
    await expect(library.row('芝罘区')).not.toHaveCount(0);

    // After a reload the library is still whole.
    await page.reload();
    await library.waitReady();
    await expect(library.reportTable).toHaveAttribute('data-count', String(goodFiles.length));
    await expect(library.failedSection).toContainText(corruptFileName);
  });
}
