// Runs analyzeFile in worker threads so that a batch of large PDFs never blocks the caller's event loop,
// each file within a time limit and each worker within memory limits: a crafted or broken file ends
// as a failure of its own, and the worker doing it is replaced.
// Without a worker URL, analysis runs in-process (tests, quick scripts).
import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import type { ReadProgress } from '../extract/read-result';
import type { Analysis } from './analyze-file';
import { isProgressMessage, type AnalyzeRequest, type WorkerMessage } from './analyzer-protocol';
import { createInProcessAnalyzer } from './in-process-analyzer';
import { startWorker } from './start-worker';

export interface AnalyzerPool {
  /** How many files can be analysed at once. */
  readonly size: number;
  /**
   * Resolves with the analysis (which may be a failure value); rejects on a crash, a timeout, a bug,
   * or with AnalysisCancelledError when `signal` aborts (the worker doing it is stopped).
   */
  analyze(fileName: string, bytes: Uint8Array, options?: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
}

export interface AnalyzerPoolOptions {
  /** Number of workers; default min(2, available CPUs). */
  size?: number;
  /** Worker entry (analyze-worker): a file URL or an absolute path. A ".ts" entry is started through tsx. */
  workerUrl?: URL | string;
  execArgv?: string[];
  /** A worker that takes longer on one file is stopped and the file reported as failed. Default: 30 s. */
  taskTimeoutMs?: number;
  /** Time added to a file's limit for each page it has read by OCR (announced by its progress). Default: 20 s. */
  ocrPageTimeMs?: number;
  /** Heap limits of each worker; one that runs out is stopped and its file reported as failed. */
  resourceLimits?: ResourceLimits;
  /** false: scans and pictures are not read by OCR (`--no-ocr`). */
  ocr?: boolean;
}

/** Any file up to the size limit ends within this time, as a result or as a failure. */
export const ANALYSIS_TIME_LIMIT_MS = 30_000;
/** OCR reads a page in seconds; a scan gets this much more time for each page it reads so. */
export const OCR_PAGE_TIME_MS = 20_000;
/** Pages that earn more time: as many as a scan may have read by OCR (MAX_OCR_PAGES), so any file ends. */
export const OCR_PAGES_TIMED = 60;

/** A worker's heap: with the file's bytes (outside the heap, at most 200 MB twice) a worker stays under 1 GB. */
export const ANALYSIS_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };
/**
 * A worker that reads one file alone keeps its young generation small: growing it to the default touches tens
 * of MB of fresh memory, which costs one report more than the extra collections do (`extract` of one report
 * 6–7% sooner, measured). Reading many, the default is faster (8% over 50 reports).
 */
export const ONE_FILE_RESOURCE_LIMITS: ResourceLimits = { ...ANALYSIS_RESOURCE_LIMITS, maxYoungGenerationSizeMb: 6 };

export interface AnalyzeOptions {
  signal?: AbortSignal;
  /** Pages read or recognised so far, while the file is analysed. */
  onProgress?: (progress: ReadProgress) => void;
}

export class AnalysisCancelledError extends Error {
  constructor(fileName: string) {
    super(`Analysis of ${fileName} was cancelled`);
    this.name = 'AnalysisCancelledError';
  }
}

export class AnalysisTimeoutError extends Error {
  constructor(fileName: string, readonly timeoutMs: number) {
    super(`Analysis of ${fileName} took longer than ${timeoutMs} ms`);
    this.name = 'AnalysisTimeoutError';
  }
}

export class AnalysisMemoryError extends Error {
  constructor(fileName: string, readonly limitMb: number) {
    super(`Analysis of ${fileName} ran out of its ${limitMb} MB of memory`);
    this.name = 'AnalysisMemoryError';
  }
}

export const defaultPoolSize = (): number => Math.max(1, Math.min(2, availableParallelism()));

interface Task {
  request: AnalyzeRequest;
  options: AnalyzeOptions;
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** When the task started, and the time it is allowed (grown by the pages it reads by OCR). */
  startedAt: number;
  timeLimitMs: number;
  ocrPages: number;
}

