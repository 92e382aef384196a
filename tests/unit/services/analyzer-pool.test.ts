import { getEventListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ANALYSIS_RESOURCE_LIMITS,
  AnalysisCancelledError,
  AnalysisMemoryError,
  AnalysisTimeoutError,
  createAnalyzerPool,
  OCR_PAGES_TIMED,
} from '../../../src/main/services/analyzer-pool';
import { MAX_OCR_PAGES } from '../../../src/main/extract/ocr/pdf-page-ocr';
import { analysisFailure } from '../../../src/main/services/analysis-failure';
import { realDir } from '../../shared-data';
import { createServices } from '../../../src/main/services/create-services';
import { fileOf, makeDataDir, recordingContext, removeDir, seedFiles, valueOf } from './service-test-kit';

// How the CLI and the tests start the worker: the TypeScript entry, booted through tsx by the pool.
const workerUrl = new URL('../../../src/main/services/analyze-worker.ts', import.meta.url);
const misbehavingWorker = new URL('./misbehaving-worker.ts', import.meta.url);

describe('analyzer pool', () => {
  let dataDir = '';
  afterEach(() => removeDir(dataDir));

  it('imports files through real worker threads', async () => {
    dataDir = await makeDataDir();
    const analyzer = createAnalyzerPool({ size: 2, workerUrl });
    const services = await createServices({ dataDir, analyzer });
    const seeds = (await seedFiles()).slice(0, 3);
    const files = [...seeds, fileOf('空文件.txt', '')];
    const context = recordingContext();
    const outcomes = valueOf(await services['library.import']({ files, batchId: 'w' }, context));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported', 'imported', 'imported', 'failed']);
    expect(outcomes[3]).toMatchObject({ fileName: '空文件.txt', status: 'failed' });
    expect(outcomes[3]?.error).not.toContain('空文件.txt');
    expect(context.events).toHaveLength(files.length);

    const detail = valueOf(await services['report.get']({ reportId: outcomes[0]!.reportId! }, context));
    expect(detail.document?.lines.length).toBeGreaterThan(0);
    expect(detail.summary.agency).not.toBeNull();
    await services.close();
  });

  it('gives the same analysis in a worker as in-process', async () => {
    const [seed] = await seedFiles();
    const bytes = Buffer.from(seed!.base64, 'base64');
    const inWorker = createAnalyzerPool({ size: 1, workerUrl });
    const inProcess = createAnalyzerPool({ size: 1 });
    const [fromWorker, local] = await Promise.all([
      inWorker.analyze(seed!.name, bytes),
      inProcess.analyze(seed!.name, bytes),
    ]);
    expect(fromWorker).toEqual(local);
    // The caller's buffer is not detached by the transfer to the worker.
    expect(bytes.byteLength).toBeGreaterThan(0);
    await Promise.all([inWorker.close(), inProcess.close()]);
  });

  it('records a file as failed when its worker cannot run, and goes on with the others', async () => {
    dataDir = await makeDataDir();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const analyzer = createAnalyzerPool({ size: 1, workerUrl: new URL('./no-such-worker.ts', workerUrl) });
    const services = await createServices({ dataDir, analyzer });
    const outcomes = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '甲'), fileOf('b.txt', '乙')], batchId: 'x' },
        recordingContext(),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'failed']);
    expect(outcomes[0]?.error).toBe('读取时发生内部错误，请将该文件反馈给开发人员');
    // The cause is logged for the developers, with the file's name.
    expect(logged).toHaveBeenCalledWith('[import] analysis of a.txt failed', expect.any(Error));
    logged.mockRestore();
    await services.close();
  });

  it('stops a worker that takes too long', async () => {
    const analyzer = createAnalyzerPool({ size: 1, workerUrl, taskTimeoutMs: 1 });
    const [seed] = await seedFiles();
    await expect(analyzer.analyze(seed!.name, Buffer.from(seed!.base64, 'base64'))).rejects.toThrow(
      /longer than 1 ms/,
    );
    await analyzer.close();
  });

  it('reports the pages of a PDF as it reads them', async () => {
    const analyzer = createAnalyzerPool({ size: 1, workerUrl });
    const pages: string[] = [];
    const bytes = await readFile(path.join(realDir, 'huaian-city-2024.pdf'));
    const analysis = await analyzer.analyze('huaian-city-2024.pdf', bytes, {
      onProgress: ({ stage, page, pages: total }) => pages.push(`${stage} ${page}/${total}`),
    });
    expect(analysis.ok).toBe(true);
    expect(pages).toEqual([1, 2, 3, 4, 5, 6].map((page) => `reading ${page}/6`));
    await analyzer.close();
  });

  it.each([
    ['in a worker', { workerUrl }],
    ['in-process', {}],
  ])('cancels a file %s, waiting or running, and goes on with the next', async (_, where) => {
    const analyzer = createAnalyzerPool({ size: 1, ...where });
    const [first, second, third] = (await seedFiles()).slice(0, 3);
    const running = new AbortController();
    const waiting = new AbortController();
    const bytes = (file: typeof first) => Buffer.from(file!.base64, 'base64');
    const runningAnalysis = analyzer.analyze(first!.name, bytes(first), { signal: running.signal });
    const waitingAnalysis = analyzer.analyze(second!.name, bytes(second), { signal: waiting.signal });
    const next = analyzer.analyze(third!.name, bytes(third));
    waiting.abort();
    running.abort();
    await expect(runningAnalysis).rejects.toBeInstanceOf(AnalysisCancelledError);
    await expect(waitingAnalysis).rejects.toBeInstanceOf(AnalysisCancelledError);
    expect((await next).ok).toBe(true);
    await analyzer.close();
  });

  it.each([
    ['in a worker', { workerUrl }],
    ['in-process', {}],
  ])('leaves no abort listener behind on a signal shared by a batch (%s)', async (_, where) => {
    const analyzer = createAnalyzerPool({ size: 1, ...where });
    const batch = new AbortController();
    const files = (await seedFiles()).slice(0, 3);
    const analyses = await Promise.all(
      files.map((file) => analyzer.analyze(file.name, Buffer.from(file.base64, 'base64'), { signal: batch.signal })),
    );
    expect(analyses.map((analysis) => analysis.ok)).toEqual([true, true, true]);
    expect(getEventListeners(batch.signal, 'abort')).toHaveLength(0);
    await analyzer.close();
  });

  it('gives a file more time for each page it reads by OCR, and tells the caller of each page', async () => {
    const analyzer = createAnalyzerPool({ size: 1, workerUrl: misbehavingWorker, taskTimeoutMs: 1_500, ocrPageTimeMs: 1_500 });
    // The worker is started first: its start-up does not eat into the file's time.
    await analyzer.analyze('limits.txt', Buffer.from('x'));
    const pages: number[] = [];
    // Three pages of 1 s each: 3 s, within 1.5 s + 3 × 1.5 s.
    const analysis = await analyzer.analyze('ocr-slow.pdf', Buffer.from('x'), {
      onProgress: ({ page }) => pages.push(page),
    });
    expect(analysis).toEqual({ ok: false, code: 'read', error: 'three pages read' });
    expect(pages).toEqual([1, 2, 3]);
    await analyzer.close();
  });

  it('gives more time for no more pages than a scan may have read by OCR, so any file ends', async () => {
    expect(OCR_PAGES_TIMED).toBe(MAX_OCR_PAGES);
    const analyzer = createAnalyzerPool({ size: 1, workerUrl: misbehavingWorker, taskTimeoutMs: 2_000, ocrPageTimeMs: 10 });
    await analyzer.analyze('limits.txt', Buffer.from('x'));
    const error = await analyzer.analyze('ocr-forever.tif', Buffer.from('x')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnalysisTimeoutError);
    expect((error as AnalysisTimeoutError).timeoutMs).toBe(2_000 + OCR_PAGES_TIMED * 10);
    await analyzer.close();
  });

  it('runs every worker under the memory limits by default', async () => {
    const analyzer = createAnalyzerPool({ size: 1, workerUrl: misbehavingWorker });
    const analysis = await analyzer.analyze('limits.txt', Buffer.from('x'));
    await analyzer.close();
    expect(analysis.ok || JSON.parse(analysis.error)).toMatchObject(ANALYSIS_RESOURCE_LIMITS);
  });

  it('stops a file that runs out of memory, says so in Chinese, and goes on with the next', async () => {
    const analyzer = createAnalyzerPool({
      size: 1,
      workerUrl: misbehavingWorker,
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
    });
    const [seed] = await seedFiles();
    const hog = analyzer.analyze('hog.pdf', Buffer.from('x'));
    const next = analyzer.analyze(seed!.name, Buffer.from(seed!.base64, 'base64'));
    const error = await hog.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnalysisMemoryError);
    expect(analysisFailure('hog.pdf', error).error).toBe(
      'hog.pdf：读取所需内存超过上限（48 MB），已停止（文件可能过于复杂或已损坏）',
    );
    expect((await next).ok).toBe(true);
    await analyzer.close();
  });

  it('stops a file that never ends at the time limit while the other worker goes on', async () => {
    const analyzer = createAnalyzerPool({ size: 2, workerUrl: misbehavingWorker, taskTimeoutMs: 8_000 });
    const seeds = (await seedFiles()).slice(0, 3);
    const hang = analyzer.analyze('hang.html', Buffer.from('x'));
    const others = await Promise.all(
      seeds.map((seed) => analyzer.analyze(seed.name, Buffer.from(seed.base64, 'base64'))),
    );
    // The three others are done by the second worker before the first file's time is up.
    expect(others.map((analysis) => analysis.ok)).toEqual([true, true, true]);
    const error = await hang.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AnalysisTimeoutError);
    expect(analysisFailure('hang.html', error).error).toBe(
      'hang.html：读取超过 8 秒仍未完成，已停止（文件可能过于复杂或已损坏）',
    );
    await analyzer.close();
  });
});
