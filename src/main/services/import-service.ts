// library.import: copies each original into the library, analyses it off the event loop, records the outcome.
// Files are independent: one that fails is recorded with its reason and the others go on.
import { createHash } from 'node:crypto';
import type { ImportFile, ImportOutcome, ReportId, Result } from '../../shared/ipc-contract';
import { extensionOf } from '../../shared/file-formats';
import { formatOfFileName } from '../storage/file-names';
import type { LibraryEntry } from '../storage/library-schema';
import { guessRegion } from '../storage/region';
import { reportIdFromSha256 } from '../storage/report-id';
import type { StoredReport } from '../storage/report-store';
import { emptyReviews } from '../storage/review-store';
import { StorageWriteError } from '../storage/storage-errors';
import type { Analysis } from './analyze-file';
import { analysisFailure } from './analysis-failure';
import { messages } from './messages';
import {
  crossYearFindings,
  findNextEntries,
  findPreviousEntry,
  readReport,
  refreshCounts,
} from './report-loader';
import { mergeFindings, tally, uniqueFindings, zeroCounts } from './report-assembly';
import { ok } from './result';
import type { ServiceContext } from './service-context';
import type { HandlerContext } from './service-handlers';

export interface ImportLimits {
  maxFileBytes: number;
}

const outcome = (
  fileName: string,
  status: ImportOutcome['status'],
  reportId: ReportId | null,
  error: string | null,
) => ({ fileName, status, reportId, error }) satisfies ImportOutcome;

/** Told of each page as OCR reads it. */
type OnOcrPage = (fileName: string, page: number, pages: number) => void;

async function analyzeSafely(
  context: ServiceContext,
  fileName: string,
  bytes: Uint8Array,
  onOcrPage?: OnOcrPage,
): Promise<Analysis> {
  try {
    return await context.analyzer.analyze(fileName, bytes, {
      onProgress: ({ stage, page, pages }) => {
        if (stage === 'ocr') onOcrPage?.(fileName, page, pages);
      },
    });
  } catch (error) {
    // A reader bug or a runaway file must not stop the batch: the file is recorded as failed.
    console.error(`[import] analysis of ${fileName} failed`, error);
    return analysisFailure(fileName, error);
  }
}

function baseEntry(context: ServiceContext, id: ReportId, fileName: string, bytes: Uint8Array): LibraryEntry {
  return {
    id,
    fileName,
    format: formatOfFileName(fileName),
    agency: null,
    region: null,
    year: null,
    template: null,
    date: null,
    importedAt: context.now().toISOString(),
    counts: zeroCounts(),
    reviewed: 0,
    total: 0,
    error: null,
    extension: extensionOf(fileName),
    sizeBytes: bytes.byteLength,
    originalKept: true,
  };
}

/** Writes the files first and library.json last: until that commit, the library does not know the report. */
async function commit(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array | null,
  analysis: Analysis,
) {
  if (context.findEntry(entry.id)) return outcome(entry.fileName, 'duplicate', entry.id, null);
  if (bytes) await context.originals.keep(entry.id, bytes);
  if (!analysis.ok) {
    entry.error = analysis.error;
    context.db.data.reports.push(entry);
    await context.commitLibrary(() => forget(context, entry));
    return outcome(entry.fileName, 'failed', entry.id, analysis.error);
  }
  const { document, report } = analysis;
  const stored: StoredReport = {
    version: 1,
    id: entry.id,
    fileName: entry.fileName,
    document,
    report,
    findings: uniqueFindings(analysis.findings),
    resolved: [],
    corrections: [],
  };
  await context.reports.write(stored);
  Object.assign(entry, {
    format: document.format,
    agency: report.agency,
    region: guessRegion(report.agency),
    year: report.year,
    template: report.template,
    date: report.date,
  });
  const previousEntry = findPreviousEntry(context, entry);
  const previous = previousEntry ? await readReport(context, previousEntry) : null;
  const live = [...stored.findings, ...crossYearFindings(stored, previous)];
  Object.assign(entry, tally(mergeFindings({ live, resolved: [], reviews: emptyReviews() })));
  const following = findNextEntries(context, entry);
  context.db.data.reports.push(entry);
  // The next year's reports of the same body gain cross-year findings against this one.
  for (const next of following) await refreshCounts(context, next.id);
  await context.commitLibrary(() => forget(context, entry));
  return outcome(entry.fileName, 'imported', entry.id, null);
}

