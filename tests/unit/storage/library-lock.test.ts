// One writer per library: a second opener of the same folder is refused with a Chinese message naming
// the folder; a lock left by a process that is gone (kill -9, power cut) is taken over.
import { spawnSync } from 'node:child_process';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import {
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  valueOf,
} from '../services/service-test-kit';

const context = recordingContext();
// Where the lock lives in the data folder (library.lock/ by proper-lockfile, and who holds it).
const lockDirName = 'library.lock';
const lockOwnerFileName = 'library.lock-owner.json';
const open = (dataDir: string): Promise<Services> => createServices({ dataDir, analyzer: stubAnalyzer() });

/** The pid of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

/** A lock as another process leaves it: the lock folder, and the owner note beside it. */
async function leaveLock(dataDir: string, pid: number, ageMs: number): Promise<void> {
  const lockDir = join(dataDir, lockDirName);
  await mkdir(lockDir, { recursive: true });
  await writeFile(join(dataDir, lockOwnerFileName), JSON.stringify({ pid, host: hostname() }));
  const at = new Date(Date.now() - ageMs);
  await utimes(lockDir, at, at);
}

describe('library lock', () => {
  let dataDir: string;
  const opened: Services[] = [];
  beforeEach(async () => {
    dataDir = await makeDataDir();
  });
  afterEach(async () => {
    for (const services of opened.splice(0)) await services.close();
    await removeDir(dataDir);
  });

  it('refuses a second opener of the same folder with a Chinese message naming it', async () => {
    opened.push(await open(dataDir));
    const refusal = await open(dataDir).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: 'LibraryLockedError' });
    expect((refusal as Error).message).toBe(
      `资料库文件夹 ${dataDir} 正被另一个年报审查台程序使用（进程号 ${process.pid}）。` +
        '同一资料库同时只能由一个程序打开：请先关闭另一个程序（桌面版或 nianbao serve/review），或用 --data 指定其他文件夹。',
    );
    // The first one goes on working.
    valueOf(await opened[0]!['settings.set']({ reviewerName: '王审查' }, context));
  });

  it('lets the next one in once the first has closed', async () => {
    const first = await open(dataDir);
    valueOf(await first['settings.set']({ reviewerName: '王审查' }, context));
    await first.close();
    const second = await open(dataDir);
    opened.push(second);
    expect(valueOf(await second['settings.get']({}, context))).toEqual({ reviewerName: '王审查' });
  });

  it('takes over at once a fresh lock whose process is gone', async () => {
    await leaveLock(dataDir, deadPid(), 0);
    opened.push(await open(dataDir));
  });

  it('takes over a lock nobody has refreshed for longer than the stale time', async () => {
    // A live process (this one's parent) but an old lock: its holder froze or runs elsewhere.
    await leaveLock(dataDir, process.ppid, 60_000);
    opened.push(await open(dataDir));
  });

  it('refuses while the holder is alive and its lock fresh', async () => {
    await leaveLock(dataDir, process.ppid, 0);
    const refusal = await open(dataDir).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: 'LibraryLockedError' });
    expect((refusal as Error).message).toContain(`（进程号 ${process.ppid}）`);
  });
});
