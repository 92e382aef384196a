// Reading back a per-report file: parsed, migrated and validated; a damaged file is moved, content
// untouched, to the library's damaged/ folder and reported, so the rest of the library keeps working.
import { mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readOptionalFile } from './atomic-file';
import type { DataPaths } from './data-paths';
import { errorCode, StorageWriteError } from './storage-errors';
import { storageMessages } from './storage-messages';
import { readBack, type Migration } from './versioned-file';

/** A per-report file that cannot be used; `message` is the Chinese text shown with the report. */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

export interface CheckedFile<T> {
  schema: z.ZodType<T>;
  migrations: Migration[];
  /** The Chinese message for a damaged file, given where it was set aside ("damaged/reports-<id>.json"). */
  damaged(setAside: string): string;
}

/** Moves the file into damaged/ under a name no other damaged file has; returns that name, relative to the library. */
async function setAside(paths: DataPaths, path: string): Promise<string> {
  await mkdir(paths.damagedDir, { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw StorageWriteError.wrap(error);
  });
  const name = `${basename(dirname(path))}-${basename(path, '.json')}-${Date.now()}.json`;
  try {
    await rename(path, join(paths.damagedDir, name));
  } catch (error) {
    // A read running at the same time has set it aside already.
    if (errorCode(error) === 'ENOENT') return 'damaged';
    throw StorageWriteError.wrap(error);
  }
  return `damaged/${name}`;
}

/** The file's checked content, or null when it does not exist. Throws UnreadableFileError for bad content. */
export async function readChecked<T>(
  paths: DataPaths,
  path: string,
  file: CheckedFile<T>,
): Promise<T | null> {
  const bytes = await readOptionalFile(path);
  if (bytes === null) return null;
  const result = readBack(bytes.toString('utf8'), file.schema, file.migrations);
  if (result.kind === 'ok') return result.value;
  if (result.kind === 'newer') throw new UnreadableFileError(path, storageMessages.fileNewer);
  console.error(`[storage] ${path} is damaged (${result.reason}); setting it aside`);
  const where = await setAside(paths, path);
  return Promise.reject(new UnreadableFileError(path, file.damaged(where)));
}
