// Runs a whole process as a user would, timing it from spawn to exit; Node processes also report their
// peak resident memory (worker threads included) through the peak-rss.mjs preload.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessRun {
  ms: number;
  /** Peak RSS in MB; null when the process is not a Node process we preloaded. */
  peakMb: number | null;
  code: number;
  stdout: string;
  stderr: string;
}

const rssDir = mkdtempSync(join(tmpdir(), 'nianbao-bench-rss-'));
process.on('exit', () => rmSync(rssDir, { recursive: true, force: true }));
const preload = new URL('./peak-rss.mjs', import.meta.url).href;
let runs = 0;

/** `node ARGS…` with the peak-RSS preload. */
export function runNode(args: string[], options: { cwd?: string } = {}): Promise<ProcessRun> {
  const rssFile = join(rssDir, `${++runs}.txt`);
  return run(process.execPath, ['--import', preload, ...args], { ...options, env: { NIANBAO_BENCH_RSS_FILE: rssFile } }, rssFile);
}

/** Any command, timed; no memory figure. */
export const runCommand = (command: string, args: string[]): Promise<ProcessRun> => run(command, args, {}, null);

function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> },
  rssFile: string | null,
): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let peakMb: number | null = null;
      if (rssFile) {
        try {
          peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
        } catch {
          peakMb = null;
        }
      }
      resolve({ ms, peakMb, code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
