// Export benchmark: a library of 500 generated reports (real imports through worker threads, findings
// reviewed, some corrections), then the whole batch exported in each format through export.reports,
// as the app does (target: under 10 s for 500 reports); then one notice per report with the 通报
// (export.notices, zip and folder; target: 15 s for all 500 files, judged on the slowest run) and the
// region summary with its charts (summary.region, summary.export Word/Excel). Run: npm run bench:export
// Options: --reports N (default 500), --runs N (default 3), --only formats,notices,summary (default all).
// Wall-clock times are judged; the CPU time of this process is printed beside them, since a shared
// machine's load inflates wall-clock times.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzerPool } from '../src/main/services/analyzer-pool';
import { cliNoticeWorker } from '../src/cli/notice-workers';
import { createServices } from '../src/main/services/create-services';
import type {
  ExportFormat,
  ExportedFile,
  NoticesExported,
  ReportId,
  Result,
} from '../src/shared/ipc-contract';
import { generatedBatch } from '../tests/unit/export/generated-batch';
import { argument } from './bench-options';

const reportCount = argument('--reports', 500);
const runs = argument('--runs', 3);
const onlyIndex = process.argv.indexOf('--only');
const parts = new Set(
  (onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? '') : 'formats,notices,summary').split(','),
);
const context = { emit: () => undefined };
const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-export-bench-'));
// Notices are written on worker threads, as in the app and the CLI.
const services = await createServices({
  dataDir,
  analyzer: createAnalyzerPool(),
  noticeWorker: cliNoticeWorker,
});
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
  /** Runs `work` `runs` times and adds a row: median, slowest, size of the last result. */
  const measure = async (label: string, work: () => Promise<number>): Promise<number> => {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let size = 0;
    for (let run = 0; run < runs; run += 1) {
      started = performance.now();
      const cpu = process.cpuUsage();
      size = await work();
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    rows.push(
      `| ${label} | ${seconds(median(times))} | ${seconds(Math.max(...times))} | ${seconds(median(cpuTimes))} | ${(size / 1024 / 1024).toFixed(1)} MB |`,
    );
    return Math.max(...times);
  };
  const bytesOf = (file: ExportedFile | NoticesExported): number =>
    Buffer.byteLength(file.base64, 'base64') +
    ('files' in file
      ? (file.files ?? []).reduce((sum, entry) => sum + Buffer.byteLength(entry.base64, 'base64'), 0)
      : 0);

  let slowestFormat = NaN;
  for (const format of parts.has('formats') ? (['docx', 'xlsx', 'md', 'csv'] as ExportFormat[]) : [])
    slowestFormat = Math.max(
      Number.isNaN(slowestFormat) ? 0 : slowestFormat,
      await measure(format, async () =>
        bytesOf(
          valueOf(
            await services['export.reports'](
              { reportIds: ids, format, dismissed: 'separate', exportId: format },
              context,
            ),
          ),
        ),
      ),
    );
  let notices = 0;
  let slowestNotices = NaN;
  if (parts.has('notices'))
    slowestNotices = Math.max(
      await measure('分单位审查意见（zip）', async () => {
        const file = valueOf(
          await services['export.notices'](
            { reportIds: ids, cleanReports: 'notice', packaging: 'zip', exportId: 'n' },
            context,
          ),
        );
        notices = file.notices;
        return bytesOf(file);
      }),
      await measure('分单位审查意见（文件夹）', async () =>
        bytesOf(
          valueOf(
            await services['export.notices'](
              { reportIds: ids, cleanReports: 'notice', packaging: 'folder', exportId: 'f' },
              context,
            ),
          ),
        ),
      ),
    );
  if (parts.has('summary'))
    await measure('汇总（summary.region）', async () =>
      Buffer.byteLength(
        JSON.stringify(valueOf(await services['summary.region']({ reportIds: ids }, context))),
      ),
    );
  for (const format of parts.has('summary') ? (['docx', 'xlsx'] as const) : [])
    await measure(`汇总 ${format}（含图表）`, async () =>
      bytesOf(
        valueOf(
          await services['summary.export']({ reportIds: ids, format, exportId: `s-${format}` }, context),
        ),
      ),
    );
  console.log(
    `\n导出 ${ids.length} 份报告（每项 ${runs} 次；目标：单个文件 < 10 秒，分单位审查意见 ${notices} 份 + 通报 ≤ 15 秒，按最慢一次计）：\n`,
  );
  console.log('| 导出 | 中位数 | 最慢 | CPU（中位数） | 大小 |\n|---|---|---|---|---|');
  console.log(rows.join('\n'));
  if (!Number.isNaN(slowestFormat))
    console.log(
      `\n各格式最慢一次：${(slowestFormat / 1000).toFixed(2)} 秒（${slowestFormat <= 10_000 ? '达到' : '未达到'} 10 秒目标）`,
    );
  // Judged only when the notices were exported (`--only formats` leaves them out).
  if (!Number.isNaN(slowestNotices))
    console.log(
      `\n分单位审查意见最慢一次：${(slowestNotices / 1000).toFixed(2)} 秒（${slowestNotices <= 15_000 ? '达到' : '未达到'} 15 秒目标）`,
    );
} finally {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
}
