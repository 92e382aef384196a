// Who writes the Word notices of a batch: this thread one after the other, or a few worker threads in
// parallel (the app and the CLI: 500 notices take seconds of CPU, which the cores can share). A worker
// that cannot start or fails hands the batch back to this thread, so an export never fails for it.
import { availableParallelism } from 'node:os';
import type { ReportDetail } from '../../../shared/ipc-contract';
import type { NoticeOptions } from './notice-docx';
import { startWorker } from '../start-worker';

/** Writes one notice per detail, in order; `onNotice` after each one. */
export type NoticeWriter = (
  details: ReportDetail[],
  options: NoticeOptions,
  onNotice: (done: number) => void,
) => Promise<Buffer[]>;

export interface NoticeChunk {
  jobs: { index: number; detail: ReportDetail }[];
  options: NoticeOptions;
}

export type NoticeWorkerMessage =
  | { kind: 'notice'; index: number; bytes: Uint8Array }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string };

export const writeNoticesHere: NoticeWriter = async (details, options, onNotice) => {
  // Loaded on first use: the Word writer stays out of the app's startup.
  const { writeNotice } = await import('./notice-docx');
  const written: Buffer[] = [];
  for (const detail of details) {
    written.push(await writeNotice(detail, options));
    onNotice(written.length);
  }
  return written;
};

/** What a notice needs of a report: not the cells, which only cost copying (loadDetails leaves out the document). */
const slim = (detail: ReportDetail): ReportDetail => ({ ...detail, cells: {} });

/** Below this many notices a batch stays on this thread: starting workers would cost more. */
const minParallel = 24;

export interface NoticeWorkerOptions {
  /** The worker entry (notice-worker); a ".ts" entry is started through tsx. */
  url: URL | string;
  execArgv?: string[];
  size?: number;
}

export function workerNoticeWriter({
  url,
  execArgv,
  size = Math.max(1, Math.min(4, availableParallelism())),
}: NoticeWorkerOptions): NoticeWriter {
  return async (details, options, onNotice) => {
    const count = Math.min(size, Math.floor(details.length / (minParallel / 2)));
    if (count < 2) return writeNoticesHere(details, options, onNotice);
    const written: (Buffer | undefined)[] = new Array(details.length);
    let done = 0;
    const workers = Array.from({ length: count }, () => startWorker(url, { execArgv }));
    try {
      await Promise.all(
        workers.map(
          (worker, position) =>
            new Promise<void>((resolve, reject) => {
              worker.on('message', (message: NoticeWorkerMessage) => {
                if (message.kind === 'notice') {
                  written[message.index] = Buffer.from(
                    message.bytes.buffer,
                    message.bytes.byteOffset,
                    message.bytes.byteLength,
                  );
                  onNotice((done += 1));
                } else if (message.kind === 'done') resolve();
                else reject(new Error(message.reason));
              });
              worker.once('error', reject);
              worker.once('exit', (code) => reject(new Error(`notice worker exited (${code})`)));
              // Interleaved, so each worker gets a like share of long and short notices.
              const jobs = details.flatMap((detail, index) =>
                index % count === position ? [{ index, detail: slim(detail) }] : [],
              );
              // Only what a notice needs: the caller's options may hold functions, which do not cross threads.
              const { office, generatedAt } = options;
              worker.postMessage({ jobs, options: { office, generatedAt } } satisfies NoticeChunk);
            }),
        ),
      );
    } catch (error) {
      console.warn('[export] notice workers failed; writing the notices here', error);
      return writeNoticesHere(details, options, onNotice);
    } finally {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return written.map((bytes) => bytes ?? Buffer.alloc(0));
  };
}
