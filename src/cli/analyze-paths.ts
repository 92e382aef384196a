// Reads each named file and analyses it; a file that cannot be read gets a Chinese error, the others go on.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { analyzeFile, type Analysis } from '../main/services/analyze-file';

export interface FileAnalysis {
  path: string;
  name: string;
  analysis: Analysis;
}

/** The file's bytes, or the Chinese reason it cannot be read ("文件不存在"). */
export async function readInputFile(path: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return '不是文件';
    return new Uint8Array(await readFile(path));
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

export async function analyzePaths(paths: string[], ocr = true): Promise<FileAnalysis[]> {
  const results: FileAnalysis[] = [];
  for (const path of paths) {
    const name = basename(path);
    const bytes = await readInputFile(path);
    const analysis: Analysis =
      typeof bytes === 'string'
        ? { ok: false, code: 'missing', error: `${name}：${bytes}` }
        : await analyzeFile(name, bytes, { ocr });
    results.push({ path, name, analysis });
  }
  return results;
}
