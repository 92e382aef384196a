// 导出 gives a Word and an Excel file as downloads in the browser.
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { hongze2023Pdf, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';

/** Servers already given their reports (one per file; both tests share it). */
const prepared = new Set<string>();

for (const [label, extension] of [
  ['Word (.docx)', 'docx'],
  ['Excel (.xlsx)', 'xlsx'],
] as const) {
  test(`导出 downloads a .${extension}`, async ({ page, server }) => {
    if (!prepared.has(server.url)) {
      await server.importFiles([...seedFiles, hongze2023Pdf]);
      prepared.add(server.url);
    }
    const library = new LibraryPage(page);
    await library.goto(server.url);
    await expect(library.reportTable).toHaveAttribute('data-count', String(seedFiles.length + 1));

    await library.exportButton.click();
    const dialog = page.getByRole('dialog', { name: '导出' });
    await expect(dialog).toContainText(`导出 ${seedFiles.length + 1} 份报告的审查结果`);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: label }).click();
    const file = await download;

    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
    const bytes = await readFile(await file.path());
    // Both formats are ZIP packages (Office Open XML).
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(2000);
    await expect(dialog).toBeHidden();
  });
}
