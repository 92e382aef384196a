// The file `nianbao review` writes. Its folder is checked before any work (a batch can take minutes),
// and the file is saved as the desktop app saves it: a temporary file in the same folder, then a rename.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { saveExportFile, saveFailureMessage } from '../main/services/export-file';
import { cliMessages } from './messages';

/** Why the file could not be written there (Chinese, naming the path), or null. Creates nothing. */
export async function outputProblem(outPath: string): Promise<string | null> {
  const existing = await stat(outPath).catch(() => null);
  if (existing?.isDirectory()) return cliMessages.review.outIsDirectory(outPath);
  const folder = path.dirname(outPath);
  try {
    if (!(await stat(folder)).isDirectory()) return saveFailureMessage(outPath, { code: 'ENOTDIR' });
    await access(folder, constants.W_OK);
    return null;
  } catch (error) {
    return saveFailureMessage(outPath, error);
  }
}

/** Null when written; otherwise the Chinese reason. A failed write leaves no file behind. */
export async function writeOutput(outPath: string, base64: string): Promise<string | null> {
  const saved = await saveExportFile(outPath, Buffer.from(base64, 'base64'));
  return saved.ok ? null : saved.error.message;
}
