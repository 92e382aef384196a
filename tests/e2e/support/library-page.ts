// Page object of the library screen: reached and driven by accessible names and data-* states only.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The few browser globals the synthetic drop needs. */
interface BrowserGlobals {
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: Uint8Array[], name: string) => unknown;
  atob(data: string): string;
}

export class LibraryPage {
  readonly importButton: Locator;
  readonly exportButton: Locator;
  readonly reportTable: Locator;
  readonly importPanel: Locator;
  readonly importProgress: Locator;
  readonly failedSection: Locator;
  readonly dropOverlay: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: '导入报告', exact: true });
    this.exportButton = page.getByRole('button', { name: '导出', exact: true });
    this.reportTable = page.getByRole('table', { name: '报告列表' });
    this.importPanel = page.getByRole('region', { name: '导入报告' });
    this.importProgress = page.getByRole('progressbar', { name: '导入进度' });
    this.failedSection = page.getByRole('region', { name: /^导入失败/ });
    this.dropOverlay = page.getByTestId('drop-overlay');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('#root')).toHaveAttribute('data-ready', 'true');
  }

  /** 导入报告 → the browser's file chooser. */
  async importWithChooser(filePaths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(filePaths);
  }

  /** A synthetic drag and drop of real files onto the window, as the OS would deliver it. */
  async dropFiles(filePaths: string[]): Promise<void> {
    const files = await Promise.all(filePaths.map(async (filePath) => ({ name: path.basename(filePath), bytes: await readFile(filePath) })));
    await this.dropNamedFiles(files);
  }

  /** A drop of files under any name (names no file system allows included: "../x.txt", "a</b>.pdf"). */
  async dropNamedFiles(named: { name: string; bytes: Buffer }[]): Promise<void> {
    const files = named.map(({ name, bytes }) => ({ name, base64: bytes.toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      // Runs in the page; this project compiles tests without the DOM library.
      const browser = globalThis as unknown as BrowserGlobals;
      const transfer = new browser.DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(browser.atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new browser.File([bytes], file.name));
      }
      return transfer;
    }, files);
    await this.page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(this.dropOverlay).toBeVisible();
    await this.page.dispatchEvent('body', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(this.dropOverlay).toBeHidden();
    await dataTransfer.dispose();
  }

  async waitImportDone(): Promise<void> {
    // A dozen files with PDFs among them can take a while on a busy machine.
    await expect(this.importPanel).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  }

  row(text: string | RegExp): Locator {
    return this.reportTable.getByRole('row').filter({ hasText: text });
  }

  async openReport(text: string | RegExp): Promise<void> {
    await this.row(text).getByRole('button', { name: '打开', exact: true }).click();
  }
}
