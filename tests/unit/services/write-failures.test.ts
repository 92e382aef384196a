// A full disk or a read-only folder while the library is open: each change answers with a Chinese
// reason and what was not saved (no temp path), nothing in memory pretends otherwise, and an import
// batch says per file what was saved. Failures are injected through the file-system calls of the writes.
import * as fsp from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteFileSystem } from '../../../src/main/storage/atomic-file';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ReportId, Result } from '../../../src/shared/ipc-contract';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubFindingId,
  valueOf,
} from './service-test-kit';

const context = recordingContext();

const fsError = (code: string, path: string) =>
  Object.assign(new Error(`${code}: simulated, open '${path}'`), { code });

/** Fails the writes with `failWith.code` once `failWith.after` more files have been written. */
function faultyFileSystem(failWith: { code: string | null; after: number }): WriteFileSystem {
  return {
    rm: fsp.rm,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (flags === 'wx' && failWith.code) {
        if (failWith.after <= 0) throw fsError(failWith.code, path);
        failWith.after -= 1;
      }
      return fsp.open(path, flags, mode);
    }) as WriteFileSystem['open'],
    rename: async (from, to) => {
      if (failWith.code === 'EROFS') throw fsError('EROFS', String(from));
      await fsp.rename(from, to);
    },
  };
}

const errorOf = <T>(result: Result<T>) => (result.ok ? null : result.error);

describe('write failures while running', () => {
  let dataDir: string;
  let services: Services;
  const failWith: { code: string | null; after: number } = { code: null, after: 0 };

  beforeEach(async () => {
    dataDir = await makeDataDir();
    Object.assign(failWith, { code: null, after: 0 });
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      fileSystem: faultyFileSystem(failWith),
    });
  });
  afterEach(async () => {
    failWith.code = null;
    await services.close();
    await removeDir(dataDir);
  });

  it('a failed settings.set answers in Chinese and leaves the settings as they were', async () => {
    valueOf(await services['settings.set']({ reviewerName: '王审查' }, context));
    failWith.code = 'ENOSPC';
    expect(errorOf(await services['settings.set']({ reviewerName: '赵审查' }, context))).toEqual({
      code: 'write_failed',
      message: '磁盘空间不足，设置未保存，请解决后重试。',
    });
    expect(valueOf(await services['settings.get']({}, context))).toEqual({ reviewerName: '王审查' });
    failWith.code = 'EROFS';
    expect(errorOf(await services['settings.set']({ reviewerName: '赵审查' }, context))?.message).toBe(
      '资料库所在的磁盘是只读的，设置未保存，请解决后重试。',
    );
    expect(valueOf(await services['settings.get']({}, context))).toEqual({ reviewerName: '王审查' });
  });

  it('a review decision, a finding, a correction and a deletion that cannot be written say so', async () => {
    const [imported] = valueOf(
      await services['library.import']({ files: [fileOf('a.txt', '淮安市|2024|5')], batchId: 'a' }, context),
    );
    const reportId = imported!.reportId! as ReportId;
    failWith.code = 'EACCES';
    const decision = await services['review.setStatus'](
      { reportId, findingId: stubFindingId, status: 'confirmed', comment: '属实' },
      context,
    );
    expect(errorOf(decision)?.message).toBe('没有写入资料库文件夹的权限，审查结论未保存，请解决后重试。');
    const finding = await services['review.addFinding'](
      { reportId, cells: [], message: '照抄上年', severity: 'warning', excerpt: '淮安市' },
      context,
    );
    expect(errorOf(finding)?.message).toBe('没有写入资料库文件夹的权限，新增的问题未保存，请解决后重试。');
    const correction = await services['review.correctCell'](
      { reportId, cellId: 'requests.new.natural', value: 9 },
      context,
    );
    expect(errorOf(correction)?.message).toBe('没有写入资料库文件夹的权限，更正未保存，请解决后重试。');
    const deletion = await services['library.delete']({ reportId }, context);
    expect(errorOf(deletion)?.message).toBe('没有写入资料库文件夹的权限，删除操作未保存，请解决后重试。');

    failWith.code = null;
    // Nothing of it was taken as done: the report is there, unreviewed and uncorrected.
    const detail = valueOf(await services['report.get']({ reportId }, context));
    expect(detail.findings.map((item) => item.review)).toEqual([null]);
    expect(detail.corrections).toEqual([]);
    expect(valueOf(await services['library.list']({}, context)).map((summary) => summary.id)).toEqual([
      reportId,
    ]);
  });

  it('an import batch says per file what was saved when the disk fills up in the middle', async () => {
    // Each imported report writes its original, its report file and library.json: the disk fills after 4 files.
    failWith.code = 'ENOSPC';
    failWith.after = 4;
    const files = ['淮安市|2022|1', '淮安市|2023|2', '淮安市|2024|3'].map((text, index) =>
      fileOf(`报告${index + 1}.txt`, text),
    );
    const outcomes = valueOf(await services['library.import']({ files, batchId: 'full' }, context));
    expect(outcomes.map(({ fileName, status, error }) => ({ fileName, status, error }))).toEqual([
      { fileName: '报告1.txt', status: 'imported', error: null },
      {
        fileName: '报告2.txt',
        status: 'failed',
        error: '报告2.txt：磁盘空间不足，未导入，请解决后重新导入该文件。',
      },
      {
        fileName: '报告3.txt',
        status: 'failed',
        error: '报告3.txt：磁盘空间不足，未导入，请解决后重新导入该文件。',
      },
    ]);
    expect(outcomes.every((outcome) => !(outcome.error ?? '').includes('/'))).toBe(true);
    const listed = valueOf(await services['library.list']({}, context)).map((summary) => summary.fileName);
    expect(listed).toEqual(['报告1.txt']);
    // Once there is room again, the same files import.
    failWith.code = null;
    const again = valueOf(
      await services['library.import']({ files: files.slice(1), batchId: 'again' }, context),
    );
    expect(again.map((outcome) => outcome.status)).toEqual(['imported', 'imported']);
    await services.close();
    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    expect(valueOf(await services['library.list']({}, context))).toHaveLength(3);
  });
});
