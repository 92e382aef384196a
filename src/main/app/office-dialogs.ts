// Desktop saving of the notices (a folder, or one zip) and of the 汇总's Word/Excel file and chart PNGs:
// main asks where first (nothing is built when the reviewer cancels), builds, then writes itself.
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ExportedFile, Result } from '../../shared/ipc-contract';
import { saveExportFile } from '../services/export-file';
import { messages } from '../services/messages';
import { saveNoticesFolder } from '../services/notice-folder';
import type { HandlerContext, ServiceHandlers } from '../services/service-handlers';

const cancelled = { ok: false, error: { code: 'cancelled', message: messages.exportCancelled } } as const;

async function askSavePath(window: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export function withNoticesDialog(
  exportNotices: ServiceHandlers['export.notices'],
  getWindow: () => BrowserWindow | null,
): ServiceHandlers['export.notices'] {
  return async (request, context) => {
    const window = getWindow();
    if (request.packaging === 'folder') {
      const options: OpenDialogOptions = {
        title: '选择保存审查意见书的文件夹',
        buttonLabel: '保存到此处',
        properties: ['openDirectory', 'createDirectory'],
      };
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const parent = choice.canceled ? undefined : choice.filePaths[0];
      if (!parent) return cancelled;
      const result = await exportNotices(request, context);
      if (!result.ok) return result;
      const saved = await saveNoticesFolder(parent, result.value);
      if (!saved.ok) return saved;
      return { ok: true, value: { ...result.value, files: undefined, savedTo: saved.value } };
    }
    const filePath = await askSavePath(window, {
      title: '保存审查意见书',
      buttonLabel: '保存',
      defaultPath: `${messages.noticesFolderName(new Date().toISOString().slice(0, 10))}.zip`,
      filters: [{ name: 'ZIP 压缩包', extensions: ['zip'] }],
    });
    if (!filePath) return cancelled;
    const result = await exportNotices(request, context);
    if (!result.ok) return result;
    const saved = await saveExportFile(filePath, Buffer.from(result.value.base64, 'base64'));
    if (!saved.ok) return saved;
    return { ok: true, value: { ...result.value, base64: '', savedTo: saved.value } };
  };
}

/** A service that builds one file (汇总 Word/Excel, a chart's PNG): saved where the reviewer says. */
export function withFileSaveDialog<R>(
  build: (request: R, context: HandlerContext) => Promise<Result<ExportedFile>>,
  getWindow: () => BrowserWindow | null,
  describe: (request: R) => { title: string; extension: string; filterName: string },
): (request: R, context: HandlerContext) => Promise<Result<ExportedFile>> {
  return async (request, context) => {
    // The name is only known once built; the file is built first, then the reviewer picks the place.
    const result = await build(request, context);
    if (!result.ok) return result;
    const { title, extension, filterName } = describe(request);
    const filePath = await askSavePath(getWindow(), {
      title,
      buttonLabel: '保存',
      defaultPath: result.value.fileName,
      filters: [{ name: filterName, extensions: [extension] }],
    });
    if (!filePath) return cancelled;
    const saved = await saveExportFile(filePath, Buffer.from(result.value.base64, 'base64'));
    if (!saved.ok) return saved;
    return { ok: true, value: { ...result.value, base64: '', savedTo: saved.value } };
  };
}
