// Composition of the use cases over one data folder: the handler map served by IPC, the bridge and the CLI.
import { MAX_FILE_BYTES } from '../../shared/file-formats';
import type { ImportOutcome, Result } from '../../shared/ipc-contract';
import type { WriteFileSystem } from '../storage/atomic-file';
import { StorageWriteError } from '../storage/storage-errors';
import { createAnalyzerPool, type AnalyzerPool } from './analyzer-pool';
import { repairStaleCounts } from './count-repair';
import { correctCell } from './correction-service';
import { exportReports } from './export-service';
import { createImportHandlers, type LocalImportFile } from './import-service';
import { coverage, deleteReport, listReports } from './library-service';
import { messages } from './messages';
import { getOriginal, getReport } from './report-service';
import { fail } from './result';
import { addFinding, markReviewed, saveDraft, setStatus } from './review-service';
import { createServiceContext } from './service-context';
import type { HandlerContext, ServiceHandlers } from './service-handlers';
import { workerNoticeWriter, type NoticeWorkerOptions } from './export/notice-writers';
import { exportNotices } from './notices-service';
import { getOffice, getSettings, setOffice, setSettings } from './settings-service';
import { exportRegionSummary, exportSummaryChart, getRegionSummary } from './summary-service';

export interface ServicesOptions {
  dataDir: string;
  /** Where files are analysed; default: in-process (pass a worker pool in the app and the CLI). */
  analyzer?: AnalyzerPool;
  /** Files above this size are refused (recorded as failed, original not copied). Default: the app's limit. */
  maxFileBytes?: number;
  /** A file whose reading takes longer is stopped and recorded as failed. Default: 3 minutes. */
  importTimeLimitMs?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** File-system calls of every library write; tests pass failing ones in (full disk, read-only folder). */
  fileSystem?: WriteFileSystem;
  /** Worker threads for the Word notices of a batch (notice-worker entry); default: on the calling thread. */
  noticeWorker?: NoticeWorkerOptions;
}

export type Services = ServiceHandlers & {
  /** library.import for files read by the main process itself (the command line): bytes, not base64. */
  importLocalFiles(
    request: { files: LocalImportFile[]; batchId: string },
    context: HandlerContext,
  ): Promise<Result<ImportOutcome[]>>;
  /** Waits for pending writes and stops the analyzer's workers. */
  close(): Promise<void>;
};

/** A change that could not be written answers with the Chinese reason and what was not saved. */
async function saving<T>(what: string, change: Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await change;
  } catch (error) {
    if (!(error instanceof StorageWriteError)) throw error;
    console.error(`[storage] ${what}未保存`, error);
    return fail('write_failed', messages.notSaved(error.message, what));
  }
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const analyzer = options.analyzer ?? createAnalyzerPool();
  const context = await createServiceContext({
    dataDir: options.dataDir,
    analyzer,
    now: options.now,
    fileSystem: options.fileSystem,
  }).catch(async (error: unknown) => {
    if (!options.analyzer) await analyzer.close();
    throw error;
  });
  // After a clean close library.json is up to date; only a run that did not finish leaves stale counts.
  if (context.lastRunUnfinished) {
    await repairStaleCounts(context).catch(async (error: unknown) => {
      await context.releaseLibrary();
      if (!options.analyzer) await analyzer.close();
      throw error;
    });
  }
  const noticeWriter = options.noticeWorker && workerNoticeWriter(options.noticeWorker);
  const importer = createImportHandlers(context, {
    maxFileBytes: options.maxFileBytes ?? MAX_FILE_BYTES,
    timeLimitMs: options.importTimeLimitMs ?? 3 * 60_000,
  });
  const { saved } = messages;
  return {
    'library.list': async () => listReports(context),
    'library.import': importer.importFiles,
    importLocalFiles: importer.importFiles,
    'library.resolveImport': importer.resolve,
    'library.cancelImport': importer.cancel,
    'library.delete': ({ reportId }) => saving(saved.deletion, deleteReport(context, reportId)),
    'library.coverage': async () => coverage(context),
    'report.get': ({ reportId }) => getReport(context, reportId),
    'report.original': ({ reportId }) => getOriginal(context, reportId),
    'review.setStatus': (request) => saving(saved.decision, setStatus(context, request)),
    'review.addFinding': (request) => saving(saved.finding, addFinding(context, request)),
    'review.correctCell': (request) => saving(saved.correction, correctCell(context, request)),
    'review.saveDraft': (request) => saving(saved.draft, saveDraft(context, request)),
    'review.markReviewed': (request) => saving(saved.completion, markReviewed(context, request)),
    'settings.get': async () => getSettings(context),
    'settings.set': (settings) => saving(saved.settings, setSettings(context, settings)),
    'export.reports': (request, handlerContext) => exportReports(context, request, handlerContext),
    'office.get': () => getOffice(context),
    'office.set': (request) => saving(saved.settings, setOffice(context, request)),
    'export.notices': (request, handlerContext) =>
      exportNotices(context, request, handlerContext, noticeWriter),
    'summary.region': (request) => getRegionSummary(context, request),
    'summary.export': (request, handlerContext) => exportRegionSummary(context, request, handlerContext),
    'summary.chart': (request) => exportSummaryChart(context, request),
    async close() {
      // Queued changes finish before the analyzer goes away; the lock goes last.
      const written = await context
        .serialize(async () => undefined)
        .then(() => context.flushLibrary())
        .then(
          () => true,
          // Counts that cannot be written now are recounted when the library next opens.
          (error: unknown) => {
            console.error('[storage] library.json not saved on close', error);
            return false;
          },
        );
      await analyzer.close();
      await context.releaseLibrary({ clean: written });
    },
  };
}
