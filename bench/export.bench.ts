// Export benchmark: a library of 500 generated reports (real imports through worker threads, findings
// reviewed, some corrections), then the whole batch exported in each format through export.reports,
// as the app does. Target: under 10 s for 500 reports, judged on the slowest run. Run: npm run bench:export
// Options: --reports N (default 500), --runs N (default 3).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzerPool } from '../src/main/services/analyzer-pool';
import { createServices } from '../src/main/services/create-services';
import type { ExportFormat, ReportId, Result } from '../src/shared/ipc-contract';
import { generatedBatch } from '../tests/unit/export/generated-batch';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const reportCount = argument('--reports', 500);
const runs = argument('--runs', 3);
const context = { emit: () => undefined };
const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-export-bench-'));
const services = await createServices({ dataDir, analyzer: createAnalyzerPool() });
try {
  let started = performance.now();
  const files = generatedBatch(reportCount).map(({ name, bytes }) => ({
    name,
    base64: bytes.toString('base64'),
  }));
  const ids: ReportId[] = [];
  for (let index = 0; index < files.length; index += 50) {
    const outcomes = valueOf(
      await services['library.import'](
        { files: files.slice(index, index + 50), batchId: `b${index}` },
        context,
      ),
    );
    ids.push(...outcomes.map((outcome) => outcome.reportId as ReportId));
  }
  let findings = 0;
  for (const [index, reportId] of ids.entries()) {
    const detail = valueOf(await services['report.get']({ reportId }, context));
    findings += detail.findings.length;
    for (const [position, finding] of detail.findings.entries()) {
      if ((index + position) % 3 === 2) continue;
      const status = (index + position) % 3 === 0 ? 'confirmed' : 'dismissed';
      valueOf(
        await services['review.setStatus'](
          { reportId, findingId: finding.id, status, comment: `意见 ${index}` },
          context,
        ),
      );
    }
    if (index % 5 === 0)
      valueOf(
        await services['review.correctCell']({ reportId, cellId: 'requests.new.natural', value: 1 }, context),
      );
  }
  console.log(
    `资料库：${ids.length} 份报告，${findings} 项问题，准备用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
  );

  const rows: string[] = [];
  let slowest = 0;
  for (const format of ['docx', 'xlsx', 'md', 'csv'] as ExportFormat[]) {
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run < runs; run += 1) {
      started = performance.now();
      const file = valueOf(
        await services['export.reports'](
          { reportIds: ids, format, dismissed: 'separate', exportId: format },
          context,
        ),
      );
      times.push(performance.now() - started);
      size = Buffer.byteLength(file.base64, 'base64');
    }
    const max = Math.max(...times);
    slowest = Math.max(slowest, max);
    rows.push(
      `| ${format} | ${(median(times) / 1000).toFixed(2)} s | ${(max / 1000).toFixed(2)} s | ${max < 10_000 ? '达到' : '未达到'} | ${(size / 1024 / 1024).toFixed(1)} MB |`,
    );
  }
  console.log(`\n导出 ${ids.length} 份报告（每种格式 ${runs} 次；目标：最慢的一次 < 10 秒）：\n`);
  console.log('| 格式 | 中位数 | 最慢 | 目标 | 文件大小 |\n|---|---|---|---|---|');
  console.log(rows.join('\n'));
  console.log(`\n最慢的一次 ${(slowest / 1000).toFixed(2)} 秒：${slowest < 10_000 ? '达到' : '未达到'}目标（10 秒）`);
} finally {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
}
