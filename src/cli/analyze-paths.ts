// Reads each named file and analyses it in the worker pool, within the pool's time and memory limits.
// A file that cannot be read, or whose analysis fails or is stopped, gets a Chinese error; the others go on.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES, tooLargeMessage } from '../shared/file-formats';
import { analysisFailure } from '../main/services/analysis-failure';
import type { Analysis } from '../main/services/analyze-file';
import type { AnalyzerPool } from '../main/services/analyzer-pool';

export interface FileAnalysis {
  path: string;
  name: string;
  analysis: Analysis;
}

/** The file's bytes, or the Chinese reason it cannot be read ("文件不存在", "文件过大（…）"). */
export async function readInputFile(path: string): Promise<Uint8Array | string> {
  try {
    // The size is checked before anything is read: a file of gigabytes costs nothing.
    if (!(await stat(path)).isFile()) return '不是文件';
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      if (size > MAX_FILE_BYTES) return tooLargeMessage(size);
      return new Uint8Array(await file.readFile());
    } finally {
      await file.close();
    }
  } catch (error) {
    return readFailureReason(error);
  }
}

/** Why a path could not be read, in Chinese. */
export function readFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES') return '没有读取权限';
  return `无法读取（${code ?? String(error)}）`;
}

/** `--no-ocr` among the arguments: scans and pictures are not read by OCR. */
export const ocrWanted = (argv: readonly string[]): boolean => !argv.includes('--no-ocr');

async function analyzePath(path: string, analyzer: AnalyzerPool): Promise<FileAnalysis> {
  const name = basename(path);
  const bytes = await readInputFile(path);
  if (typeof bytes === 'string') return { path, name, analysis: { ok: false, code: 'missing', error: `${name}：${bytes}` } };
  try {
    return { path, name, analysis: await analyzer.analyze(name, bytes) };
  } catch (error) {
    return { path, name, analysis: analysisFailure(name, error) };
  }
}

/**
 * Analyses the files, as many at once as the pool has workers (each read only when its turn comes),
 * and hands each result to `onResult` in input order, as soon as it and all before it are done:
 * a slow file keeps one worker busy while the others go on, and holds back no more than the results after it.
 */
export async function analyzePaths(
  paths: string[],
  analyzer: AnalyzerPool,
  onResult: (result: FileAnalysis) => void,
): Promise<void> {
  const finished = new Map<number, FileAnalysis>();
  let started = 0;
  let handedOver = 0;
  const handOver = (): void => {
    for (let result = finished.get(handedOver); result; result = finished.get(handedOver)) {
      finished.delete(handedOver++);
      onResult(result);
    }
  };
  // One lane more than workers keeps every worker fed while a lane reads its next file.
  const lane = async (): Promise<void> => {
    for (let index = started++; index < paths.length; index = started++) {
      finished.set(index, await analyzePath(paths[index]!, analyzer));
      handOver();
    }
  };
  await Promise.all(Array.from({ length: Math.min(paths.length, analyzer.size + 1) }, lane));
}
