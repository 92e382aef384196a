// library.import: copies each original into the library, analyses it off the event loop, records the outcome.
// Files are independent: one that fails, is cancelled or runs out of time is recorded with its reason and
// the others go on. Each file reports its pages as they are read, and can be stopped on its own.
// The same file again is a duplicate, or repairs its report if the library cannot read it back (reviews kept).
// library.resolveImport settles a file recognised as the same report as one in the library: the one it named.
import { createHash } from 'node:crypto';
import type {
  ImportFile,
  ImportOutcome,
  ReportId,
  Result,
  SameReportChoice,
  SameReportMatch,
} from '../../shared/ipc-contract';
import type { LibraryEntry } from '../storage/library-schema';
import { reportIdFromSha256 } from '../storage/report-id';
import { StorageWriteError } from '../storage/storage-errors';
import type { Analysis } from './analyze-file';
import { analysisFailure } from './analysis-failure';
import { AnalysisCancelledError, AnalysisMemoryError, AnalysisTimeoutError } from './analyzer-pool';
import {
  baseEntry,
  commitFailure,
  commitNew,
  commitReplacement,
  outcome,
  prepareReport,
  type AnalysisSuccess,
} from './import-commit';
import { commitRepair, findRepair } from './import-repair';
import { messages } from './messages';
import { fail, ok } from './result';
import { findSameReport } from './same-report';
import type { ServiceContext } from './service-context';
import type { HandlerContext, PushEmitter } from './service-handlers';

export interface ImportLimits {
  maxFileBytes: number;
  /** A file whose reading takes longer is stopped and recorded as failed. */
  timeLimitMs: number;
}

/** A file recognised as the same report as one in the library, waiting for the reviewer's choice. */
interface PendingImport {
  entry: LibraryEntry;
  bytes: Uint8Array;
  analysis: AnalysisSuccess;
  outcome: ImportOutcome;
  expiry: NodeJS.Timeout;
}

/** How long a file waits for the reviewer's choice before it has to be imported again. */
const pendingLifetimeMs = 60 * 60_000;

/** The reason alone: readers' messages start with the file's name, which the screens show beside it. */
const reasonOf = (fileName: string, error: string): string =>
  error.startsWith(`${fileName}：`) ? error.slice(fileName.length + 1) : error;

/**
 * A file the main process read itself (the command line): its bytes as they are. Files from the window come
 * in base64 (ImportFile, the IPC contract); encoding and decoding 500 files cost the import a second.
 */
export interface LocalImportFile {
  name: string;
  bytes: Uint8Array;
  sameReport?: ImportFile['sameReport'];
}

const bytesOf = (file: ImportFile | LocalImportFile): Buffer =>
  'bytes' in file
    ? Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)
    : Buffer.from(file.base64, 'base64');

interface FileJob {
  file: ImportFile | LocalImportFile;
  index: number;
  batchId: string;
  emit: PushEmitter;
  signal: AbortSignal;
}

/** A change to the library for one file, with a failed write (full disk, read-only folder) reported for it alone. */
async function committing(
  context: ServiceContext,
  fileName: string,
  change: () => Promise<ImportOutcome>,
): Promise<ImportOutcome> {
  try {
    return await context.serialize(change);
  } catch (error) {
    if (!(error instanceof StorageWriteError)) throw error;
    console.error(`[import] ${fileName} not saved`, error);
    return outcome(fileName, 'failed', null, messages.importNotSaved(error.message));
  }
}

