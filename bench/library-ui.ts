// The library benchmark's view from the reviewer's seat: Debian's Chromium against `nianbao serve` on
// the benchmark library, timing what the reviewer waits for (library shown, report opened, decision saved).
import { chromium, type Page } from '@playwright/test';
import { startServe } from '../tests/e2e/support/serve';

export interface UiTiming {
  label: string;
  samples: number[];
}

/** In the page: clicks `clickSelector` and resolves with the milliseconds until `doneSelector` matches (no driver overhead). */
const timeInPage = (page: Page, clickSelector: string, doneSelector: string): Promise<number> =>
  page.evaluate(
    ([click, done]) =>
      new Promise<number>((resolve, reject) => {
        // Runs in the browser; the project compiles tests without the DOM library.
        const doc = (globalThis as unknown as { document: BrowserDocument }).document;
        const target = doc.querySelector(click);
        if (!target) return reject(new Error(`not found: ${click}`));
        const Observer = (globalThis as unknown as { MutationObserver: BrowserObserverClass }).MutationObserver;
        const start = performance.now();
        const observer = new Observer(() => {
          if (!doc.querySelector(done)) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(doc.body, { attributes: true, childList: true, subtree: true });
        target.click();
      }),
    [clickSelector, doneSelector] as const,
  );

interface BrowserDocument {
  querySelector(selector: string): { click(): void } | null;
  body: unknown;
}
type BrowserObserverClass = new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function measureUi(dataDir: string, reportCount: number, runs: number): Promise<UiTiming[]> {
  const server = await startServe(dataDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const show: number[] = [];
  const open: number[] = [];
  const save: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await page.locator('#root[data-ready="true"]').waitFor();
    const table = page.getByRole('table', { name: '报告列表' });
    for (let run = 0; run < runs; run++) {
      // Show the library: from navigation to every report counted in the table.
      const start = performance.now();
      await page.reload();
      await page.locator(`[aria-label="报告列表"][data-count="${reportCount}"]`).waitFor();
      show.push(performance.now() - start);

      // Open a report: from the click to the tables and findings ready.
      const reportId = await table.locator('[data-report-id]').nth((run * 37) % 20).getAttribute('data-report-id');
      open.push(await timeInPage(page, `[data-report-id="${reportId}"] [data-action="open"]`, '.review[data-state="ready"]'));

      // Save a decision on the first finding: from the click to the saved state shown in the list.
      const finding = page.getByRole('listbox', { name: '问题清单' }).getByRole('option').first();
      await finding.click();
      const findingId = await finding.getAttribute('data-finding-id');
      const current = await finding.getAttribute('data-status');
      const status = current === 'confirmed' ? 'dismissed' : 'confirmed';
      // The app may move on to the next finding after a decision: wait on the decided one by its id.
      save.push(await timeInPage(page, `[data-decision="${status}"]`, `[role="option"][data-finding-id="${findingId}"][data-status="${status}"]`));
      await page.getByRole('button', { name: '返回', exact: true }).click();
      await page.locator('#root[data-ready="true"]').waitFor();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return [
    { label: '界面：显示审查库', samples: show },
    { label: '界面：打开报告', samples: open },
    { label: '界面：保存审查结论', samples: save },
  ];
}
