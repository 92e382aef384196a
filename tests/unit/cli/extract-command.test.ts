// `nianbao extract` and `nianbao check` as the user runs them: files analysed in the worker pool, results
// in the order given, one file that hangs or is too large costing the others nothing.
import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCheck } from '../../../src/cli/check-command';
import { runExtract, type ExtractJson } from '../../../src/cli/extract-command';
import { createAnalyzerPool } from '../../../src/main/services/analyzer-pool';
import { seedsDir } from '../../shared-data';

const misbehavingWorker = new URL('../services/misbehaving-worker.ts', import.meta.url);
const seed = (name: string): string => path.join(seedsDir, name);
const seed002 = seed('002_73a49c1d9e8bef42.txt');
const seed003 = seed('003_ccaddad691bcdd6a.txt');

/** Runs a command with stdout and stderr captured. */
async function capture(run: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const into = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(into((text) => (stdout += text)));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(into((text) => (stderr += text)));
  try {
    return { code: await run(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A file of `bytes` bytes that takes no disk space (a hole). */
async function sparseFile(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'w');
  await handle.truncate(bytes);
  await handle.close();
  return file;
}

describe('nianbao extract and check', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nianbao-extract-test-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('prints every other file of `extract a b c --json`, in order, when one of them hangs', async () => {
    const hanging = path.join(dir, 'hang.txt');
    await copyFile(seed002, hanging);
    const analyzer = createAnalyzerPool({ size: 2, workerUrl: misbehavingWorker, taskTimeoutMs: 8_000 });
    const run = await capture(() => runExtract([hanging, seed002, seed003, '--json'], analyzer));

    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as ExtractJson[];
    expect(results.map((result) => result.file)).toEqual(['hang.txt', path.basename(seed002), path.basename(seed003)]);
    expect(results[0]!.error).toBe('hang.txt：读取超过 8 秒仍未完成，已停止（文件可能过于复杂或已损坏）');
    expect(results[1]!.error).toBeNull();
    expect(results[1]!.cells['requests.new.natural']).toEqual(expect.any(Number));
    expect(results[2]!.agency).toBe('眉山市经济和信息化局');
  });

  it('refuses a file over the size limit from its size alone, also one over 2 GiB', async () => {
    const big = await sparseFile(path.join(dir, 'big.pdf'), 300 * 1024 * 1024);
    const huge = await sparseFile(path.join(dir, 'huge.txt'), 3 * 1024 * 1024 * 1024);
    const run = await capture(() => runExtract([big, seed003, huge, '--json']));

    const results = JSON.parse(run.stdout) as ExtractJson[];
    expect(results.map((result) => result.error)).toEqual([
      'big.pdf：文件过大（300 MB，上限 200 MB）',
      null,
      'huge.txt：文件过大（3072 MB，上限 200 MB）',
    ]);
  });

  it('gives a crafted page a Chinese reason and reads the rest', async () => {
    const page = path.join(dir, 'deep.html');
    await writeFile(page, `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}</body></html>`);
    const run = await capture(() => runExtract([seed002, page]));

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('■ 002_73a49c1d9e8bef42.txt');
    expect(run.stdout).toContain('✗ deep.html：HTML 嵌套层数过多（超过 512 层），不像是正常的网页，无法读取');
  });

  it('checks files in the worker pool, in order, with the totals last', async () => {
    const hanging = path.join(dir, 'hang-2020.txt');
    await copyFile(seed002, hanging);
    const analyzer = createAnalyzerPool({ size: 2, workerUrl: misbehavingWorker, taskTimeoutMs: 8_000 });
    const run = await capture(() => runCheck([seed003, hanging, seed002], analyzer));

    const headings = run.stdout.split('\n').filter((line) => line.startsWith('■'));
    expect(headings[0]).toMatch(/^■ 003_ccaddad691bcdd6a\.txt（眉山市经济和信息化局/);
    expect(headings[1]).toBe('■ hang-2020.txt');
    expect(headings[2]).toMatch(/^■ 002_73a49c1d9e8bef42\.txt/);
    expect(run.stdout).toContain('✗ hang-2020.txt：读取超过 8 秒仍未完成');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^共 \d+ 个错误、\d+ 个警告、\d+ 个提示$/);
  });
});
