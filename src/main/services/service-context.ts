// Everything the use cases share: storage, the analyzer, the library's change queue and the clock.
import type { ReportId } from '../../shared/ipc-contract';
import { dataPaths, type DataPaths } from '../storage/data-paths';
import { createDeferredWrite } from '../storage/deferred-write';
import { openLibraryDb, type LibraryDb } from '../storage/library-db';
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
  /** Every change to the library runs through this queue, one at a time. */
  serialize: Serialize;
  now(): Date;
  findEntry(id: ReportId): LibraryEntry | undefined;
  /**
   * library.json after a change of summary counts only (review decisions): written shortly after, coalesced.
   * The counts are derived from reviews/<id>.json, written before; report.get repairs stale counts.
   */
  scheduleLibraryWrite(): void;
  /** Writes library.json now if a deferred write is pending (on close). */
  flushLibrary(): Promise<void>;
}

export interface ContextOptions {
  dataDir: string;
  analyzer: AnalyzerPool;
  now?: () => Date;
}

export async function createServiceContext({
  dataDir,
  analyzer,
  now,
}: ContextOptions): Promise<ServiceContext> {
  const paths = dataPaths(dataDir);
  const db = await openLibraryDb(dataDir, paths.libraryFile);
  const [reports, reviews, originals] = await Promise.all([
    createReportStore(paths),
    createReviewStore(paths),
    createOriginalStore(paths),
  ]);
  const deferred = createDeferredWrite(() => db.write(), 250);
  return {
    paths,
    db,
    reports,
    reviews,
    originals,
    office: createOfficeStore(paths),
    analyzer,
    serialize: createSerialQueue(),
    now: now ?? (() => new Date()),
    findEntry: (id) => db.data.reports.find((entry) => entry.id === id),
    scheduleLibraryWrite: deferred.schedule,
    flushLibrary: deferred.flush,
  };
}
