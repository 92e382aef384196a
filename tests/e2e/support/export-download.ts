// 导出 → a format → 导出: the downloaded file's bytes.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export async function downloadExport(page: Page, format: string): Promise<Buffer> {
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  return readFile(await (await download).path());
}
