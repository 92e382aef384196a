// Saving the notices in the desktop app (Electron-free, so it is unit tested): a new folder inside the one
// the reviewer chose ("年报审查意见_2025-03-10", then "… (2)"), never mixed with or replacing older files;
// each file written atomically. A failure names the path in Chinese.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { NoticesExported, Result } from '../../shared/ipc-contract';
import { saveExportFile, saveFailureMessage } from './export-file';
import { fail, ok } from './result';

async function newFolder(parent: string, name: string): Promise<string> {
  for (let copy = 1; ; copy += 1) {
    const folder = path.join(parent, copy === 1 ? name : `${name} (${copy})`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || copy >= 999) throw error;
    }
  }
}

/** Writes the notices into a new folder under `parent`; the folder's path, or the reason it failed. */
export async function saveNoticesFolder(parent: string, exported: NoticesExported): Promise<Result<string>> {
  let folder: string;
  try {
    folder = await newFolder(parent, exported.fileName);
  } catch (error) {
    return fail('write_failed', saveFailureMessage(path.join(parent, exported.fileName), error));
  }
  for (const file of exported.files ?? []) {
    const saved = await saveExportFile(path.join(folder, file.name), Buffer.from(file.base64, 'base64'));
    if (!saved.ok) return saved;
  }
  return ok(folder);
}
