// The wiring of cross-year checks: the real checks are replaced by a probe, so the test does not depend on them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { fileOf, makeDataDir, recordingContext, removeDir, stubAnalyzer, valueOf } from './service-test-kit';

vi.mock('../../../src/main/domain/checks/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/main/domain/checks/index')>();
  return {
    ...original,
    checkAcrossYears: (current: ExtractedReport, previous: ExtractedReport): Finding[] => [
      {
        id: `crossYear.probe|${current.year}-${previous.year}`,
        rule: 'crossYear.probe',
        severity: 'warning',
        message: `${current.year} 对比 ${previous.year}`,
        cells: [],
      },
    ],
  };
});

const context = recordingContext();

describe('cross-year findings', () => {
  let dataDir: string;
  let services: Services;
  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({ dataDir, analyzer: stubAnalyzer() });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  it('are computed against the same body’s previous year when the library holds it', async () => {
    const [current] = valueOf(
      await services['library.import'](
        { files: [fileOf('2024.txt', '淮安市洪泽区人民政府|2024|5')], batchId: 'a' },
        context,
      ),
    );
    const alone = valueOf(await services['report.get']({ reportId: current!.reportId! }, context));
    expect(alone.findings.map((finding) => finding.rule)).not.toContain('crossYear.probe');

    const [previous] = valueOf(
      await services['library.import'](
        {
          files: [
            // The same body, written without its city.
            fileOf('2023.txt', '洪泽区人民政府|2023|4'),
            fileOf('other.txt', '淮安市人民政府|2023|4'),
          ],
          batchId: 'b',
        },
        context,
      ),
    );
    const detail = valueOf(await services['report.get']({ reportId: current!.reportId! }, context));
    expect(
      detail.findings
        .filter((finding) => finding.rule === 'crossYear.probe')
        .map((finding) => finding.message),
    ).toEqual(['2024 对比 2023']);
    // The next year's summary counts were refreshed when its previous year arrived.
    const summary = valueOf(await services['library.list']({}, context)).find(
      (entry) => entry.id === current!.reportId,
    );
    expect(summary?.total).toBe(detail.summary.total);

    const older = valueOf(await services['report.get']({ reportId: previous!.reportId! }, context));
    expect(older.findings.map((finding) => finding.rule)).not.toContain('crossYear.probe');

    const coverage = valueOf(await services['library.coverage']({}, context));
    expect(coverage.years).toEqual([2023, 2024]);
    expect(coverage.rows.map((row) => row.agency).sort()).toEqual(['淮安市人民政府', '淮安市洪泽区人民政府']);
    // One region in the library's filter for both spellings.
    const regions = valueOf(await services['library.list']({}, context)).map((entry) => entry.region);
    expect(regions.sort()).toEqual(['淮安市', '淮安市洪泽区', '淮安市洪泽区']);
    expect(coverage.rows.find((row) => row.agency === '淮安市洪泽区人民政府')?.years).toMatchObject({
      2023: { reportId: previous!.reportId },
      2024: { reportId: current!.reportId },
    });
  });
});
