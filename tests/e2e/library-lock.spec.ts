// One writer per library: a second `nianbao serve` (or `nianbao review --data`) on the same folder is
// refused with a Chinese message naming the folder and a non-zero exit; once the first has stopped,
// or was killed -9 and left its lock behind, the library opens again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seedFiles } from './support/files';
import { killHard, runNianbao, startServeProcess, type ServeProcess } from './support/serve-process';

const lockedMessage = (dataDir: string, pid: number) =>
  `资料库文件夹 ${dataDir} 正被另一个年报审查台程序使用（进程号 ${pid}）。` +
  '同一资料库同时只能由一个程序打开：请先关闭另一个程序（桌面版或 nianbao serve/review），或用 --data 指定其他文件夹。';

test.describe('library lock', () => {
  let dataDir: string;
  const started: ServeProcess[] = [];
  test.beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'nianbao-lock-'));
  });
  test.afterEach(async () => {
    for (const serve of started.splice(0))
      if (serve.child.exitCode === null && serve.child.signalCode === null) await killHard(serve);
    await rm(dataDir, { recursive: true, force: true });
  });

  const serve = (): ServeProcess => {
    const process = startServeProcess(dataDir);
    started.push(process);
    return process;
  };

  test('a second server is refused; after the first stops, or is killed -9, the library opens again', async () => {
    const first = serve();
    await first.ready;
    const outcome = await first.invoke<Array<{ status: string }>>('settings.set', { reviewerName: '王审查' });
    expect(outcome.ok).toBe(true);

    const second = serve();
    const exit = await second.exited;
    expect(exit.code).toBe(3);
    expect(second.stderr().trim()).toBe(lockedMessage(dataDir, first.child.pid!));

    const review = runNianbao([
      'review',
      seedFiles[0]!,
      '--data',
      dataDir,
      '--out',
      path.join(dataDir, '..', `${path.basename(dataDir)}.md`),
    ]);
    expect((await review.exited).code).toBe(1);
    expect(review.stderr()).toContain(lockedMessage(dataDir, first.child.pid!));

    // A polite stop releases the lock.
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    const third = serve();
    await third.ready;
    expect(await third.invoke('settings.get', {})).toEqual({ ok: true, value: { reviewerName: '王审查' } });

    // kill -9 leaves the lock behind: the next server takes it over (its holder is gone) and opens at once.
    await killHard(third);
    const fourth = serve();
    const startedAt = Date.now();
    await fourth.ready;
    expect(Date.now() - startedAt).toBeLessThan(8_000);
    expect(await fourth.invoke('settings.get', {})).toEqual({ ok: true, value: { reviewerName: '王审查' } });
  });
});
