import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportFormat, ReportId } from '../../../src/shared/ipc-contract';
import { createServices, type Services } from '../../../src/main/services/create-services';
import { fileOf, makeDataDir, recordingContext, removeDir, stubAnalyzer, valueOf } from './service-test-kit';

const context = recordingContext();

describe('export.reports', () => {
  let dataDir: string;
  let services: Services;
  beforeEach(async () => {
    dataDir = await makeDataDir();
    services = await createServices({
      dataDir,
      analyzer: stubAnalyzer(),
      now: () => new Date(2026, 10, 22, 10, 0),
    });
  });
  afterEach(async () => {
    await services.close();
    await removeDir(dataDir);
  });

  const request = (reportIds: ReportId[], format: ExportFormat) => ({
    reportIds,
    format,
    dismissed: 'separate' as const,
    exportId: 'x',
  });

  it('returns a file of each format with a dated Chinese name', async () => {
    const outcomes = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '淮安市人民政府|2024|5'), fileOf('b.txt', 'FAIL')], batchId: 'e' },
        context,
      ),
    );
    const reportIds = outcomes.map((outcome) => outcome.reportId!);
    const docx = valueOf(await services['export.reports'](request(reportIds, 'docx'), context));
    expect(docx.fileName).toBe('年报审查意见_2026-11-22.docx');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    // The stub's one finding is still 待复核.
    expect(docx.unreviewed).toBe(1);
    const xlsx = valueOf(await services['export.reports'](request(reportIds, 'xlsx'), context));
    expect(xlsx.fileName).toBe('年报审查意见_2026-11-22.xlsx');
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const md = valueOf(await services['export.reports'](request(reportIds, 'md'), context));
    expect(md.fileName).toBe('年报审查意见_2026-11-22.md');
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain('淮安市人民政府');
    const csv = valueOf(await services['export.reports'](request(reportIds, 'csv'), context));
    expect(csv.fileName).toBe('年报审查意见_2026-11-22.csv');
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toContain('桩检查：数值需要核对');
  });

  it('refuses an empty selection and unknown reports', async () => {
    const empty = await services['export.reports'](request([], 'docx'), context);
    expect(empty.ok ? null : empty.error.code).toBe('invalid_request');
    const unknown = await services['export.reports'](request(['ab'.repeat(8) as ReportId], 'xlsx'), context);
    expect(unknown.ok ? null : unknown.error).toEqual({ code: 'not_found', message: '找不到该报告' });
  });

  it('names the format and says nothing was written when building the file fails', async () => {
    const [outcome] = valueOf(
      await services['library.import'](
        { files: [fileOf('a.txt', '淮安市人民政府|2024|5')], batchId: 'f' },
        context,
      ),
    );
    vi.doMock('../../../src/main/services/export/index', () => ({
      writeExport: () => Promise.reject(new Error('out of memory')),
      unreviewedCount: () => 0,
    }));
    try {
      const result = await services['export.reports'](request([outcome!.reportId!], 'xlsx'), context);
      expect(result.ok ? null : result.error).toEqual({
        code: 'export_failed',
        message: expect.stringContaining(
          '生成 Excel 工作簿时出错（1 份报告），未写出任何文件',
        ) as string,
      });
    } finally {
      vi.doUnmock('../../../src/main/services/export/index');
    }
  });
});
