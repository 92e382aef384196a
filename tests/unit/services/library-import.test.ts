import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  seedFiles,
  stubAnalyzer,
  valueOf,
} from './service-test-kit';

describe('library.import with the real readers', () => {
  let dataDir: string;
  let services: Services;

  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('imports the seeds, records corrupt and empty files as failed, and recognises the same file twice', async () => {
    const seeds = await seedFiles();
    const first = seeds[0];
    if (!first) throw new Error('no seeds');
    const files = [
      ...seeds,
      fileOf('损坏的报告.pdf', '%PDF-1.7\n这不是一个真正的 PDF 文件'),
      fileOf('空文件.txt', ''),
      { ...first, name: `再次-${first.name}` },
    ];
    const context = recordingContext();
    const outcomes = valueOf(await services['library.import']({ files, batchId: 'b1' }, context));

    expect(outcomes.map((outcome) => outcome.fileName)).toEqual(files.map((file) => file.name));
    expect(outcomes.slice(0, seeds.length).map((outcome) => outcome.status)).toEqual(
      seeds.map(() => 'imported'),
    );
    const [corrupt, empty, again] = outcomes.slice(seeds.length);
    expect(corrupt).toMatchObject({ status: 'failed', fileName: '损坏的报告.pdf' });
    // The reason alone: the file's name stands beside it wherever it is shown.
    expect(corrupt?.error).toMatch(/损坏/);
    expect(corrupt?.error).not.toContain('损坏的报告.pdf');
    expect(empty).toMatchObject({ status: 'failed', fileName: '空文件.txt' });
    expect(empty?.error).toMatch(/空/);
    expect(empty?.error).not.toContain('空文件.txt');
    expect(again).toMatchObject({ status: 'duplicate', reportId: outcomes[0]?.reportId, error: null });

    // One progress event per file, counting up to the total.
    expect(context.events.map((event) => event.done)).toEqual(files.map((_, index) => index + 1));
    expect(context.events.every((event) => event.batchId === 'b1' && event.total === files.length)).toBe(
      true,
    );

    // Failed files stay in the library, listed with their reason; the duplicate is not added.
    const list = valueOf(await services['library.list']({}, context));
    expect(list).toHaveLength(seeds.length + 2);
    expect(
      list
        .filter((summary) => summary.error !== null)
        .map((summary) => summary.fileName)
        .sort(),
    ).toEqual(['损坏的报告.pdf', '空文件.txt'].sort());

    // Originals are kept unchanged, named by their sha256.
    const bytes = Buffer.from(first.base64, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(outcomes[0]?.reportId).toBe(sha256);
    expect(await readFile(join(dataDir, 'originals', sha256))).toEqual(bytes);
  });

  it('shows a text original as text and refuses unknown ids', async () => {
    const [seed] = await seedFiles();
    if (!seed) throw new Error('no seeds');
    const [outcome] = valueOf(
      await services['library.import']({ files: [seed], batchId: 'b' }, recordingContext()),
    );
    const original = valueOf(
      await services['report.original']({ reportId: outcome!.reportId! }, recordingContext()),
    );
    expect(original.text).toBe(Buffer.from(seed.base64, 'base64').toString('utf8'));
    const missing = await services['report.get']({ reportId: 'ab'.repeat(32) as never }, recordingContext());
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: '找不到该报告' } });
  });

  // importLocalFiles: files the command line read itself, as bytes.
  it('keeps exactly the file’s bytes, even from a view into a larger buffer, and knows the file in base64 again', async () => {
    const [seed] = await seedFiles();
    if (!seed) throw new Error('no seeds');
    const bytes = Buffer.from(seed.base64, 'base64');
    // The file's bytes in the middle of a larger buffer, as a pooled Buffer holds them.
    const larger = Buffer.concat([Buffer.from('前面的字节'), bytes, Buffer.from('后面的字节')]);
    const view = new Uint8Array(
      larger.buffer,
      larger.byteOffset + Buffer.byteLength('前面的字节'),
      bytes.length,
    );
    const [imported] = valueOf(
      await services.importLocalFiles(
        { files: [{ name: seed.name, bytes: view }], batchId: 'local' },
        recordingContext(),
      ),
    );
    expect(imported).toMatchObject({ status: 'imported', fileName: seed.name, error: null });
    expect(imported?.reportId).toBe(createHash('sha256').update(bytes).digest('hex'));
    const original = valueOf(
      await services['report.original']({ reportId: imported!.reportId! }, recordingContext()),
    );
    expect(original.text).toBe(bytes.toString('utf8'));
    const [again] = valueOf(
      await services['library.import']({ files: [seed], batchId: 'window' }, recordingContext()),
    );
    expect(again).toMatchObject({ status: 'duplicate', reportId: imported?.reportId });
  });
});

describe('library safety', () => {
  let dataDir: string;
  afterEach(() => removeDir(dataDir));

  it('survives a failed import: library.json keeps every entry and only gains the failed one', async () => {
    dataDir = await makeDataDir();
    const services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const context = recordingContext();
    await services['library.import'](
      {
        files: [fileOf('a.txt', '淮安市洪泽区人民政府|2023|5'), fileOf('b.txt', '淮安市人民政府|2024|7')],
        batchId: 'x',
      },
      context,
    );
    const before = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));

    const [failed] = valueOf(
      await services['library.import']({ files: [fileOf('c.txt', 'FAIL')], batchId: 'y' }, context),
    );
    expect(failed).toMatchObject({ status: 'failed', error: '文件已损坏' });
    await services.close();

    const after = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(after.reports.slice(0, before.reports.length)).toEqual(before.reports);
    expect(after.reports).toHaveLength(before.reports.length + 1);
    expect(after.reports.at(-1)).toMatchObject({ fileName: 'c.txt', error: '文件已损坏' });
    expect({ ...after, reports: [] }).toEqual({ ...before, reports: [] });
  });

  it('refuses files above the size limit without copying them, and keeps going', async () => {
    dataDir = await makeDataDir();
    const services = await createServices({ dataDir, analyzer: stubAnalyzer(), maxFileBytes: 1024 });
    const outcomes = valueOf(
      await services['library.import'](
        {
          files: [fileOf('big.txt', 'x'.repeat(2048)), fileOf('ok.txt', '沭阳县人民政府|2025|3')],
          batchId: 'z',
        },
        recordingContext(),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'imported']);
    expect(outcomes[0]?.error).toContain('文件过大');
    const original = await services['report.original'](
      { reportId: outcomes[0]!.reportId! },
      recordingContext(),
    );
    expect(original.ok).toBe(false);
    await services.close();
  });

  it('deletes a report and its files', async () => {
    dataDir = await makeDataDir();
    const services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '烟台市芝罘区商务局|2020|1')], batchId: 'd' },
        recordingContext(),
      ),
    );
    const reportId = outcome!.reportId!;
    expect(valueOf(await services['library.delete']({ reportId }, recordingContext()))).toEqual({
      deleted: true,
    });
    expect(valueOf(await services['library.list']({}, recordingContext()))).toEqual([]);
    expect(valueOf(await services['library.delete']({ reportId }, recordingContext()))).toEqual({
      deleted: false,
    });
    await expect(readFile(join(dataDir, 'originals', reportId))).rejects.toThrow();
    await services.close();
  });
});
