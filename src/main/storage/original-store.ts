// originals/<sha256>: the files exactly as imported, never modified.
import { mkdir, stat } from 'node:fs/promises';
import { readOptionalFile, removeFile, writeFileAtomic, type WriteFileSystem } from './atomic-file';
import { originalPath, type DataPaths } from './data-paths';
import { privateFileMode } from './durable-json-file';

export interface OriginalStore {
  /** Copies the bytes in unless a file of that hash is already there. */
  keep(sha256: string, bytes: Uint8Array): Promise<void>;
  read(sha256: string): Promise<Buffer | null>;
  /** True when the original of that hash is in the library (without reading it). */
  has(sha256: string): Promise<boolean>;
  remove(sha256: string): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  return info !== null;
}

export async function createOriginalStore(paths: DataPaths, fs?: WriteFileSystem): Promise<OriginalStore> {
  await mkdir(paths.originalsDir, { recursive: true, mode: 0o700 });
  return {
    async keep(sha256, bytes) {
      const path = originalPath(paths, sha256);
      if (!(await exists(path))) await writeFileAtomic(path, bytes, { mode: privateFileMode, fs });
    },
    read: (sha256) => readOptionalFile(originalPath(paths, sha256)),
    has: (sha256) => exists(originalPath(paths, sha256)),
    remove: (sha256) => removeFile(originalPath(paths, sha256), fs),
  };
}
