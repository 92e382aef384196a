// Composition of the use cases over one data folder: the handler map served by IPC, the bridge and the CLI.
import { MAX_FILE_BYTES } from '../../shared/file-formats';
import { createAnalyzerPool, type AnalyzerPool } from './analyzer-pool';
import { correctCell } from './correction-service';
import { exportReports } from './export-service';
import { createImportHandler } from './import-service';
import { coverage, deleteReport, listReports } from './library-service';
import { getOriginal, getReport } from './report-service';
import { addFinding, setStatus } from './review-service';
import { createServiceContext } from './service-context';
import type { ServiceHandlers } from './service-handlers';
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
  /** Clock, for tests. */
  now?: () => Date;
  /** Worker threads for the Word notices of a batch (notice-worker entry); default: on the calling thread. */
  noticeWorker?: NoticeWorkerOptions;
}

export type Services = ServiceHandlers & {
  /** Waits for pending writes and stops the analyzer's workers. */
  close(): Promise<void>;
};

export async function createServices(options: ServicesOptions): Promise<Services> {
  const analyzer = options.analyzer ?? createAnalyzerPool();
  const context = await createServiceContext({ dataDir: options.dataDir, analyzer, now: options.now });
  const noticeWriter = options.noticeWorker && workerNoticeWriter(options.noticeWorker);
  const importFiles = createImportHandler(context, {
    maxFileBytes: options.maxFileBytes ?? MAX_FILE_BYTES,
  });
  return {
    'library.list': async () => listReports(context),
    'library.import': importFiles,
    'library.delete': ({ reportId }) => deleteReport(context, reportId),
    'library.coverage': async () => coverage(context),
    'report.get': ({ reportId }) => getReport(context, reportId),
    'report.original': ({ reportId }) => getOriginal(context, reportId),
    'review.setStatus': (request) => setStatus(context, request),
    'review.addFinding': (request) => addFinding(context, request),
    'review.correctCell': (request) => correctCell(context, request),
    'settings.get': async () => getSettings(context),
    'settings.set': (settings) => setSettings(context, settings),
    'export.reports': (request, handlerContext) => exportReports(context, request, handlerContext),
    'office.get': () => getOffice(context),
    'office.set': (request) => setOffice(context, request),
    'export.notices': (request, handlerContext) =>
      exportNotices(context, request, handlerContext, noticeWriter),
    'summary.region': (request) => getRegionSummary(context, request),
    'summary.export': (request, handlerContext) => exportRegionSummary(context, request, handlerContext),
    'summary.chart': (request) => exportSummaryChart(context, request),
    async close() {
      // Queued changes finish before the analyzer goes away.
      await context.serialize(async () => undefined);
      await context.flushLibrary();
      await analyzer.close();
    },
  };
}
