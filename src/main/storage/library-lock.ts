// One writer per library: an exclusive lock on the data folder (proper-lockfile: a lock folder whose
// mtime the holder refreshes; a lock left by a crash goes stale and is taken over). Beside it, who holds
// it, so that a lock whose process is gone (kill -9, power cut) is taken over at once on this machine.
// The owner note is removed only by a clean close: finding one on open means the last run did not finish.
import * as fs from 'node:fs';
import { readFile, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { readOptionalFile, removeFile, writeJsonAtomic } from './atomic-file';
import { errorCode, LibraryFolderError, LibraryLockedError, StorageWriteError } from './storage-errors';
import { storageMessages } from './storage-messages';

export const lockDirName = 'library.lock';
export const lockOwnerFileName = 'library.lock-owner.json';

/** A holder that stops refreshing for this long (crash, frozen machine) loses the lock to the next opener. */
const staleMs = 10_000;
const updateMs = 2_000;

export interface LibraryLock {
  /** Throws StorageWriteError when the lock was lost (another process took the library over). */
  assertHeld(): void;
  /** True when the last holder did not close the library cleanly (crash, kill, a final write that failed). */
  lastRunUnfinished: boolean;
  /** `clean`: everything is written; the next opener need not look for what a crash left. */
  release(options?: { clean: boolean }): Promise<void>;
}

interface Owner {
  pid: number;
  host: string;
}

async function readOwner(dataDir: string): Promise<Owner | null> {
  try {
    const owner = JSON.parse(await readFile(join(dataDir, lockOwnerFileName), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host }
      : null;
  } catch {
    return null; // no owner written yet, or an older one half gone: only the lock's age decides then
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to another user
  }
}

const ownerIsGone = (owner: Owner | null): boolean =>
  owner !== null && owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);

export async function lockLibrary(dataDir: string): Promise<LibraryLock> {
  const lockPath = join(dataDir, lockDirName);
  let lost: StorageWriteError | null = null;
  let released = false;
  const options = {
    lockfilePath: lockPath,
    // The lock folder is private like every folder of the library.
    fs: {
      ...fs,
      mkdir: (path: string, callback: (error: Error | null) => void) => fs.mkdir(path, 0o700, callback),
    },
    realpath: false,
    stale: staleMs,
    update: updateMs,
    // Missed refreshes (a frozen machine, a busy disk): take the lock again if nobody else did.
    onCompromised: (error: Error) => {
      if (released) return;
      console.error('[storage] library lock compromised', error);
      lockfile.lock(dataDir, options).then(
        () => console.error('[storage] library lock taken again'),
        (again: unknown) => {
          console.error('[storage] library lock lost', again);
          lost = new StorageWriteError('ELOCKLOST', { message: storageMessages.libraryLost, cause: again });
        },
      );
    },
  };

  const acquire = () => lockfile.lock(dataDir, options);
  try {
    await acquire().catch(async (error: unknown) => {
      if (errorCode(error) !== 'ELOCKED') throw error;
      const owner = await readOwner(dataDir);
      if (!ownerIsGone(owner)) throw new LibraryLockedError(dataDir, owner?.pid ?? null);
      // The holder died on this machine: age its lock so proper-lockfile takes it over now.
      await utimes(lockPath, 0, 0);
      await acquire().catch((again: unknown) => {
        throw errorCode(again) === 'ELOCKED' ? new LibraryLockedError(dataDir, null) : again;
      });
    });
  } catch (error) {
    if (error instanceof LibraryLockedError) throw error;
    throw new LibraryFolderError(dataDir, error);
  }
  const ownerFile = join(dataDir, lockOwnerFileName);
  let lastRunUnfinished: boolean;
  try {
    lastRunUnfinished = (await readOptionalFile(ownerFile)) !== null;
    await writeJsonAtomic(ownerFile, { pid: process.pid, host: hostname() } satisfies Owner, { mode: 0o600 });
  } catch (error) {
    await lockfile.unlock(dataDir, { lockfilePath: lockPath, realpath: false });
    throw new LibraryFolderError(dataDir, error);
  }

  return {
    lastRunUnfinished,
    assertHeld() {
      if (lost) throw lost;
    },
    async release({ clean } = { clean: false }) {
      if (released) return;
      released = true;
      // A lost lock's owner note is the new holder's.
      if (clean && !lost) await removeFile(ownerFile);
      await lockfile.unlock(dataDir, { lockfilePath: lockPath, realpath: false }).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOTACQUIRED') throw error; // already lost or compromised
      });
    },
  };
}
