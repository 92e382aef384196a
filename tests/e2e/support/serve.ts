// Starts `node bin/nianbao.mjs serve` on a fresh temporary library and hands out the address it
// prints as its first stdout line (token included).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ImportOutcome, Result } from '../../../src/shared/ipc-contract';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface ServeInstance {
  /** http://127.0.0.1:PORT/?token=… */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Imports files through the bridge (test setup, not the behaviour under test). */
  importFiles(filePaths: string[]): Promise<ImportOutcome[]>;
  /** Calls a channel through the bridge (test setup); throws on an error answer. */
  call<T = unknown>(channel: string, request: unknown): Promise<T>;
  stop(): Promise<void>;
}

const startTimeoutMs = 120_000;

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`nianbao serve 没有在 ${startTimeoutMs / 1000} 秒内输出地址。\n${stderr()}`)), startTimeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nianbao serve 提前退出（${code}）。\n${stderr()}`));
    });
  });
}

/** Serves a fresh temporary library, or `existingDataDir` (left in place on stop). */
export async function startServe(existingDataDir?: string): Promise<ServeInstance> {
  const dataDir = existingDataDir ?? (await mkdtemp(path.join(tmpdir(), 'nianbao-e2e-')));
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin/nianbao.mjs'), 'serve', '--data', dataDir, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const url = await firstLine(child, () => stderr);
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') ?? '';

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    async importFiles(filePaths) {
      const outcomes: ImportOutcome[] = [];
      for (const filePath of filePaths) {
        const base64 = (await readFile(filePath)).toString('base64');
        const response = await fetch(`${parsed.origin}/api/invoke/library.import`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token },
          body: JSON.stringify({ files: [{ name: path.basename(filePath), base64 }], batchId: 'e2e-setup' }),
        });
        const result = (await response.json()) as Result<ImportOutcome[]>;
        if (!result.ok) throw new Error(`导入 ${filePath} 失败：${result.error.message}`);
        outcomes.push(...result.value);
      }
      return outcomes;
    },
    async call<T>(channel: string, request: unknown) {
      const response = await fetch(`${parsed.origin}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token },
        body: JSON.stringify(request),
      });
      const result = (await response.json()) as Result<T>;
      if (!result.ok) throw new Error(`${channel}：${result.error.message}`);
      return result.value;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      if (!existingDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
