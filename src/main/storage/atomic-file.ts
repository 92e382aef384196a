// Whole-file writes that never leave a half-written file behind, and survive a power cut: write a
// temporary file, fsync it, rename it over the target, then fsync the folder so the rename itself is
// on disk. Failures of the file system become a StorageWriteError (Chinese reason, no temp path).
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { jsonBytes } from './json-bytes';
import { errorCode, StorageWriteError } from './storage-errors';

/** The file-system calls a write makes; passed in by tests to inject failures (full disk, read-only folder). */
export interface WriteFileSystem {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

export const nodeFileSystem: WriteFileSystem = { open: nodeFs.open, rename: nodeFs.rename, rm: nodeFs.rm };

export interface WriteOptions {
  /** Permission bits of the new file (POSIX); 0o600 for library files. Default: 0o666 less the umask. */
  mode?: number;
  /** Modification time to give the file (atomically, before the rename); default: when it was written. */
  mtime?: Date;
  fs?: WriteFileSystem;
}

const retriedRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);
const isWindows = process.platform === 'win32';

/** Temp files are ".<name>.<random>.tmp" (ours) or ".<name>.tmp" (steno's); leftovers are removed on open. */
export const isTempFileName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** Windows virus scanners briefly lock fresh files: retry the rename a few times, as steno does. */
async function renameWithRetry(fs: WriteFileSystem, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (!isWindows || attempt >= 10 || !retriedRenameCodes.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** File systems that cannot fsync a folder (some network and FUSE mounts) say so with one of these. */
const unsupportedSyncCodes = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EPERM', 'EBADF']);

/** Makes a rename in `dir` durable. Windows cannot open a folder for fsync (NTFS journals the rename). */
async function syncDirectory(fs: WriteFileSystem, dir: string): Promise<void> {
  if (isWindows) return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (!unsupportedSyncCodes.has(errorCode(error) ?? '')) throw error;
  }
}

export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  { mode = 0o666, mtime, fs = nodeFileSystem }: WriteOptions = {},
): Promise<void> {
  // A unique temp name, so concurrent writers never share a temp file.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      if (mtime) await handle.utimes(mtime, mtime);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw StorageWriteError.wrap(error);
  }
  // The new file is complete and in place; a failure here only means it may not yet be on disk.
  await syncDirectory(fs, dirname(path)).catch((error: unknown) => {
    throw StorageWriteError.wrap(error);
  });
}

export const writeJsonAtomic = (path: string, value: unknown, options?: WriteOptions): Promise<void> =>
  writeFileAtomic(path, jsonBytes(value), options);

/** The parsed file, or null when it does not exist. A file that does not parse is a bug or damage: it throws. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readOptionalFile(path);
  return text === null ? null : (JSON.parse(text.toString('utf8')) as unknown);
}

export async function readOptionalFile(path: string): Promise<Buffer | null> {
  try {
    return await nodeFs.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

export async function removeFile(path: string, fs: WriteFileSystem = nodeFileSystem): Promise<void> {
  await fs.rm(path, { force: true }).catch((error: unknown) => {
    throw StorageWriteError.wrap(error);
  });
}