export function createImportHandlers(context: ServiceContext, limits: ImportLimits) {
  // Files being imported right now, by id: the same file twice is analysed once.
  const inFlight = new Map<ReportId, Promise<ImportOutcome>>();
  const pending = new Map<ReportId, PendingImport>();
  // The stop switch of every batch still running.
  const batches = new Map<string, AbortController>();

  async function analyze(job: FileJob, bytes: Uint8Array): Promise<Analysis | 'cancelled'> {
    const { file, index, batchId, emit, signal } = job;
    const timeLimit = AbortSignal.timeout(limits.timeLimitMs);
    try {
      return await context.analyzer.analyze(file.name, bytes, {
        signal: AbortSignal.any([signal, timeLimit]),
        onProgress: (progress) =>
          emit('import.fileProgress', { batchId, index, fileName: file.name, ...progress }),
      });
    } catch (error) {
      if (error instanceof AnalysisCancelledError && !timeLimit.aborted) return 'cancelled';
      if (timeLimit.aborted)
        return { ok: false, code: 'timeout', error: messages.analysisTimedOut(limits.timeLimitMs) };
      // A reader bug or a runaway file must not stop the batch: the file is recorded as failed.
      const limited = error instanceof AnalysisTimeoutError || error instanceof AnalysisMemoryError;
      if (!limited) console.error(`[import] analysis of ${file.name} failed`, error);
      return analysisFailure(file.name, error);
    }
  }

  function askLater(entry: LibraryEntry, bytes: Uint8Array, analysis: AnalysisSuccess): ImportOutcome {
    const match = findSameReport(context, entry);
    const waiting: ImportOutcome = { ...outcome(entry.fileName, 'same-report', entry.id, null) };
    if (match) waiting.sameAs = match;
    const expiry = setTimeout(() => pending.delete(entry.id), pendingLifetimeMs);
    expiry.unref();
    pending.set(entry.id, { entry, bytes, analysis, outcome: waiting, expiry });
    return waiting;
  }

  /** The report a question named, if it is still in the library and readable. */
  function stillListed(named: SameReportMatch): SameReportMatch | null {
    const entry = context.findEntry(named.reportId);
    return entry && entry.error === null ? named : null;
  }

  /**
   * Records an analysed file, as the choice says when it is the same report as one in the library. `asked`
   * is the report a question named: the answer acts on it alone. When it is gone by then, another report
   * that is the same is asked about anew, never replaced unasked; with none left, the file is a new report.
   */
  async function settle(
    entry: LibraryEntry,
    bytes: Uint8Array,
    analysis: AnalysisSuccess,
    choice: SameReportChoice | 'ask',
    asked: SameReportMatch | null = null,
  ): Promise<ImportOutcome> {
    if (context.findEntry(entry.id)) return outcome(entry.fileName, 'duplicate', entry.id, null);
    if (asked && choice === 'skip') return outcome(entry.fileName, 'skipped', null, null);
    const stored = prepareReport(entry, analysis);
    const match = asked ? stillListed(asked) : findSameReport(context, entry);
    if (!match) {
      if (asked && findSameReport(context, entry)) return askLater(entry, bytes, analysis);
      return commitNew(context, entry, bytes, stored, null);
    }
    if (choice === 'ask') return askLater(entry, bytes, analysis);
    if (choice === 'skip') return outcome(entry.fileName, 'skipped', null, null);
    if (choice === 'replace') return commitReplacement(context, entry, bytes, stored, match);
    return commitNew(context, entry, bytes, stored, context.findEntry(match.reportId) ?? null);
  }

  /** A file already in the library: a duplicate, or the original that repairs its report (analysed if need be). */
  async function importAgain(job: FileJob, bytes: Buffer, id: ReportId): Promise<ImportOutcome> {
    const { file } = job;
    const duplicate = outcome(file.name, 'duplicate', id, null);
    // A check that cannot read the files answers as before: the same file is a duplicate.
    const repair = await context.serialize(() => findRepair(context, id)).catch(() => null);
    if (!repair) return duplicate;
    let analysis: AnalysisSuccess | null = null;
    if (repair.data) {
      const analysed = await analyze(job, bytes);
      if (analysed === 'cancelled') return outcome(file.name, 'cancelled', null, null);
      if (!analysed.ok)
        return outcome(file.name, 'failed', id, messages.repairFailed(reasonOf(file.name, analysed.error)));
      analysis = analysed;
    }
    let gone = false;
    const repaired = await committing(context, file.name, async () => {
      const done = await commitRepair(context, id, file.name, bytes, repair, analysis);
      gone = done === null;
      return done ?? duplicate;
    });
    // Deleted while the file was being read: it is imported as any new file.
    return gone ? importBytes(job, bytes, id) : repaired;
  }

  async function importBytes(job: FileJob, bytes: Buffer, id: ReportId): Promise<ImportOutcome> {
    const { file } = job;
    const entry = baseEntry(context, id, file.name, bytes.byteLength);
    if (bytes.byteLength > limits.maxFileBytes) {
      // Recorded as failed, but the oversized original is not copied into the data folder.
      entry.originalKept = false;
      const error = messages.fileTooLarge(bytes.byteLength);
      return committing(context, file.name, () =>
        commitFailure(context, entry, null, { ok: false, code: 'too_large', error }),
      );
    }
    const analysis = await analyze(job, bytes);
    if (analysis === 'cancelled') return outcome(file.name, 'cancelled', null, null);
    if (!analysis.ok) {
      const failure = { ...analysis, error: reasonOf(file.name, analysis.error) };
      return committing(context, file.name, () => commitFailure(context, entry, bytes, failure));
    }
    return committing(context, file.name, () => settle(entry, bytes, analysis, file.sameReport ?? 'version'));
  }

  async function importOne(job: FileJob): Promise<ImportOutcome> {
    const { file } = job;
    if (job.signal.aborted) return outcome(file.name, 'cancelled', null, null);
    const bytes = bytesOf(file);
    const id = reportIdFromSha256(createHash('sha256').update(bytes).digest('hex'));
    const running = inFlight.get(id);
    if (running) {
      await running;
      return outcome(file.name, 'duplicate', id, null);
    }
    const waiting = pending.get(id);
    if (waiting) return { ...waiting.outcome, fileName: file.name };
    const task = context.findEntry(id) ? importAgain(job, bytes, id) : importBytes(job, bytes, id);
    inFlight.set(id, task);
    try {
      return await task;
    } finally {
      inFlight.delete(id);
    }
  }

  async function importFiles(
    { files, batchId }: { files: readonly (ImportFile | LocalImportFile)[]; batchId: string },
    { emit }: HandlerContext,
  ): Promise<Result<ImportOutcome[]>> {
    const stop = batches.get(batchId) ?? new AbortController();
    batches.set(batchId, stop);
    const outcomes: ImportOutcome[] = [];
    let done = 0;
    let cursor = 0;
    // One file more in flight than the analyzer takes at once, so that no worker waits while a finished
    // file is being saved; outcomes keep the order of the request.
    const lane = async (): Promise<void> => {
      while (cursor < files.length) {
        const index = cursor++;
        const file = files[index]!;
        const result = await importOne({ file, index, batchId, emit, signal: stop.signal });
        outcomes[index] = result;
        done += 1;
        emit('import.progress', { batchId, done, total: files.length, current: result });
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(context.analyzer.size + 1, files.length) }, lane));
    } finally {
      if (batches.get(batchId) === stop) batches.delete(batchId);
    }
    return ok(outcomes);
  }

  /** The reviewer's choice for a file answered 'same-report'. */
  async function resolve({
    reportId,
    choice,
  }: {
    reportId: ReportId;
    choice: SameReportChoice;
  }): Promise<Result<ImportOutcome>> {
    const waiting = pending.get(reportId);
    if (!waiting) return fail('not_found', messages.importChoiceExpired);
    pending.delete(reportId);
    clearTimeout(waiting.expiry);
    const { entry, bytes, analysis, outcome: asked } = waiting;
    return ok(
      await committing(context, entry.fileName, () =>
        settle(entry, bytes, analysis, choice, asked.sameAs ?? null),
      ),
    );
  }

  /** Stops every file of the batch still waiting or being read. */
  function cancel({ batchId }: { batchId: string }): Promise<Result<{ cancelled: number }>> {
    const stop = batches.get(batchId);
    if (!stop || stop.signal.aborted) return Promise.resolve(ok({ cancelled: 0 }));
    stop.abort();
    return Promise.resolve(ok({ cancelled: 1 }));
  }

  return { importFiles, resolve, cancel };
}
