// Drafts kept in the library, the 审查完毕 mark, and the same report arriving with other bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ImportFile, ReportId, SameReportChoice } from '../../../src/shared/ipc-contract';
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

describe('review workflow', () => {
  let dataDir: string;
  let services: Services;

  const start = async () => {
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      now: () => new Date('2026-11-22T08:00:00.000Z'),
    });
    await services['settings.set']({ reviewerName: '张审查' }, context);
  };
  const importOne = async (file: ImportFile) => {
    const [outcome] = valueOf(await services['library.import']({ files: [file], batchId: 'w' }, context));
    if (!outcome) throw new Error('no outcome');
    return outcome;
  };
  const findingOf = async (reportId: ReportId) =>
    valueOf(await services['report.get']({ reportId }, context)).findings.find((f) => f.id === stubFindingId);

  beforeEach(async () => {
    dataDir = await makeDataDir();
    await start();
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('keeps a typed comment as a draft across a restart, and drops it once saved with a decision', async () => {
    const { reportId } = await importOne(fileOf('a.txt', '淮安市洪泽区人民政府|2024|5'));
    const id = reportId!;
    valueOf(await services['review.saveDraft']({ reportId: id, findingId: stubFindingId, text: '数字需核实' }, context));
    await services.close();
    await start();
    expect((await findingOf(id))?.draft).toEqual({ text: '数字需核实', at: '2026-11-22T08:00:00.000Z' });
    const reviews = JSON.parse(await readFile(join(dataDir, 'reviews', `${id}.json`), 'utf8'));
    expect(reviews.version).toBe(2);

    valueOf(
      await services['review.setStatus'](
        { reportId: id, findingId: stubFindingId, status: 'confirmed', comment: '数字需核实' },
        context,
      ),
    );
    const decided = await findingOf(id);
    expect(decided?.draft).toBeUndefined();
    expect(decided?.review?.comment).toBe('数字需核实');
    // A draft equal to the saved comment is no draft.
    valueOf(await services['review.saveDraft']({ reportId: id, findingId: stubFindingId, text: '数字需核实' }, context));
    expect((await findingOf(id))?.draft).toBeUndefined();
  });

  it('reads a version 1 reviews file as it was, without drafts or mark', async () => {
    const { reportId } = await importOne(fileOf('a.txt', '淮安市洪泽区人民政府|2024|5'));
    const id = reportId!;
    const { writeFile } = await import('node:fs/promises');
    const v1 = {
      version: 1,
      records: { [stubFindingId]: { review: { status: 'pending', comment: '再看', reviewer: '李', at: 't' }, history: [] } },
      added: [],
    };
    await writeFile(join(dataDir, 'reviews', `${id}.json`), JSON.stringify(v1));
    const detail = valueOf(await services['report.get']({ reportId: id }, context));
    expect(detail.findings[0]?.review?.status).toBe('pending');
    expect(detail.summary.completed).toBeNull();
  });

  it('marks a report 审查完毕 with who and when, lists it, and withdraws the mark', async () => {
    const { reportId } = await importOne(fileOf('a.txt', '淮安市洪泽区人民政府|2024|5'));
    const id = reportId!;
    const [listed] = valueOf(await services['library.list']({}, context));
    expect(listed?.completed).toBeNull();
    const summary = valueOf(await services['review.markReviewed']({ reportId: id, reviewed: true }, context));
    expect(summary.completed).toEqual({ reviewer: '张审查', at: '2026-11-22T08:00:00.000Z' });
    await services.close();
    await start();
    expect(valueOf(await services['library.list']({}, context))[0]?.completed?.reviewer).toBe('张审查');
    expect(valueOf(await services['report.get']({ reportId: id }, context)).summary.completed?.reviewer).toBe('张审查');
    valueOf(await services['review.markReviewed']({ reportId: id, reviewed: false }, context));
    expect(valueOf(await services['library.list']({}, context))[0]?.completed).toBeNull();
  });

  describe('the same report with other bytes', () => {
    const first = fileOf('洪泽2024.txt', '淮安市洪泽区人民政府|2024|5');
    // Same body and year, another file: saved again with a different value read.
    const again = fileOf('洪泽2024（再次下载）.txt', '淮安市洪泽区人民政府|2024|5|');

    const importAgain = async (choice: SameReportChoice) => {
      const original = (await importOne(first)).reportId!;
      valueOf(
        await services['review.setStatus'](
          { reportId: original, findingId: stubFindingId, status: 'confirmed', comment: '属实' },
          context,
        ),
      );
      const asked = await importOne({ ...again, sameReport: 'ask' });
      expect(asked).toMatchObject({
        status: 'same-report',
        sameAs: { reportId: original, agency: '淮安市洪泽区人民政府', year: 2024, fileName: '洪泽2024.txt' },
      });
      // Nothing is in the library until the reviewer chooses.
      expect(valueOf(await services['library.list']({}, context))).toHaveLength(1);
      const settled = valueOf(await services['library.resolveImport']({ reportId: asked.reportId!, choice }, context));
      return { original, asked, settled, list: valueOf(await services['library.list']({}, context)) };
    };

    it('replaces the earlier file, keeping its decisions where the same findings still arise', async () => {
      const { original, asked, settled, list } = await importAgain('replace');
      expect(settled).toMatchObject({ status: 'imported', reportId: asked.reportId, replaced: original });
      expect(list.map((entry) => entry.fileName)).toEqual(['洪泽2024（再次下载）.txt']);
      expect((await findingOf(asked.reportId!))?.review).toMatchObject({ status: 'confirmed', comment: '属实' });
      expect(valueOf(await services['library.list']({}, context))[0]?.reviewed).toBe(1);
    });

    it('keeps both as versions of one report', async () => {
      const { original, asked, settled, list } = await importAgain('version');
      expect(settled).toMatchObject({ status: 'imported', reportId: asked.reportId });
      expect(list.map((entry) => [entry.fileName, entry.versionOf])).toEqual([
        ['洪泽2024.txt', null],
        ['洪泽2024（再次下载）.txt', original],
      ]);
      // Deleting the first version leaves the other as the report's only version.
      valueOf(await services['library.delete']({ reportId: original }, context));
      expect(valueOf(await services['library.list']({}, context))[0]?.versionOf).toBeNull();
    });

    it('skips the file', async () => {
      const { settled, list } = await importAgain('skip');
      expect(settled.status).toBe('skipped');
      expect(list).toHaveLength(1);
    });

    it('answers a settled or unknown choice with a Chinese error', async () => {
      const { asked } = await importAgain('skip');
      const again = await services['library.resolveImport']({ reportId: asked.reportId!, choice: 'replace' }, context);
      expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/重新导入/) } });
    });
  });
});
