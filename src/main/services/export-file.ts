// Saving an export in the desktop app (Electron-free, so it is unit tested): the proposed name, the
// save dialog's filter and an atomic write that never leaves a partial file at the chosen path.
import path from 'node:path';
import type { ExportFormat, Result } from '../../shared/ipc-contract';
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

/** Some save dialogs (GTK) do not add the extension: a name typed without one gets the format's. */
export function withExportExtension(filePath: string, format: ExportFormat): string {
  return path.extname(path.basename(filePath)) === '' ? `${filePath}.${format}` : filePath;
}

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : '';
  return (
    messages.exportSaveReasons[code] ?? (code || (error instanceof Error ? error.message : String(error)))
  );
}

/** Writes the file through a temporary file in the same folder and a rename; on failure nothing is left behind. */
export async function saveExportFile(filePath: string, bytes: Uint8Array): Promise<Result<string>> {
  try {
    await writeFileAtomic(filePath, bytes);
    return ok(filePath);
  } catch (error) {
    return fail('write_failed', messages.exportSaveFailed(filePath, reasonOf(error)));
  }
}
