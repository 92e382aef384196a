// 导出 in the browser: the dialog (formats, 不是问题 handling, the 待复核 warning, progress) and the
// downloaded Word, Excel, Markdown and CSV files, read back to check they hold the library's review.
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Locator, Page } from '@playwright/test';
import type { ReportDetail, ReportSummary, Result } from '../../src/shared/ipc-contract';
import { expect, test } from './support/fixtures';
import { hongze2023Pdf, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import type { ServeInstance } from './support/serve';

const batchSize = 150;
const dismissReason = '经核对原件，该数字为排版错位，不构成问题（导出测试）';

interface Prepared {
  reports: ReportSummary[];
  hongze: ReportSummary;
  /** A finding of the 洪泽区 report left 待复核, and one judged 不是问题 with `dismissReason`. */
  pendingMessage: string;
  dismissedMessage: string;
  unreviewed: number;
}

async function call<T>(server: ServeInstance, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': server.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as Result<T>;
  if (!result.ok) throw new Error(`${channel}：${result.error.message}`);
  return result.value;
}

/** The library of this file's server: the seeds and a real PDF, one finding dismissed with a reason (set up once). */
const preparedByServer = new Map<string, Promise<Prepared>>();
function prepare(server: ServeInstance): Promise<Prepared> {
  let prepared = preparedByServer.get(server.url);
  if (!prepared) {
    prepared = (async () => {
      await server.importFiles([...seedFiles, hongze2023Pdf]);
      await call(server, 'settings.set', { reviewerName: '导出测试员' });
      const listed = await call<ReportSummary[]>(server, 'library.list', {});
      const hongze = listed.find((report) => report.fileName === 'huaian-hongze-2023.pdf');
      if (!hongze) throw new Error('洪泽区报告未导入');
      const detail = await call<ReportDetail>(server, 'report.get', { reportId: hongze.id });
      const [dismissed, pending] = detail.findings.filter((finding) => !finding.resolved);
      if (!dismissed || !pending) throw new Error('洪泽区报告的问题少于两条');
      await call(server, 'review.setStatus', {
        reportId: hongze.id,
        findingId: dismissed.id,
        status: 'dismissed',
        comment: dismissReason,
      });
      const reports = await call<ReportSummary[]>(server, 'library.list', {});
      const readable = reports.filter((report) => report.error === null);
      return {
        reports: readable,
        hongze,
        pendingMessage: pending.message,
        dismissedMessage: dismissed.message,
        unreviewed: readable.filter((report) => !report.completed).length,
      };
    })();
    preparedByServer.set(server.url, prepared);
  }
  return prepared;
}

async function openExportDialog(page: Page, server: ServeInstance, prepared: Prepared): Promise<Locator> {
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await expect(library.reportTable).toHaveAttribute('data-count', String(prepared.reports.length));
  await library.exportButton.click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Picks the format and 不是问题 handling, clicks 导出 and hands back the download and its bytes. */
async function exportWith(
  page: Page,
  dialog: Locator,
  format: string,
  dismissed?: string,
): Promise<{ file: Download; bytes: Buffer }> {
  await dialog.getByRole('radio', { name: format }).check();
  if (dismissed) await dialog.getByRole('radio', { name: dismissed }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = await download;
  return { file, bytes: await readFile(await file.path()) };
}

/** The few browser globals the progress recorder needs. */
interface BrowserGlobals {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
  exportProgress: string[];
}

const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test('the dialog offers the formats and the 不是问题 handling, and warns about reports not fully reviewed', async ({
  page,
  server,
}) => {
  const prepared = await prepare(server);
  const dialog = await openExportDialog(page, server, prepared);

  await expect(dialog).toContainText(`导出 ${prepared.reports.length} 份报告的审查结果`);
  const formats = dialog.getByRole('group', { name: '文件格式' });
  await expect(formats.getByRole('radio')).toHaveCount(4);
  const word = formats.getByRole('radio', { name: 'Word (.docx)' });
  await expect(word).toBeChecked();
  await expect(word).toHaveAccessibleDescription('审查意见正文，可打印');
  await expect(formats.getByRole('radio', { name: 'Excel (.xlsx)' })).toHaveAccessibleDescription(
    '问题清单 + 全部单元格数据',
  );
  await expect(formats.getByRole('radio', { name: 'Markdown (.md)' })).toBeVisible();
  await expect(formats.getByRole('radio', { name: 'CSV (.csv)' })).toHaveAccessibleDescription(
    /每条问题一行/,
  );

  const dismissedGroup = dialog.getByRole('group', { name: '已认定“不是问题”的条目' });
  await expect(dismissedGroup.getByRole('radio', { name: '单独列出（附理由）' })).toBeChecked();
  await expect(dismissedGroup.getByRole('radio', { name: '不列出' })).not.toBeChecked();

  expect(prepared.unreviewed).toBeGreaterThan(0);
  await expect(
    dialog.getByText(
      `其中 ${prepared.unreviewed} 份报告尚未标记“审查完毕”，导出文件中会注明。`,
    ),
  ).toBeVisible();
  await expect(dialog.getByText('导出只生成文件，不会改动报告库。')).toBeVisible();

  // The format group is one tab stop; arrows move the choice.
  await expect(word).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(formats.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeChecked();
  await expect(formats.getByRole('radio', { name: 'Excel (.xlsx)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dismissedGroup.getByRole('radio', { name: '单独列出（附理由）' })).toBeFocused();

  // Esc cancels without exporting.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toHaveCount(0);
});

test('from the review screen the export covers the open report', async ({ page, server }) => {
  const prepared = await prepare(server);
  const library = new LibraryPage(page);
  await library.goto(server.url);
  await library.openReport('洪泽区');
  await new ReviewPage(page).waitRendered();
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog).toContainText('导出 1 份报告的审查结果');
  await expect(
    dialog.getByText('这份报告尚未标记“审查完毕”，导出文件中会注明。'),
  ).toBeVisible();
  const { bytes } = await exportWith(page, dialog, 'Markdown (.md)');
  const text = bytes.toString('utf8');
  expect(text).toContain(prepared.hongze.agency);
  expect(text).toContain('尚未标记“审查完毕”');
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toContainText(
    '其中 1 份报告尚未标记“审查完毕”',
  );
});

test('Word: Enter exports a .docx holding the reviewed bodies', async ({ page, server }) => {
  const prepared = await prepare(server);
  const dialog = await openExportDialog(page, server, prepared);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  const bytes = await readFile(await file.path());

  expect(file.suggestedFilename()).toBe(`年报审查意见_${today()}.docx`);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
  expect(xml).toContain(prepared.hongze.agency);
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `已下载 年报审查意见_${today()}.docx` }),
  ).toContainText(`其中 ${prepared.unreviewed} 份报告尚未标记“审查完毕”，文件中已注明`);
});

test('Excel: a .xlsx workbook with the bodies', async ({ page, server }) => {
  const prepared = await prepare(server);
  const dialog = await openExportDialog(page, server, prepared);
  const { file, bytes } = await exportWith(page, dialog, 'Excel (.xlsx)');

  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const zip = await JSZip.loadAsync(bytes);
  const strings = await zip.file('xl/sharedStrings.xml')?.async('string');
  const sheets = await Promise.all(
    zip.file(/^xl\/worksheets\/.*\.xml$/).map((entry) => entry.async('string')),
  );
  expect(`${strings ?? ''}${sheets.join('')}`).toContain(prepared.hongze.agency);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toContainText('.xlsx');
});

test('CSV: one row per finding', async ({ page, server }) => {
  const prepared = await prepare(server);
  const dialog = await openExportDialog(page, server, prepared);
  const { file, bytes } = await exportWith(page, dialog, 'CSV (.csv)');

  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = bytes.toString('utf8');
  expect(text).toContain(prepared.hongze.agency);
  expect(text).toContain(prepared.pendingMessage);
  await expect(page.getByRole('status').filter({ hasText: '已下载' })).toContainText('.csv');
});

test('Markdown: 不是问题 listed apart with the reason, or left out', async ({ page, server }) => {
  const prepared = await prepare(server);
  let dialog = await openExportDialog(page, server, prepared);
  const separate = await exportWith(page, dialog, 'Markdown (.md)');
  expect(separate.file.suggestedFilename()).toMatch(/\.md$/);
  const listed = separate.bytes.toString('utf8');
  expect(listed).toContain(prepared.hongze.agency);
  expect(listed).toContain(prepared.pendingMessage);
  expect(listed).toContain(prepared.dismissedMessage);
  expect(listed).toContain(dismissReason);
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '导出', exact: true }).click();
  dialog = page.getByRole('dialog', { name: '导出' });
  const omitted = (await exportWith(page, dialog, 'Markdown (.md)', '不列出')).bytes.toString('utf8');
  expect(omitted).toContain(prepared.pendingMessage);
  expect(omitted).not.toContain(dismissReason);
  expect(omitted).not.toContain(prepared.dismissedMessage);
  expect(omitted).toContain('按导出设置未列出');
});

test('shows the progress of a larger batch, with the controls locked', async ({ page, freshServer }) => {
  // 150 reports: the seeds, each copied under a body of its own (the same body and year would be one
  // report in several versions).
  const seeds = await Promise.all(seedFiles.map((file) => readFile(file, 'utf8')));
  const agencies = ['烟台市芝罘区商务局', '芝罘区行政审批服务局', '城步苗族自治县商务局', '眉山市经济和信息化局', '老城区商务和工业信息化局'];
  const copies = Array.from({ length: batchSize }, (_, index) => {
    const agency = agencies[index % seeds.length] as string;
    const text = (seeds[index % seeds.length] as string).replaceAll(agency, `${agency}第${index + 1}分局`);
    return { name: `副本${String(index + 1).padStart(3, '0')}.txt`, base64: Buffer.from(text).toString('base64') };
  });
  for (let start = 0; start < copies.length; start += 25)
    await call(freshServer, 'library.import', {
      files: copies.slice(start, start + 25),
      batchId: `copies-${start}`,
    });
  // One row per report: a report's later versions are not rows of their own.
  const readable = (await call<ReportSummary[]>(freshServer, 'library.list', {})).filter(
    (report) => report.error === null && !report.versionOf,
  ).length;
  expect(readable).toBeGreaterThan(100);

  // Everything the progress bar said, in order.
  await page.addInitScript(() => {
    // Runs in the page; this project compiles tests without the DOM library.
    const browser = globalThis as unknown as BrowserGlobals;
    const seen: string[] = [];
    browser.exportProgress = seen;
    new browser.MutationObserver(() => {
      const text = browser.document
        .querySelector('[role="progressbar"][aria-label="导出进度"]')
        ?.getAttribute('aria-valuetext');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(browser.document, { subtree: true, childList: true, attributes: true });
  });
  // The answer is held back until the test has looked at the running export.
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/invoke/export.reports', async (route) => {
    const response = await route.fetch();
    await released;
    await route.fulfill({ response });
  });

  const library = new LibraryPage(page);
  await library.goto(freshServer.url);
  await expect(library.reportTable).toHaveAttribute('data-count', String(readable));
  await library.exportButton.click();
  const dialog = page.getByRole('dialog', { name: '导出' });
  await expect(dialog).toContainText(`导出 ${readable} 份报告的审查结果`);
  const download = page.waitForEvent('download');
  await dialog.getByRole('radio', { name: 'CSV (.csv)' }).check();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const bar = dialog.getByRole('progressbar', { name: '导出进度' });
  await expect(bar).toHaveAttribute('aria-valuetext', '正在生成文件…');
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(dialog.getByText('正在生成文件…')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '导出', exact: true })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'Word (.docx)' })).toBeDisabled();
  // Esc does not abandon a running export.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  release();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(dialog).toBeHidden();
  const seen = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).exportProgress);
  // The reports are counted as they are read (a count short of all of them was shown, and no count went back),
  // then the file is written. How many counts are shown depends on how fast the reports are read: updates
  // that reach the page together are shown once, so more than one cannot be asked for.
  const counts = seen.flatMap((text) => {
    const match = new RegExp(`^正在读取报告 (\\d+)/${readable}$`).exec(text);
    return match ? [Number(match[1])] : [];
  });
  expect(counts.some((done) => done < readable), seen.join(' → ')).toBe(true);
  expect(counts, seen.join(' → ')).toEqual([...counts].sort((a, b) => a - b));
  expect(seen.at(-1)).toBe('正在生成文件…');
});