/** Takes back an entry whose commit failed: the library does not know the report (files written are orphans). */
function forget(context: ServiceContext, entry: LibraryEntry): void {
  context.db.data.reports = context.db.data.reports.filter((other) => other !== entry);
}

/** The commit, with a failed write (full disk, read-only folder) reported for this file alone. */
async function commitSafely(
  context: ServiceContext,
  entry: LibraryEntry,
  bytes: Uint8Array | null,
  analysis: Analysis,
) {
  try {
    return await context.serialize(() => commit(context, entry, bytes, analysis));
  } catch (error) {
    if (!(error instanceof StorageWriteError)) throw error;
    console.error(`[import] ${entry.fileName} not saved`, error);
    return outcome(entry.fileName, 'failed', null, messages.importNotSaved(entry.fileName, error.message));
  }
}

async function importBytes(
  context: ServiceContext,
  file: ImportFile,
  bytes: Buffer,
  id: ReportId,
  limits: ImportLimits,
  onOcrPage?: OnOcrPage,
) {
  const entry = baseEntry(context, id, file.name, bytes);
  if (bytes.byteLength > limits.maxFileBytes) {
    // Recorded as failed, but the oversized original is not copied into the data folder.
    entry.originalKept = false;
    const error = messages.fileTooLarge(file.name, bytes.byteLength);
    return commitSafely(context, entry, null, { ok: false, code: 'too_large', error });
  }
  const analysis = await analyzeSafely(context, file.name, bytes, onOcrPage);
  return commitSafely(context, entry, bytes, analysis);
}

export function createImportHandler(context: ServiceContext, limits: ImportLimits) {
  // Files being imported right now, by id: the same file twice is analysed once.
  const inFlight = new Map<ReportId, Promise<ImportOutcome>>();

  const importOne = async (file: ImportFile, onOcrPage?: OnOcrPage): Promise<ImportOutcome> => {
    const bytes = Buffer.from(file.base64, 'base64');
    const id = reportIdFromSha256(createHash('sha256').update(bytes).digest('hex'));
    const pending = inFlight.get(id);
    if (pending) await pending;
    if (pending || context.findEntry(id)) return outcome(file.name, 'duplicate', id, null);
    const running = importBytes(context, file, bytes, id, limits, onOcrPage);
    inFlight.set(id, running);
    try {
      return await running;
    } finally {
      inFlight.delete(id);
    }
  };

  return async (
    { files, batchId }: { files: ImportFile[]; batchId: string },
    { emit }: HandlerContext,
  ): Promise<Result<ImportOutcome[]>> => {
    const outcomes: ImportOutcome[] = [];
    let done = 0;
    let cursor = 0;
    const importAt = async (index: number, file: ImportFile): Promise<void> => {
      const result = await importOne(file, (fileName, page, pages) =>
        emit('import.progress', { batchId, done, total: files.length, current: null, page: { fileName, page, pages } }),
      );
      outcomes[index] = result;
      done += 1;
      emit('import.progress', { batchId, done, total: files.length, current: result });
    };
    // As many files in flight as the analyzer can take; outcomes keep the order of the request.
    const lane = async (): Promise<void> => {
      while (cursor < files.length) {
        const index = cursor++;
        await importAt(index, files[index] as ImportFile);
      }
    };
    await Promise.all(Array.from({ length: Math.min(context.analyzer.size, files.length) }, lane));
    return ok(outcomes);
  };
}
