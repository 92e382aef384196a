// What a crash or a damaged disk leaves behind: summary counts behind their files are recounted when the
// library opens; a damaged per-report file is set aside (content kept) and its report listed with a
// Chinese error, while the rest of the library opens and works.
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services/create-services';
import type { ReportId } from '../../../src/shared/ipc-contract';
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
const open = (dataDir: string): Promise<Services> => createServices({ dataDir, analyzer: stubAnalyzer() });

describe('library integrity on open', () => {
  let dataDir: string;
  let services: Services;
  let ids: ReportId[];

  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await open(dataDir);
    const files = [
      '淮安市洪泽区人民政府|2023|5',
      '淮安市洪泽区人民政府|2024|6',
      '烟台市芝罘区商务局|2024|7',
    ].map((text, index) => fileOf(`r${index}.txt`, text));
    ids = valueOf(await services['library.import']({ files, batchId: 'i' }, context)).map(
      (outcome) => outcome.reportId!,
    );
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  const summaries = async () => valueOf(await services['library.list']({}, context));
  const summaryOf = async (id: ReportId) => (await summaries()).find((summary) => summary.id === id)!;

  /**
   * What a crash before the deferred write of library.json leaves: the entry as it was (`stale`), older
   * than the per-report files, and the lock's owner note, which only a clean close removes.
   */
  const crashWithStaleEntry = async (id: ReportId, stale: Record<string, unknown>) => {
    await services.close();
    const libraryFile = join(dataDir, 'library.json');
    const library = JSON.parse(await readFile(libraryFile, 'utf8'));
    Object.assign(
      library.reports.find((report: { id: string }) => report.id === id),
      stale,
    );
    await writeFile(libraryFile, JSON.stringify(library));
    const past = new Date(Date.now() - 60_000);
    await utimes(libraryFile, past, past);
    await writeFile(join(dataDir, 'library.lock-owner.json'), JSON.stringify({ pid: 0, host: 'gone' }));
    services = await open(dataDir);
  };

  it('recounts summaries whose review file is newer than library.json (a crash before the deferred write)', async () => {
    valueOf(
      await services['review.setStatus'](
        { reportId: ids[2]!, findingId: stubFindingId, status: 'dismissed', comment: '' },
        context,
      ),
    );
    await crashWithStaleEntry(ids[2]!, { reviewed: 0, counts: { error: 1, warning: 0, info: 0 } });
    expect(await summaryOf(ids[2]!)).toMatchObject({
      reviewed: 1,
      total: 1,
      counts: { error: 0, warning: 0, info: 0 },
    });
    await services.close();
    // Written back: the next open reads the right counts from library.json itself.
    const written = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(written.reports.find((report: { id: string }) => report.id === ids[2]).reviewed).toBe(1);
    services = await open(dataDir);
  });

  it('restores the 审查完毕 mark from the review file when library.json missed it', async () => {
    const marked = valueOf(
      await services['review.markReviewed']({ reportId: ids[2]!, reviewed: true }, context),
    );
    await crashWithStaleEntry(ids[2]!, { completed: null });
    expect((await summaryOf(ids[2]!)).completed).toEqual(marked.completed);

    // A withdrawn mark stays withdrawn, too.
    valueOf(await services['review.markReviewed']({ reportId: ids[2]!, reviewed: false }, context));
    await crashWithStaleEntry(ids[2]!, { completed: marked.completed });
    expect((await summaryOf(ids[2]!)).completed).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,"id":"'],
    ['valid JSON of the wrong shape', '{"version":1,"findings":"none"}'],
    ['empty', ''],
  ])(
    'sets aside a damaged report file (%s) and lists the report with a Chinese error',
    async (_kind, content) => {
      await services.close();
      await writeFile(join(dataDir, 'reports', `${ids[0]}.json`), content);
      services = await open(dataDir);

      const detail = valueOf(await services['report.get']({ reportId: ids[0]! }, context));
      expect(detail.cells).toEqual({});
      const damaged = await readdir(join(dataDir, 'damaged'));
      expect(damaged).toHaveLength(1);
      expect(await readFile(join(dataDir, 'damaged', damaged[0]!), 'utf8')).toBe(content);
      const message = `报告数据文件已损坏，已原样移至资料库的 damaged/${damaged[0]} 保存。请重新导入该报告的原件（将原文件再次拖入即可），报告会自动修复。已有的审查结论会保留，单元格更正需重新填写。`;
      expect(detail.summary.error).toBe(message);
      expect((await summaryOf(ids[0]!)).error).toBe(message);
      // The rest of the library works: the next year's report of the same body, and the others.
      expect(valueOf(await services['report.get']({ reportId: ids[1]! }, context)).summary.error).toBeNull();
      valueOf(
        await services['review.setStatus'](
          { reportId: ids[2]!, findingId: stubFindingId, status: 'confirmed', comment: '' },
          context,
        ),
      );
      // Still listed as failed after a restart; the damaged report can be deleted.
      await services.close();
      services = await open(dataDir);
      expect((await summaryOf(ids[0]!)).error).toBe(message);
      expect(valueOf(await services['library.delete']({ reportId: ids[0]! }, context))).toEqual({
        deleted: true,
      });
    },
  );

  it('exports a report whose document model alone is damaged, and sets the file aside once the report is opened', async () => {
    await services.close();
    const file = join(dataDir, 'reports', `${ids[2]}.json`);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...stored, document: { lines: '坏' } }));
    services = await open(dataDir);

    // The export never shows the original: the report is there with its finding.
    const request = {
      reportIds: [ids[2]!],
      format: 'md' as const,
      dismissed: 'separate' as const,
      exportId: 'x',
    };
    const exported = valueOf(await services['export.reports'](request, context));
    expect(Buffer.from(exported.base64, 'base64').toString('utf8')).toContain('烟台市芝罘区商务局');
    expect(exported.unreviewed).toBe(1);
    expect((await summaryOf(ids[2]!)).error).toBeNull();
    // Opened, the report needs its document: the file is set aside, as any damaged one.
    const detail = valueOf(await services['report.get']({ reportId: ids[2]! }, context));
    expect(detail.summary.error).toMatch(/^报告数据文件已损坏/);
    expect(await readdir(join(dataDir, 'damaged'))).toHaveLength(1);
  });

  it('sets aside a damaged review file and lists its report with a Chinese error', async () => {
    valueOf(
      await services['review.setStatus'](
        { reportId: ids[2]!, findingId: stubFindingId, status: 'confirmed', comment: '' },
        context,
      ),
    );
    await services.close();
    await writeFile(join(dataDir, 'reviews', `${ids[2]}.json`), '{"version":1,"records":{"x":{"review":');
    services = await open(dataDir);
    const detail = valueOf(await services['report.get']({ reportId: ids[2]! }, context));
    expect(detail.findings).toEqual([]);
    const [damaged] = await readdir(join(dataDir, 'damaged'));
    expect((await summaryOf(ids[2]!)).error).toBe(
      `审查记录文件已损坏，已原样移至资料库的 damaged/${damaged} 保存，其中的审查结论无法读取。请重新导入该报告的原件（将原文件再次拖入即可），报告会自动修复。修复后该报告没有审查记录，需重新审查。`,
    );
    expect((await summaryOf(ids[0]!)).error).toBeNull();
  });

  it('lists a report whose file is missing with a Chinese error instead of an empty report', async () => {
    await services.close();
    await removeDir(join(dataDir, 'reports', `${ids[2]}.json`));
    services = await open(dataDir);
    const detail = valueOf(await services['report.get']({ reportId: ids[2]! }, context));
    expect(detail.summary.error).toBe(
      '报告数据文件缺失（资料库可能被改动过）。请重新导入该报告的原件（将原文件再次拖入即可），报告会自动修复。已有的审查结论会保留，单元格更正需重新填写。',
    );
  });

  it('does not move a report file written by a newer version, and says so', async () => {
    await services.close();
    const file = join(dataDir, 'reports', `${ids[2]}.json`);
    const newer = JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), version: 7 });
    await writeFile(file, newer);
    services = await open(dataDir);
    const detail = valueOf(await services['report.get']({ reportId: ids[2]! }, context));
    expect(detail.summary.error).toBe(
      '报告数据文件由更新版本的年报审查台创建，本版本无法读取。请升级年报审查台。',
    );
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
