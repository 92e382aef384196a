import { readFile, writeFile } from 'node:fs/promises';
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
  stubCell,
  stubFindingId,
  valueOf,
} from './service-test-kit';

const context = recordingContext();
const clock = (iso: string) => () => new Date(iso);

describe('review state', () => {
  let dataDir: string;
  let services: Services;
  let reportId: ReportId;

  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      now: clock('2026-11-22T08:00:00.000Z'),
    });
    await services['settings.set']({ reviewerName: '  张审查  ' }, context);
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '淮安市洪泽区人民政府|2024|5')], batchId: 'r' },
        context,
      ),
    );
    reportId = outcome!.reportId!;
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('signs a decision, keeps earlier ones in the history and updates the summary counts', async () => {
    const first = valueOf(
      await services['review.setStatus'](
        { reportId, findingId: stubFindingId, status: 'confirmed', comment: '属实' },
        context,
      ),
    );
    expect(first.review).toEqual({
      status: 'confirmed',
      comment: '属实',
      reviewer: '张审查',
      at: '2026-11-22T08:00:00.000Z',
    });
    const second = valueOf(
      await services['review.setStatus'](
        { reportId, findingId: stubFindingId, status: 'dismissed', comment: '已说明' },
        context,
      ),
    );
    expect(second.history).toEqual([first.review]);
    const [summary] = valueOf(await services['library.list']({}, context));
    expect(summary).toMatchObject({
      reviewed: 1,
      total: 1,
      counts: { error: 0, warning: 0, info: 0 },
      region: '淮安市洪泽区',
    });

    const unknown = await services['review.setStatus'](
      { reportId, findingId: 'nope', status: 'confirmed', comment: '' },
      context,
    );
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
  });

  it('keeps annotations and the reviewer name across a restart', async () => {
    await services['review.setStatus'](
      { reportId, findingId: stubFindingId, status: 'confirmed', comment: '数字有误' },
      context,
    );
    const added = valueOf(
      await services['review.addFinding'](
        {
          reportId,
          cells: [],
          message: '第五部分照抄上年',
          severity: 'warning',
          excerpt: '淮安市洪泽区人民政府',
        },
        context,
      ),
    );
    expect(added.id.startsWith('reviewer|')).toBe(true);
    expect(added.origin).toBe('reviewer');
    expect(added.excerptSource).toEqual({
      kind: 'text',
      start: 0,
      end: '淮安市洪泽区人民政府|2024|5'.length,
    });
    await services.close();

    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const detail = valueOf(await services['report.get']({ reportId }, context));
    const check = detail.findings.find((finding) => finding.id === stubFindingId);
    expect(check).toMatchObject({
      origin: 'check',
      review: { status: 'confirmed', comment: '数字有误', reviewer: '张审查' },
    });
    expect(detail.findings.find((finding) => finding.id === added.id)).toMatchObject({
      origin: 'reviewer',
      message: '第五部分照抄上年',
      review: { status: 'confirmed' },
    });
    expect(valueOf(await services['settings.get']({}, context))).toEqual({ reviewerName: '张审查', autoAdvance: true });
    // The summary counts, written after a short delay, were flushed on close.
    expect(valueOf(await services['library.list']({}, context))[0]).toMatchObject({ reviewed: 2, total: 2 });
  });

  it('repairs summary counts that a crash left stale when the report is opened', async () => {
    await services['review.setStatus'](
      { reportId, findingId: stubFindingId, status: 'dismissed', comment: '' },
      context,
    );
    await services.close();
    // Simulate a lost deferred write: counts in library.json from before the decision.
    const libraryFile = join(dataDir, 'library.json');
    const library = JSON.parse(await readFile(libraryFile, 'utf8'));
    library.reports[0] = { ...library.reports[0], reviewed: 0, counts: { error: 1, warning: 0, info: 0 } };
    await writeFile(libraryFile, JSON.stringify(library));

    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    expect(valueOf(await services['library.list']({}, context))[0]).toMatchObject({ reviewed: 0 });
    const detail = valueOf(await services['report.get']({ reportId }, context));
    expect(detail.summary).toMatchObject({ reviewed: 1, counts: { error: 0 } });
    await services.close();
    expect(JSON.parse(await readFile(libraryFile, 'utf8')).reports[0]).toMatchObject({
      reviewed: 1,
      counts: { error: 0 },
    });
    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
  });

  it('saving an annotation rewrites only the small review file and library.json', async () => {
    const reportFile = join(dataDir, 'reports', `${reportId}.json`);
    const before = await readFile(reportFile, 'utf8');
    await services['review.setStatus'](
      { reportId, findingId: stubFindingId, status: 'confirmed', comment: '' },
      context,
    );
    expect(await readFile(reportFile, 'utf8')).toBe(before);
    const reviews = JSON.parse(await readFile(join(dataDir, 'reviews', `${reportId}.json`), 'utf8'));
    expect(Object.keys(reviews.records)).toEqual([stubFindingId]);
  });

  it('validates reviewer findings', async () => {
    const noTarget = await services['review.addFinding'](
      { reportId, cells: [], message: '说明', severity: 'info' },
      context,
    );
    expect(noTarget.ok ? null : noTarget.error.code).toBe('invalid_request');
    const badCell = await services['review.addFinding'](
      { reportId, cells: ['no.such.cell'], message: '说明', severity: 'info' },
      context,
    );
    expect(badCell.ok ? null : badCell.error.message).toContain('no.such.cell');
    const onCell = valueOf(
      await services['review.addFinding'](
        { reportId, cells: [stubCell], message: '说明', severity: 'info' },
        context,
      ),
    );
    expect(onCell.cells).toEqual([stubCell]);
  });

  it('rejects ids that are not report ids before touching the disk', async () => {
    for (const bad of ['../x', '../../library', 'ABCDEF0123456789', 'abc']) {
      const result = await services['report.get']({ reportId: bad as ReportId }, context);
      expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: '报告编号无效' } });
      const deleted = await services['library.delete']({ reportId: bad as ReportId }, context);
      expect(deleted.ok).toBe(false);
    }
  });
});
