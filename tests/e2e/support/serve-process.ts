// A `nianbao serve` process under the test's full control: its pid, stderr, exit code, and kill -9,
// for the library lock and crash tests (the fixtures' server only stops politely).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Result } from '../../../src/shared/ipc-contract';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

export interface ServeProcess {
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the address line, or rejects when the process exits first. */
  ready: Promise<{ origin: string; token: string }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Calls a contract channel through the bridge. */
  invoke<T>(channel: string, request: unknown): Promise<Result<T>>;
}

/** Runs `nianbao <args>` from the project. */
export function runNianbao(args: string[]): Pick<ServeProcess, 'child' | 'stderr' | 'exited'> {
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin/nianbao.mjs'), ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => stderr, exited };
}

export function startServeProcess(dataDir: string): ServeProcess {
  const run = runNianbao(['serve', '--data', dataDir, '--port', '0']);
  const ready = new Promise<{ origin: string; token: string }>((resolve, reject) => {
    createInterface({ input: run.child.stdout! }).once('line', (line) => {
      const url = new URL(line.trim());
      resolve({ origin: url.origin, token: url.searchParams.get('token') ?? '' });
    });
    void run.exited.then(({ code }) =>
      reject(new Error(`nianbao serve 提前退出（${code}）：${run.stderr()}`)),
    );
  });
  // A server expected to refuse is never waited on for its address.
  ready.catch(() => undefined);
  return {
    ...run,
    ready,
    async invoke<T>(channel: string, request: unknown): Promise<Result<T>> {
      const { origin, token } = await ready;
      const response = await fetch(`${origin}/api/invoke/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token },
        body: JSON.stringify(request),
      });
      return (await response.json()) as Result<T>;
    },
  };
}

/** kill -9 and wait until the process is gone. */
export async function killHard(serve: Pick<ServeProcess, 'child' | 'exited'>): Promise<void> {
  serve.child.kill('SIGKILL');
  await serve.exited;
}
