// One slow file never holds the others: each file reports its pages, can be stopped on its own, and is
// stopped when it runs past the time limit; the other files of the batch are imported meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { AnalysisCancelledError, type AnalyzerPool } from '../../../src/main/services/analyzer-pool';
import type { PushEvents } from '../../../src/shared/ipc-contract';
import { fileOf, makeDataDir, removeDir, stubAnalyzer, valueOf } from './service-test-kit';

/** "SLOW" files report page 1 of 7 and then wait until stopped; the others go to the stub. */
function slowAnalyzer(): AnalyzerPool {
  const stub = stubAnalyzer();
  return {
    size: 2,
    analyze(fileName, bytes, options = {}) {
      if (Buffer.from(bytes).toString('utf8') !== 'SLOW') return stub.analyze(fileName, bytes);
      options.onProgress?.({ stage: 'reading', page: 1, pages: 7 });
      return new Promise((_, reject) => {
        options.signal?.addEventListener('abort', () => reject(new AnalysisCancelledError(fileName)), { once: true });
      });
    },
    close: async () => undefined,
  };
}

describe('import of a slow file', () => {
  let dataDir: string;
  let services: Services | undefined;
  afterEach(async () => {
    await services?.close();
    await removeDir(dataDir);
  });

  const events: { name: string; payload: unknown }[] = [];
  const context = { emit: (name: string, payload: unknown) => void events.push({ name, payload }) };

  it('reports its pages, is cancelled on its own, while another file of another batch is imported', async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir, analyzer: slowAnalyzer() });
    const slow = services['library.import']({ files: [fileOf('慢.pdf', 'SLOW')], batchId: 'slow' }, context);
    const quick = valueOf(
      await services['library.import']({ files: [fileOf('快.txt', '某局|2024|3')], batchId: 'quick' }, context),
    );
    expect(quick[0]?.status).toBe('imported');
    expect(events).toContainEqual({
      name: 'import.fileProgress',
      payload: { batchId: 'slow', index: 0, fileName: '慢.pdf', stage: 'reading', page: 1, pages: 7 },
    });
    expect(valueOf(await services['library.cancelImport']({ batchId: 'slow' }, context)).cancelled).toBe(1);
    const [cancelled] = valueOf(await slow);
    expect(cancelled).toMatchObject({ fileName: '慢.pdf', status: 'cancelled', reportId: null });
    // A cancelled file leaves nothing in the library.
    expect(valueOf(await services['library.list']({}, context)).map((entry) => entry.fileName)).toEqual(['快.txt']);
    expect(
      (events.filter((event) => event.name === 'import.progress').at(-1)?.payload as PushEvents['import.progress'])
        .current?.status,
    ).toBe('cancelled');
  });

  it('stops a file that runs past the time limit and records it as failed with the reason', async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir, analyzer: slowAnalyzer(), importTimeLimitMs: 100 });
    const [outcome] = valueOf(
      await services['library.import']({ files: [fileOf('慢.pdf', 'SLOW'), fileOf('快.txt', '某局|2024|3')], batchId: 'b' }, context),
    ).slice(0, 1);
    expect(outcome).toMatchObject({ fileName: '慢.pdf', status: 'failed' });
    expect(outcome?.error).toMatch(/^读取超过 1 秒仍未完成，已停止/);
    const listed = valueOf(await services['library.list']({}, context));
    expect(listed.map((entry) => [entry.fileName, entry.error !== null])).toEqual([
      ['快.txt', false],
      ['慢.pdf', true],
    ]);
  });
});
