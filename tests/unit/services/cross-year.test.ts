// The wiring of cross-year checks: the real checks are replaced by a probe, so the test does not depend on them.
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteFileSystem } from '../../../src/main/storage/atomic-file';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { createServices, type Services } from '../../../src/main/services/create-services';
import {
  fileOf,
  makeDataDir,
  recordingContext,
  removeDir,
  stubAnalyzer,
  stubCell,
  valueOf,
} from './service-test-kit';

vi.mock('../../../src/main/domain/checks/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/main/domain/checks/index')>();
  return {
    ...original,
    // Fires while the two years' stub cells differ.
    checkAcrossYears: (current: ExtractedReport, previous: ExtractedReport): Finding[] =>
      current.cells[stubCell]?.value === previous.cells[stubCell]?.value
        ? []
        : [
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

  describe('decided, when the year before changes', () => {
    const probe = 'crossYear.probe|2024-2023';
    /** 2023 and 2024 of one body, whose stub cells differ: the probe fires on 2024. */
    const importPair = async () => {
      const [previous, current] = valueOf(
        await services['library.import'](
          {
            files: [
              fileOf('2023.txt', '淮安市洪泽区人民政府|2023|4'),
              fileOf('2024.txt', '淮安市洪泽区人民政府|2024|5'),
            ],
            batchId: 'a',
          },
          context,
        ),
      );
      return { previous: previous!.reportId!, current: current!.reportId! };
    };
    async function decidedPair() {
      const { previous, current } = await importPair();
      valueOf(
        await services['review.setStatus'](
          {
            reportId: current,
            findingId: probe,
            status: 'confirmed',
            comment: '上年数据对不上，已去函核实',
          },
          context,
        ),
      );
      return { previous, current };
    }
    const probeOf = async (reportId: string) =>
      valueOf(await services['report.get']({ reportId: reportId as never }, context)).findings.find(
        (finding) => finding.id === probe,
      );

    it('stay listed as 已消除 with the decision when a correction to the year before stops them, and come back with it', async () => {
      const { previous, current } = await decidedPair();
      valueOf(
        await services['review.correctCell'](
          { reportId: previous as never, cellId: stubCell, value: 5 },
          context,
        ),
      );
      expect(await probeOf(current)).toMatchObject({
        resolved: true,
        review: { status: 'confirmed', comment: '上年数据对不上，已去函核实' },
      });
      // The library's list counts as the report does: the finding is no longer open.
      const detail = valueOf(await services['report.get']({ reportId: current as never }, context));
      const listed = valueOf(await services['library.list']({}, context)).find(
        (entry) => entry.id === current,
      );
      expect([listed?.total, listed?.reviewed]).toEqual([detail.summary.total, detail.summary.reviewed]);
      expect(detail.summary.total).toBe(1);

      valueOf(
        await services['review.correctCell'](
          { reportId: previous as never, cellId: stubCell, value: 4 },
          context,
        ),
      );
      const back = await probeOf(current);
      expect(back?.resolved).toBeUndefined();
      expect(back?.review).toMatchObject({ status: 'confirmed', comment: '上年数据对不上，已去函核实' });
    });

    it('stay listed as 已消除 with the decision when the year before is deleted, and come back when it returns', async () => {
      const { previous, current } = await decidedPair();
      valueOf(await services['library.delete']({ reportId: previous as never }, context));
      expect(await probeOf(current)).toMatchObject({
        resolved: true,
        review: { status: 'confirmed', comment: '上年数据对不上，已去函核实' },
      });
      valueOf(
        await services['library.import'](
          { files: [fileOf('2023.txt', '淮安市洪泽区人民政府|2023|4')], batchId: 'b' },
          context,
        ),
      );
      expect(await probeOf(current)).toMatchObject({ review: { comment: '上年数据对不上，已去函核实' } });
      expect((await probeOf(current))?.resolved).toBeUndefined();
    });

    it.each(['version', 'replace'] as const)(
      'stay listed as 已消除 when another file of the year before that agrees comes in (%s)',
      async (sameReport) => {
        const { current } = await decidedPair();
        valueOf(
          await services['library.import'](
            {
              files: [{ ...fileOf('2023（更正）.txt', '淮安市洪泽区人民政府|2023|5'), sameReport }],
              batchId: 'b',
            },
            context,
          ),
        );
        expect(await probeOf(current)).toMatchObject({
          resolved: true,
          review: { status: 'confirmed', comment: '上年数据对不上，已去函核实' },
        });
      },
    );

    it('are not kept when nobody had decided on them', async () => {
      const { previous, current } = await importPair();
      valueOf(
        await services['review.correctCell']({ reportId: previous, cellId: stubCell, value: 5 }, context),
      );
      expect(await probeOf(current)).toBeUndefined();
    });

    it('a deletion is done and saved also when the year after cannot be written to keep its decisions', async () => {
      await services.close();
      const failing = `${sep}reports${sep}.`;
      let refuse = false;
      const fileSystem: WriteFileSystem = {
        rm,
        rename,
        open: ((path: string, flags?: string, mode?: number) =>
          refuse && flags === 'wx' && String(path).includes(failing)
            ? Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))
            : open(path, flags, mode)) as WriteFileSystem['open'],
      };
      services = await createServices({ dataDir, analyzer: stubAnalyzer(), fileSystem });
      const { previous } = await decidedPair();
      refuse = true;
      expect(valueOf(await services['library.delete']({ reportId: previous as never }, context))).toEqual({
        deleted: true,
      });
      expect(valueOf(await services['library.list']({}, context)).map((entry) => entry.year)).toEqual([2024]);
      const saved = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as {
        reports: { year: number }[];
      };
      expect(saved.reports.map((entry) => entry.year)).toEqual([2024]);
    });
  });
});