const isOutOfMemory = (error: Error): boolean =>
  (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';

export function createAnalyzerPool(options: AnalyzerPoolOptions = {}): AnalyzerPool {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const { workerUrl } = options;
  if (workerUrl === undefined) return createInProcessAnalyzer(size, options.ocr);
  const timeoutMs = options.taskTimeoutMs ?? ANALYSIS_TIME_LIMIT_MS;
  const ocrPageTimeMs = options.ocrPageTimeMs ?? OCR_PAGE_TIME_MS;
  const resourceLimits = options.resourceLimits ?? ANALYSIS_RESOURCE_LIMITS;
  const ocr = options.ocr;
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextTaskId = 1;
  let closed = false;

  const finish = (slot: Slot): Task | null => {
    const { task } = slot;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    // An idle worker does not keep the process alive.
    slot.worker.unref();
    return task;
  };

  const retire = (slot: Slot, error: Error): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    finish(slot)?.reject(error);
    void slot.worker.terminate();
    dispatch();
  };

  const spawn = (): Slot => {
    const slot: Slot = {
      worker: startWorker(workerUrl, { execArgv: options.execArgv, resourceLimits }),
      task: null,
      timer: null,
      startedAt: 0,
      timeLimitMs: 0,
      ocrPages: 0,
    };
    slot.worker.on('message', (message: WorkerMessage) => {
      if (isProgressMessage(message)) {
        if (slot.task?.request.taskId !== message.taskId) return;
        if (message.progress.stage === 'ocr' && ++slot.ocrPages <= OCR_PAGES_TIMED) extendTimeLimit(slot, ocrPageTimeMs);
        slot.task.options.onProgress?.(message.progress);
        return;
      }
      const response = message;
      const task = finish(slot);
      if (task && task.request.taskId === response.taskId) {
        if (response.ok) task.resolve(response.analysis);
        else task.reject(new Error(`analyzeFile failed on ${task.request.fileName}:\n${response.error}`));
      }
      dispatch();
    });
    slot.worker.on('error', (error) => {
      const fileName = slot.task?.request.fileName;
      const limitMb = resourceLimits.maxOldGenerationSizeMb ?? 0;
      retire(slot, fileName !== undefined && isOutOfMemory(error) ? new AnalysisMemoryError(fileName, limitMb) : error);
    });
    slot.worker.on('exit', (code) => retire(slot, new Error(`Analyzer worker exited with code ${code}`)));
    slots.push(slot);
    return slot;
  };

  /** Gives the slot's file `ms` more time (from when it started): the timer is set for the new end. */
  function extendTimeLimit(slot: Slot, ms: number): void {
    const { task } = slot;
    if (!task) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timeLimitMs += ms;
    const limitMs = slot.timeLimitMs;
    slot.timer = setTimeout(
      () => retire(slot, new AnalysisTimeoutError(task.request.fileName, limitMs)),
      Math.max(0, slot.startedAt + limitMs - Date.now()),
    );
  }

  /** A waiting task leaves the queue; a running one stops with its worker (a new one replaces it). */
  function cancel(task: Task): void {
    const waiting = queue.indexOf(task);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      task.reject(new AnalysisCancelledError(task.request.fileName));
      return;
    }
    const slot = slots.find((candidate) => candidate.task === task);
    if (slot) retire(slot, new AnalysisCancelledError(task.request.fileName));
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      const slot =
        slots.find((candidate) => candidate.task === null) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      const task = queue.shift() as Task;
      if (task.options.signal?.aborted) {
        task.reject(new AnalysisCancelledError(task.request.fileName));
        continue;
      }
      slot.task = task;
      slot.worker.ref();
      slot.timeLimitMs = 0;
      slot.ocrPages = 0;
      slot.startedAt = Date.now();
      extendTimeLimit(slot, timeoutMs);
      // The bytes are transferred, not copied: the caller hands over a buffer of its own.
      slot.worker.postMessage(task.request, [task.request.bytes.buffer as ArrayBuffer]);
    }
  }

  return {
    size,
    analyze(fileName, bytes, options = {}) {
      if (closed) return Promise.reject(new Error('The analyzer pool is closed'));
      // A private copy: the caller's buffer may be a slice of Node's shared pool, which must not be transferred.
      const request: AnalyzeRequest = { taskId: nextTaskId++, fileName, bytes: new Uint8Array(bytes) };
      if (ocr === false) request.ocr = false;
      if (options.onProgress) request.pageProgress = true;
      const { signal } = options;
      return new Promise<Analysis>((resolve, reject) => {
        // The abort listener goes with the task: one signal shared by a batch collects none.
        const settled = (): void => signal?.removeEventListener('abort', onAbort);
        const task: Task = {
          request,
          options,
          resolve: (analysis) => (settled(), resolve(analysis)),
          reject: (error) => (settled(), reject(error)),
        };
        const onAbort = (): void => cancel(task);
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(task);
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('The analyzer pool was closed'));
      const running = slots.splice(0);
      for (const slot of running) finish(slot)?.reject(new Error('The analyzer pool was closed'));
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
