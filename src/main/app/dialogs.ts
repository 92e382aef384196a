// Native dialogs: main chooses the files itself, so the renderer never handles paths. Electron's
// dialog module is passed in (tests pass a stand-in).
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ImportFile, ImportOutcome, Result } from '../../shared/ipc-contract';
import { MAX_FILE_BYTES, importExtensions, importFormats, tooLargeMessage } from '../../shared/file-formats';
import {
  defaultExportName,
  exportFilters,
  replacesUnconfirmedFile,
  saveExportFile,
  withExportExtension,
} from '../services/export-file';
import { messages } from '../services/messages';
import type { HandlerContext, ServiceHandlers } from '../services/service-handlers';

const importFilters = [
  { name: '年报文件', extensions: [...importExtensions] },
  ...importFormats.map(({ label, extensions }) => ({ name: label, extensions: [...extensions] })),
];

const failed = (fileName: string, error: string): ImportOutcome => ({
  fileName,
  status: 'failed',
  reportId: null,
  error,
});

/** The files as the import request carries them; unreadable or too large files are refused here, by name. */
export async function readReportFiles(filePaths: readonly string[]): Promise<{ files: ImportFile[]; refused: ImportOutcome[] }> {
  const files: ImportFile[] = [];
  const refused: ImportOutcome[] = [];
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    try {
      const { size } = await stat(filePath);
      if (size > MAX_FILE_BYTES) {
        refused.push(failed(name, `${name}：${tooLargeMessage(size)}`));
        continue;
      }
      files.push({ name, base64: (await readFile(filePath)).toString('base64') });
    } catch (error) {
      refused.push(
        failed(name, `${name}：无法读取文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`),
      );
    }
  }
  return { files, refused };
}

/** The report files the reviewer picks in the native dialog (none when cancelled). */
export async function chooseReportFiles(dialog: Pick<Dialog, 'showOpenDialog'>, window: BrowserWindow | null): Promise<string[]> {
  const options: OpenDialogOptions = {
    title: '导入报告',
    buttonLabel: '导入',
    properties: ['openFile', 'multiSelections'],
    filters: importFilters,
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? [] : choice.filePaths;
}

/** The renderer's 导入报告 on the desktop: the dialog, then the import (progress is pushed); the renderer shows every outcome. */
export async function importReportsWithDialog(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: BrowserWindow | null,
  importReports: ServiceHandlers['library.import'],
  context: HandlerContext,
): Promise<Result<ImportOutcome[]>> {
  const { files, refused } = await readReportFiles(await chooseReportFiles(dialog, window));
  if (files.length === 0) return { ok: true, value: refused };
  const result = await importReports({ files, batchId: randomBytes(8).toString('hex') }, context);
  return result.ok ? { ok: true, value: [...result.value, ...refused] } : result;
}

/**
 * Imports main starts itself (menu, files given at launch). The renderer follows the services' progress
 * events; what never reached the services (unreadable, too large) or a failed batch is shown here.
 */
export async function importFromMain(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: BrowserWindow | null,
  filePaths: readonly string[],
  importReports: ServiceHandlers['library.import'],
  context: HandlerContext,
): Promise<void> {
  const { files, refused } = await readReportFiles(filePaths);
  const result = files.length > 0 ? await importReports({ files, batchId: randomBytes(8).toString('hex') }, context) : null;
  const problems = [...(result && !result.ok ? [result.error.message] : []), ...refused.map((outcome) => outcome.error ?? outcome.fileName)];
  if (problems.length === 0) return;
  const options: MessageBoxOptions = { type: 'warning', title: '导入报告', message: '部分文件未能导入', detail: problems.join('\n') };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

const cancelled = { ok: false, error: { code: 'cancelled', message: messages.exportCancelled } } as const;

/**
 * Desktop export: main asks where to save first (nothing is built when the reviewer cancels), then the
 * service builds the file (its progress is pushed) and main writes it atomically. The bytes stay in main.
 */
export function withSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>,
  exportReports: ServiceHandlers['export.reports'],
  getWindow: () => BrowserWindow | null,
): ServiceHandlers['export.reports'] {
  return async (request, context) => {
    const options: SaveDialogOptions = {
      title: '导出审查意见',
      buttonLabel: '保存',
      defaultPath: defaultExportName(request.format),
      filters: [exportFilters[request.format]],
    };
    const window = getWindow();
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return cancelled;
    const filePath = withExportExtension(choice.filePath, request.format);
    if (await replacesUnconfirmedFile(choice.filePath, filePath)) {
      const question: MessageBoxOptions = {
        type: 'warning',
        title: options.title,
        message: `“${path.basename(filePath)}”已存在，要替换它吗？`,
        buttons: ['替换', '取消'],
        defaultId: 1,
        cancelId: 1,
      };
      const answer = window
        ? await dialog.showMessageBox(window, question)
        : await dialog.showMessageBox(question);
      if (answer.response !== 0) return cancelled;
    }
    const result = await exportReports(request, context);
    if (!result.ok) return result;
    const saved = await saveExportFile(filePath, Buffer.from(result.value.base64, 'base64'));
    if (!saved.ok) return saved;
    return { ok: true, value: { ...result.value, base64: '', savedTo: saved.value } };
  };
}
