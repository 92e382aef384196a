// A second lane for the recognition model: a worker thread with a one-thread session of its own, so that
// two packed lines are read at once. A two-thread run waits at every step for its slower thread; two
// one-thread runs side by side do not. Measured on this 2-core machine (bench/ocr.bench.ts), recognition
// per page: quiet, 1.27 s → 1.17 s; with other work on the machine, 2.32 s → 1.34 s; the lane's session
// costs about 100 MB. Used where the lane's entry is known (the analysis worker; the benchmark);
// elsewhere, or if the lane cannot start, lines are read on this thread.

import type { MessagePort, Worker } from 'node:worker_threads';
import { startWorker } from '../../services/start-worker';
import { loadRecognition, runModel } from './ocr-engine';

export interface ModelOutput {
  data: Float32Array;
  dims: number[];
}

export interface RecognitionLane {
  run(input: Float32Array, dims: number[]): Promise<ModelOutput>;
}

type LaneRequest = { id: number; input: Float32Array; dims: number[] };
type LaneMessage =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'result'; id: number; output: ModelOutput }
  | { kind: 'error'; id: number; message: string };

let entry: URL | undefined;
let lane: Promise<RecognitionLane | undefined> | undefined;

/** Recognition on this thread gets a second lane, started from `workerEntry` (recognition-worker) on first use. */
export function useRecognitionLane(workerEntry: URL): void {
  entry = workerEntry;
}

/**
 * The lane, or undefined when there is none (not configured, or it could not start). Called as soon as a
 * page is known to need OCR, so that the lane starts on the other core while the page is being drawn.
 */
export function recognitionLane(): Promise<RecognitionLane | undefined> {
  if (!entry) return Promise.resolve(undefined);
  lane ??= startLane(entry);
  return lane;
}

function startLane(workerEntry: URL): Promise<RecognitionLane | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(workerEntry);
    } catch {
      resolve(undefined);
      return;
    }
    const pending = new Map<number, { resolve(output: ModelOutput): void; reject(error: Error): void }>();
    let nextId = 1;
    let broken: Error | undefined;
    const fail = (error: Error): void => {
      broken ??= error;
      for (const request of pending.values()) request.reject(error);
      pending.clear();
      resolve(undefined);
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('文字识别线程已退出')));
    worker.on('message', (message: LaneMessage) => {
      // From now on the lane keeps the process alive only while it has work.
      if (message.kind === 'ready') {
        worker.unref();
        resolve(laneOf());
      } else if (message.kind === 'failed') {
        fail(new Error(message.message));
        void worker.terminate();
      } else {
        const request = pending.get(message.id);
        pending.delete(message.id);
        if (pending.size === 0) worker.unref();
        if (message.kind === 'result') request?.resolve(message.output);
        else request?.reject(new Error(message.message));
      }
    });
    const laneOf = (): RecognitionLane => ({
      run(input, dims) {
        if (broken) return Promise.reject(broken);
        const id = nextId++;
        worker.ref();
        return new Promise<ModelOutput>((done, reject) => {
          pending.set(id, { resolve: done, reject });
          worker.postMessage({ id, input, dims } satisfies LaneRequest, [input.buffer as ArrayBuffer]);
        });
      },
    });
  });
}

/** The lane's side (recognition-worker): loads a one-thread session, then runs each line it is sent. */
export async function serveRecognitionLane(port: MessagePort): Promise<void> {
  const post = (message: LaneMessage, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(message, transfer);
  let recognition;
  try {
    recognition = await loadRecognition(1);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const { ort, session } = recognition;
  port.on('message', ({ id, input, dims }: LaneRequest) => {
    runModel(ort, session, input, dims).then(
      (tensor) => {
        // A copy the lane owns, handed over without another copy.
        const data = (tensor.data as Float32Array).slice();
        post({ kind: 'result', id, output: { data, dims: [...tensor.dims] } }, [data.buffer]);
      },
      (error: unknown) =>
        post({ kind: 'error', id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  post({ kind: 'ready' });
}
