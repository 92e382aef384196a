// The desktop app end to end (Electron + preload + IPC): import through the (stubbed) native dialog,
// review a PDF, export through the (stubbed) save dialog, and find the review again after a restart.
// Runs only where an Electron binary exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { corruptFileName, hongze2023Pdf, makeCorruptPdf, seedFiles } from './support/files';
import { LibraryPage } from './support/library-page';
import { ReviewPage } from './support/review-page';
import { projectRoot } from './support/serve';

const electronAvailable =
  Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH) ||
  existsSync(path.join(projectRoot, 'node_modules/electron/dist'));
const skipReason =
  '跳过 Electron 端到端测试：本机没有 Electron 可执行文件（设置 ELECTRON_OVERRIDE_DIST_PATH 可运行）';
const reviewFinding = /^表四 行政复议 · 总计 为 0/;
const comment = '总计应为 11。';

async function launch(userDataDir: string): Promise<ElectronApplication> {
  // Containers usually run as root, where Chromium refuses its OS sandbox; the renderer sandbox stays on.
  const switches = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    args: [...switches, projectRoot],
    cwd: projectRoot,
    env: { ...process.env, NIANBAO_USER_DATA_DIR: userDataDir },
  });
}

test.describe('desktop app (Electron)', () => {
  test.beforeAll(() => {
    if (!electronAvailable) return;
    const build = spawnSync(
      process.execPath,
      [path.join(projectRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      { cwd: projectRoot, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('electron-vite build 失败');
  });

  test('imports, reviews and exports in the desktop window', async () => {
    if (!electronAvailable) {
      console.log(skipReason);
      test.skip(true, skipReason);
      return;
    }
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'nianbao-electron-'));
    const exportPath = path.join(userDataDir, '审查结果.docx');
    let app = await launch(userDataDir);
    try {
      let page = await app.firstWindow();
      const library = new LibraryPage(page);
      await library.waitReady();
      expect(await page.evaluate(() => (globalThis as { api?: { platform?: string } }).api?.platform)).toBe(
        'desktop',
      );
      // Served by the app's own scheme, never from file:// (the fuses take file:// privileges away).
      expect(page.url()).toBe('nianbao://app/index.html');

      // The native dialogs are stubbed in main; everything after them is the real app.
      const files = [...seedFiles, hongze2023Pdf, makeCorruptPdf()];
      await app.evaluate(
        ({ dialog }, [chosen, savePath]) => {
          dialog.showOpenDialog = (async () => ({
            canceled: false,
            filePaths: chosen,
          })) as unknown as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async () => ({
            canceled: false,
            filePath: savePath,
          })) as unknown as typeof dialog.showSaveDialog;
        },
        [files, exportPath] as const,
      );

      await library.importButton.click();
      await expect(library.reportTable).toHaveAttribute('data-count', String(seedFiles.length + 1));
      await expect(library.failedSection).toContainText(corruptFileName);

      await library.openReport('洪泽区');
      const review = new ReviewPage(page);
      await review.waitRendered();
      await review.finding(reviewFinding).click();
      await expect(review.pdfPage(4).locator('[data-source-box="4"]')).toHaveCount(5);
      await review.commentBox.fill(comment);
      await review.confirmButton.click();
      await review.answerReviewerName('桌面审查员');
      await expect(review.finding(reviewFinding)).toHaveAttribute('data-status', 'confirmed');
      await review.correctCell('表四 行政复议 · 总计', '11');
      await expect(review.finding(reviewFinding)).toContainText('已消除');

      await page.getByRole('button', { name: '导出', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: '导出' });
      await expect(exportDialog.getByRole('radio', { name: 'Word (.docx)' })).toBeChecked();
      await exportDialog.getByRole('button', { name: '导出', exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: `已保存到 ${exportPath}` })).toBeVisible();
      await expect(exportDialog).toBeHidden();
      expect(readFileSync(exportPath).subarray(0, 2).toString('latin1')).toBe('PK');
      // Written through a temporary file and a rename: nothing else is left in the folder.
      expect(readdirSync(userDataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      // A restart on the same library finds the review as it was left.
      await app.close();
      app = await launch(userDataDir);
      page = await app.firstWindow();
      await new LibraryPage(page).waitReady();
      await new LibraryPage(page).openReport('洪泽区');
      const reopened = new ReviewPage(page);
      await reopened.waitRendered();
      await expect(reopened.finding(reviewFinding)).toHaveAttribute('data-status', 'confirmed');
    } finally {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
