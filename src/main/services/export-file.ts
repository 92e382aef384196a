// Saving an export in the desktop app (Electron-free, so it is unit tested): the proposed name, the
// save dialog's filter and an atomic write that never leaves a partial file at the chosen path.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { exportFormats, type ExportFormat, type Result } from '../../shared/ipc-contract';
import { writeFileAtomic } from '../storage/atomic-file';
import { localDate } from './export/report-view';
import { messages } from './messages';
import { fail, ok } from './result';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export const exportFilters: Record<ExportFormat, FileFilter> = {
  docx: { name: 'Word 文档', extensions: ['docx'] },
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  md: { name: 'Markdown 文本', extensions: ['md'] },
  csv: { name: 'CSV 表格', extensions: ['csv'] },
};

/** The name the service gives the file (年报审查意见_YYYY-MM-DD.ext), proposed before it is built. */
export const defaultExportName = (format: ExportFormat, now: Date = new Date()): string =>
  messages.exportFileName(localDate(now), format);

/** The export format a file name's extension names ("意见.XLSX" → xlsx); undefined for any other. */
export function exportFormatOf(filePath: string): ExportFormat | undefined {
  const extension = path.extname(path.basename(filePath)).slice(1).toLowerCase();
  return exportFormats.find((format) => format === extension);
}

/**
 * The path the file is written to: a name typed without the format's extension gets it (some save dialogs,
 * GTK among them, do not add it); another export format's extension is replaced, so Word bytes never end
 * up in "意见.xlsx".
 */
export function withExportExtension(filePath: string, format: ExportFormat): string {
  const named = exportFormatOf(filePath);
  if (named === format) return filePath;
  const extension = path.extname(path.basename(filePath));
  return `${named ? filePath.slice(0, -extension.length) : filePath}.${format}`;
}

/** True when the extension changed the chosen path and the new one exists: the dialog did not ask about it. */
export async function replacesUnconfirmedFile(chosenPath: string, finalPath: string): Promise<boolean> {
  if (finalPath === chosenPath) return false;
  return access(finalPath).then(
    () => true,
    () => false,
  );
}

/** Why the file could not be saved at that path, in Chinese and naming the path. */
export function saveFailureMessage(filePath: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    (code && messages.exportSaveReasons[code]) ?? messages.exportSaveOtherReason(code ?? String(error));
  return messages.exportSaveFailed(filePath, reason);
}

/** Writes the file through a temporary file in the same folder and a rename; on failure nothing is left behind. */
export async function saveExportFile(filePath: string, bytes: Uint8Array): Promise<Result<string>> {
  try {
    await writeFileAtomic(filePath, bytes);
    return ok(filePath);
  } catch (error) {
    return fail('write_failed', saveFailureMessage(filePath, error));
  }
}
