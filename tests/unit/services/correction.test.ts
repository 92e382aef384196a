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

describe('review.correctCell', () => {
  let dataDir: string;
  let services: Services;
  let reportId: ReportId;

  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      now: () => new Date('2026-11-22T09:30:00Z'),
    });
    await services['settings.set']({ reviewerName: '李审查' }, context);
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '沭阳县人民政府|2025|713')], batchId: 'c' },
        context,
      ),
    );
    reportId = outcome!.reportId!;
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('keeps the original value beside the correction and returns the corrected cells', async () => {
    const detail = valueOf(
      await services['review.correctCell']({ reportId, cellId: stubCell, value: 731 }, context),
    );
    expect(detail.corrections).toEqual([
      { cellId: stubCell, original: 713, corrected: 731, reviewer: '李审查', at: '2026-11-22T09:30:00.000Z' },
    ]);
    expect(detail.cells[stubCell]).toMatchObject({ value: 731, raw: '713' });

    // A second correction of the same cell still remembers the extracted value; the change survives a restart.
    await services['review.correctCell']({ reportId, cellId: stubCell, value: 732 }, context);
    await services.close();
    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
    const reread = valueOf(await services['report.get']({ reportId }, context));
    expect(reread.corrections).toMatchObject([{ cellId: stubCell, original: 713, corrected: 732 }]);
    expect(reread.cells[stubCell]?.value).toBe(732);

    // Setting the extracted value back removes the correction.
    const reverted = valueOf(
      await services['review.correctCell']({ reportId, cellId: stubCell, value: 713 }, context),
    );
    expect(reverted.corrections).toEqual([]);
  });

  it('re-runs the checks: a finding that no longer fires is dropped, or kept resolved when it was reviewed', async () => {
    // The stub's finding is not one the real checks raise, so after any correction it no longer fires.
    const unreviewed = valueOf(
      await services['review.correctCell']({ reportId, cellId: stubCell, value: 1 }, context),
    );
    expect(unreviewed.findings.some((finding) => finding.id === stubFindingId)).toBe(false);
  });

  it('keeps a reviewed finding as resolved, with its annotation', async () => {
    await services['review.setStatus'](
      { reportId, findingId: stubFindingId, status: 'confirmed', comment: '应为 731' },
      context,
    );
    const detail = valueOf(
      await services['review.correctCell']({ reportId, cellId: stubCell, value: 731 }, context),
    );
    const kept = detail.findings.find((finding) => finding.id === stubFindingId);
    expect(kept).toMatchObject({ resolved: true, review: { comment: '应为 731' } });
    expect(detail.summary.total).toBe(detail.findings.filter((finding) => !finding.resolved).length);
  });

  it('refuses unknown cells and failed reports', async () => {
    const unknown = await services['review.correctCell'](
      { reportId, cellId: 'nope.cell', value: 1 },
      context,
    );
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
    const [failed] = valueOf(
      await services['library.import']({ files: [fileOf('bad.txt', 'FAIL')], batchId: 'f' }, context),
    );
    const onFailed = await services['review.correctCell'](
      { reportId: failed!.reportId!, cellId: stubCell, value: 1 },
      context,
    );
    expect(onFailed.ok ? null : onFailed.error.code).toBe('unreadable');
  });
});
