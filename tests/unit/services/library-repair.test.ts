// A report whose own files the library can no longer read back (data file damaged or missing, original gone)
// is repaired by importing the same file again: the report's id is the file's hash. The reviews stay as they
// were; a plain duplicate stays a duplicate; a repair that cannot be written leaves the library as it was.
import * as fsp from 'node:fs/promises';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteFileSystem } from '../../../src/main/storage/atomic-file';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ImportOutcome, ReportId } from '../../../src/shared/ipc-contract';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubCell,
  stubFindingId,
  valueOf,
} from './service-test-kit';

const context = recordingContext();
const file = fileOf('洪泽2024.txt', '淮安市洪泽区人民政府|2024|5');

/** Writes into the library's folder `failing.folder` (reports, originals) fail with ENOSPC. */
function fileSystemFailingIn(failing: { folder: string | null }): WriteFileSystem {
  return {
    rm: fsp.rm,
    rename: fsp.rename,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (failing.folder && flags === 'wx' && path.includes(`${sep}${failing.folder}${sep}`))
        throw Object.assign(new Error(`ENOSPC: simulated, open '${path}'`), { code: 'ENOSPC' });
      return fsp.open(path, flags, mode);
    }) as WriteFileSystem['open'],
  };
}

describe('repairing a report by importing its file again', () => {
  let dataDir: string;
  let services: Services;
  let reportId: ReportId;
  const failing: { folder: string | null } = { folder: null };

  const open = async () => {
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      fileSystem: fileSystemFailingIn(failing),
    });
  };
  const importAgain = async (): Promise<ImportOutcome> =>
    valueOf(await services['library.import']({ files: [file], batchId: 'again' }, context))[0]!;
  const detail = async () => valueOf(await services['report.get']({ reportId }, context));
  /** What the reviewer sees of the report's reviews. */
  const reviewsSeen = async () => {
    const { summary, findings } = await detail();
    return {
      error: summary.error,
      completed: summary.completed,
      reviewed: summary.reviewed,
      findings: findings.map(({ id, origin, message, review, history }) => ({
        id,
        origin,
        message,
        review: review && { status: review.status, comment: review.comment },
        history: history.map((entry) => entry.comment),
      })),
    };
  };
  const reviewsFile = () => readFile(join(dataDir, 'reviews', `${reportId}.json`), 'utf8');

  beforeEach(async () => {
    dataDir = await makeDataDir();
    failing.folder = null;
    await open();
    reportId = valueOf(await services['library.import']({ files: [file], batchId: 'first' }, context))[0]!
      .reportId!;
    const decide = (comment: string) =>
      services['review.setStatus'](
        { reportId, findingId: stubFindingId, status: 'confirmed', comment },
        context,
      );
    valueOf(await decide('初步判断属实'));
    valueOf(await decide('属实，请整改'));
    valueOf(
      await services['review.addFinding'](
        { reportId, cells: [stubCell], message: '照抄上年数据', severity: 'warning' },
        context,
      ),
    );
    valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  /** The reviews as the reviewer saw them before anything was damaged. */
  const reviewed = {
    error: null,
    completed: { reviewer: expect.any(String), at: expect.any(String) },
    reviewed: 2,
    findings: [
      {
        id: stubFindingId,
        origin: 'check',
        message: '桩检查：数值需要核对',
        review: { status: 'confirmed', comment: '属实，请整改' },
        history: ['初步判断属实'],
      },
      {
        id: expect.stringMatching(/^reviewer\|/),
        origin: 'reviewer',
        message: '照抄上年数据',
        review: { status: 'confirmed', comment: '' },
        history: [],
      },
    ],
  };

  it('rebuilds a damaged report data file and keeps every decision, comment, own finding and the 审查完毕 mark', async () => {
    valueOf(await services['review.correctCell']({ reportId, cellId: stubCell, value: 9 }, context));
    // The correction raised findings of its own, which withdrew the mark: the reviewer marks the report again.
    valueOf(await services['review.markReviewed']({ reportId, reviewed: true }, context));
    const reviewsBefore = await reviewsFile();
    await services.close();
    await writeFile(join(dataDir, 'reports', `${reportId}.json`), '{"version":1,"id":"');
    await open();

    // The reviewer is told to import the original again, not to delete the report.
    const { error } = (await detail()).summary;
    expect(error).toMatch(/^报告数据文件已损坏/);
    expect(error).toMatch(/重新导入该报告的原件/);
    expect(error).not.toMatch(/删除/);

    const again = await importAgain();
    expect(again).toMatchObject({ status: 'imported', reportId });
    expect(again.notice).toMatch(/已修复/);
    expect(again.notice).toMatch(/更正无法恢复/);
    expect(await reviewsSeen()).toMatchObject(reviewed);
    expect((await detail()).corrections).toEqual([]);
    expect(await reviewsFile()).toBe(reviewsBefore);
    // The repair is in library.json: it holds after a restart, and the report is one entry, reviewed.
    await services.close();
    await open();
    expect(await reviewsSeen()).toMatchObject(reviewed);
    const list = valueOf(await services['library.list']({}, context));
    expect(list.map(({ id, error, completed }) => ({ id, error, marked: completed !== null }))).toEqual([
      { id: reportId, error: null, marked: true },
    ]);
  });

  it('repairs a damaged data file nobody has opened yet, when the file is imported again', async () => {
    await services.close();
    await writeFile(join(dataDir, 'reports', `${reportId}.json`), '');
    await open();
    const again = await importAgain();
    expect(again).toMatchObject({ status: 'imported', reportId, notice: expect.stringMatching(/已修复/) });
    expect(await reviewsSeen()).toMatchObject(reviewed);
    // The damaged file is still kept as it was, in damaged/.
    expect(await readdir(join(dataDir, 'damaged'))).toHaveLength(1);
  });

  it('rebuilds a missing report data file', async () => {
    await services.close();
    await rm(join(dataDir, 'reports', `${reportId}.json`));
    await open();
    const { error } = (await detail()).summary;
    expect(error).toMatch(/^报告数据文件缺失/);
    expect(error).toMatch(/重新导入该报告的原件/);
    expect(error).not.toMatch(/删除/);
    expect(await importAgain()).toMatchObject({ status: 'imported', notice: expect.stringMatching(/已修复/) });
    expect(await reviewsSeen()).toMatchObject(reviewed);
  });

  it('stores a lost original again, keeping the reviews and the corrections', async () => {
    valueOf(await services['review.correctCell']({ reportId, cellId: stubCell, value: 9 }, context));
    for (const name of await readdir(join(dataDir, 'originals'))) await rm(join(dataDir, 'originals', name));
    const lost = await services['report.original']({ reportId }, context);
    expect(lost).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/重新导入该报告的原件/) },
    });
    const before = await reviewsSeen();

    const again = await importAgain();
    expect(again).toMatchObject({
      status: 'imported',
      reportId,
      notice: expect.stringMatching(/已修复.*原件/),
    });
    expect(valueOf(await services['report.original']({ reportId }, context))).toBeTruthy();
    expect(await reviewsSeen()).toEqual(before);
    expect((await detail()).corrections).toMatchObject([{ cellId: stubCell, corrected: 9 }]);
  });

  it('answers a plain duplicate as before, reviews untouched', async () => {
    const reviewsBefore = await reviewsFile();
    expect(await importAgain()).toEqual({
      fileName: '洪泽2024.txt',
      status: 'duplicate',
      reportId,
      error: null,
    });
    expect(await reviewsFile()).toBe(reviewsBefore);
    expect(await reviewsSeen()).toMatchObject(reviewed);
  });

  it.each(['reports', 'originals'])(
    'loses nothing when the repair cannot write into %s/, and repairs once it can',
    async (folder) => {
      await services.close();
      await writeFile(join(dataDir, 'reports', `${reportId}.json`), '坏');
      for (const name of await readdir(join(dataDir, 'originals')))
        await rm(join(dataDir, 'originals', name));
      await open();
      const reviewsBefore = await reviewsFile();
      failing.folder = folder;
      const again = await importAgain();
      expect(again).toMatchObject({ status: 'failed', error: expect.stringMatching(/^磁盘空间不足/) });
      // Still listed, as unreadable, with its reviews file as it was.
      expect((await detail()).summary.error).toMatch(/^报告数据文件已损坏/);
      expect(valueOf(await services['library.list']({}, context)).map((summary) => summary.id)).toEqual([
        reportId,
      ]);
      expect(await reviewsFile()).toBe(reviewsBefore);

      failing.folder = null;
      expect(await importAgain()).toMatchObject({
        status: 'imported',
        // (The original may have been stored by the failed attempt already.)
        notice: expect.stringMatching(/已修复：重新读取了损坏或缺失的报告数据/),
      });
      expect(await reviewsSeen()).toMatchObject(reviewed);
      expect(valueOf(await services['report.original']({ reportId }, context))).toBeTruthy();
    },
  );

  it('makes a report with a damaged review file usable again, and says its reviews are gone', async () => {
    await services.close();
    await writeFile(join(dataDir, 'reviews', `${reportId}.json`), '{"version":2,"records":');
    await open();
    const { error } = (await detail()).summary;
    expect(error).toMatch(/^审查记录文件已损坏/);
    expect(error).not.toMatch(/删除/);
    const again = await importAgain();
    expect(again).toMatchObject({ status: 'imported', notice: expect.stringMatching(/需重新审查/) });
    expect(await reviewsSeen()).toMatchObject({
      error: null,
      completed: null,
      reviewed: 0,
      findings: [{ id: stubFindingId, review: null }],
    });
  });
});
