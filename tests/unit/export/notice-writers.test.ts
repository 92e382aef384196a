// Notices written on worker threads are the same files as those written here, in the same order.
import { describe, expect, it, vi } from 'vitest';
import { cliNoticeWorker } from '../../../src/cli/notice-workers';
import { workerNoticeWriter, writeNoticesHere } from '../../../src/main/services/export/notice-writers';
import type { ReportDetail, ReportId } from '../../../src/shared/ipc-contract';
import { docxText } from './read-back';
import { checkedReport, cleanReport } from './sample-reports';

const options = {
  office: { officeName: '某市政务公开办公室', contactName: '王', contactPhone: '1', deadlineDays: 15 },
  generatedAt: new Date(2025, 2, 10),
};
const batch: ReportDetail[] = Array.from({ length: 30 }, (_, index) => {
  const base = index % 2 === 0 ? checkedReport : cleanReport;
  return { ...base, summary: { ...base.summary, id: `r-${index}` as ReportId, agency: `单位${index}` } };
});

describe('notice writers', () => {
  it('write the same notices on worker threads as here, in order, counting each', async () => {
    const counts: number[] = [];
    // Options as the batch passes them, with a function that must stay on this thread.
    const batchOptions = { ...options, onNotice: () => undefined };
    const warned = vi.spyOn(console, 'warn');
    const inWorkers = await workerNoticeWriter({ ...cliNoticeWorker, size: 2 })(batch, batchOptions, (done) =>
      counts.push(done),
    );
    expect(warned).not.toHaveBeenCalled();
    warned.mockRestore();
    const here = await writeNoticesHere(batch, options, () => undefined);
    expect(inWorkers).toHaveLength(batch.length);
    expect(counts.at(-1)).toBe(batch.length);
    for (const [index, bytes] of inWorkers.entries()) {
      const text = (await docxText(bytes)).text;
      expect(text).toContain(`单位${index}：`);
      expect(text).toBe((await docxText(here[index]!)).text);
    }
  });

  it('write here when the workers cannot start', async () => {
    const broken = workerNoticeWriter({
      url: new URL('./no-such-worker.ts', import.meta.url),
      execArgv: cliNoticeWorker.execArgv,
      size: 2,
    });
    const written = await broken(batch, options, () => undefined);
    expect((await docxText(written[3]!)).text).toContain('单位3：');
  });
});
