// The data folder as a whole: made private, cleared of what an interrupted write left behind, and
// asked which per-report files changed after library.json was last written (their summary counts
// in library.json may then be stale).
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportId } from '../../shared/ipc-contract';
import { isTempFileName } from './atomic-file';
import type { DataPaths } from './data-paths';
import { isReportId } from './report-id';
import { errorCode, LibraryFolderError } from './storage-errors';

export const privateDirMode = 0o700;
const isPosix = process.platform !== 'win32';

const folders = (paths: DataPaths): string[] => [paths.reportsDir, paths.reviewsDir, paths.originalsDir];

async function namesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  });
}

/**
 * Creates the folder (0700) when it is missing; an existing library's own subfolders are made 0700 too
 * (the data folder itself is left as the user set it, unless this creates it). Windows: ACLs of the
 * user profile apply, nothing to do.
 */
export async function makeLibraryFolder(paths: DataPaths): Promise<void> {
  try {
    const created = (await mkdir(paths.root, { recursive: true, mode: privateDirMode })) !== undefined;
    if (!isPosix) return;
    if (created) await chmod(paths.root, privateDirMode);
    for (const dir of [...folders(paths), paths.damagedDir]) {
      await chmod(dir, privateDirMode).catch((error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  } catch (error) {
    throw new LibraryFolderError(paths.root, error);
  }
}

/** Temp files of writes a crash or power cut interrupted: never part of the library. Call with the lock held. */
export async function removeLeftoverTempFiles(paths: DataPaths): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of [paths.root, ...folders(paths)]) {
    for (const name of await namesIn(dir)) {
      if (!isTempFileName(name)) continue;
      await rm(join(dir, name), { force: true, recursive: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}

/**
 * File systems stamp mtimes from a coarse clock (a kernel tick; 2 s on FAT): a file written just after
 * library.json's snapshot may carry an older stamp. Files this close before it are counted again too.
 */
const clockSlackMs = 3_000;

/**
 * Reports whose reports/<id>.json or reviews/<id>.json may have been written after the summary counts in
 * library.json were taken (library.json's mtime is that moment, see DurableJsonFile): what a crash may
 * have left ahead of the counts. One stat per file, no reads.
 */
export async function reportsChangedSince(
  paths: DataPaths,
  sinceMs: number,
): Promise<{ reports: Set<ReportId>; reviews: Set<ReportId> }> {
  const changedIn = async (dir: string): Promise<Set<ReportId>> => {
    const ids = new Set<ReportId>();
    const names = (await namesIn(dir)).filter((name) => name.endsWith('.json'));
    const infos = await Promise.all(names.map((name) => stat(join(dir, name)).catch(() => null)));
    names.forEach((name, index) => {
      const id = name.slice(0, -'.json'.length);
      const info = infos[index];
      if (info && info.mtimeMs >= sinceMs - clockSlackMs && isReportId(id)) ids.add(id);
    });
    return ids;
  };
  const [reports, reviews] = await Promise.all([changedIn(paths.reportsDir), changedIn(paths.reviewsDir)]);
  return { reports, reviews };
}

export const modifiedAtMs = async (path: string): Promise<number> => (await stat(path)).mtimeMs;
