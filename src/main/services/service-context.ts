// Everything the use cases share: storage, the analyzer, the library's change queue and the clock.
import type { ReportId } from '../../shared/ipc-contract';
import type { WriteFileSystem } from '../storage/atomic-file';
import { dataPaths, type DataPaths } from '../storage/data-paths';
import { createDeferredWrite } from '../storage/deferred-write';
import { openLibraryDb, type LibraryDb } from '../storage/library-db';
import { makeLibraryFolder, removeLeftoverTempFiles } from '../storage/library-folder';
import { lockLibrary } from '../storage/library-lock';
import type { LibraryEntry } from '../storage/library-schema';
import { createOfficeStore, type OfficeStore } from '../storage/office-store';
import { createOriginalStore, type OriginalStore } from '../storage/original-store';
import { createReportStore, type ReportStore } from '../storage/report-store';
import { createReviewStore, type ReviewStore } from '../storage/review-store';
import { createSerialQueue, type Serialize } from '../storage/serial-queue';
import type { AnalyzerPool } from './analyzer-pool';

export interface ServiceContext {
  paths: DataPaths;
  db: LibraryDb;
  reports: ReportStore;
  reviews: ReviewStore;
  originals: OriginalStore;
  /** The office's notice settings and scoring rubric. */
  office: OfficeStore;
  analyzer: AnalyzerPool;
  /** Every change to the library runs through this queue, one at a time (and only while the lock is held). */
  serialize: Serialize;
  now(): Date;
  findEntry(id: ReportId): LibraryEntry | undefined;
  /**
   * Writes library.json now (a commit: an import, a deletion, the settings). When the write fails,
   * `undo` puts the in-memory data back as it was and the error goes on to the caller.
   */
  commitLibrary(undo: () => void): Promise<void>;
  /**
   * library.json after a change of summary counts only: written shortly after, coalesced. The counts are
   * derived from the per-report files, written before; opening the library and report.get repair stale counts.
   */
  scheduleLibraryWrite(): void;
  /** Writes library.json now if a deferred write is pending. */
  flushLibrary(): Promise<void>;
  /** True when the last run on this library did not close it cleanly: what it left must be checked. */
  lastRunUnfinished: boolean;
  /** Gives the library up for another process (after the last write); `clean` when everything was written. */
  releaseLibrary(options?: { clean: boolean }): Promise<void>;
}

export interface ContextOptions {
  dataDir: string;
  analyzer: AnalyzerPool;
  now?: () => Date;
  /** File-system calls of every write; tests pass failing ones in. */
  fileSystem?: WriteFileSystem;
}

/** Opens the library: the folder, the exclusive lock (LibraryLockedError when another process has it), the files. */
export async function createServiceContext({
  dataDir,
  analyzer,
  now,
  fileSystem,
}: ContextOptions): Promise<ServiceContext> {
  const paths = dataPaths(dataDir);
  await makeLibraryFolder(paths);
  const lock = await lockLibrary(dataDir);
  try {
    const removed = await removeLeftoverTempFiles(paths);
    if (removed.length > 0)
      console.error(`[storage] removed ${removed.length} unfinished temp file(s)`, removed);
    const db = await openLibraryDb(dataDir, paths.libraryFile, fileSystem);
    const [reports, reviews, originals] = await Promise.all([
      createReportStore(paths, fileSystem),
      createReviewStore(paths, fileSystem),
      createOriginalStore(paths, fileSystem),
    ]);
    const queue = createSerialQueue();
    const deferred = createDeferredWrite(async () => {
      lock.assertHeld();
      await db.write();
    }, 250);
    return {
      paths,
      db,
      reports,
      reviews,
      originals,
      office: createOfficeStore(paths, fileSystem),
      analyzer,
      serialize: (task) =>
        queue(async () => {
          lock.assertHeld();
          return task();
        }),
      now: now ?? (() => new Date()),
      findEntry: (id) => db.data.reports.find((entry) => entry.id === id),
      async commitLibrary(undo) {
        try {
          await db.write();
        } catch (error) {
          undo();
          throw error;
        }
      },
      scheduleLibraryWrite: deferred.schedule,
      flushLibrary: deferred.flush,
      lastRunUnfinished: lock.lastRunUnfinished,
      releaseLibrary: (options) => lock.release(options),
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
