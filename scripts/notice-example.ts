// Makes docs/notice-print.png (a printed 整改通知书) and docs/bulletin-print.png (the 通报's first page):
// the real reports of the shared fixtures and the seeds imported into a temporary library, reviewed as a
// reviewer would, the notices written, printed to PDF by LibreOffice and rendered by pdftoppm.
// Run: npm run docs:notices [-- --clean]
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/main/services/create-services';
import { createInProcessAnalyzer } from '../src/main/services/in-process-analyzer';
import type { ReportId, Result } from '../src/shared/ipc-contract';
import { realDir, seedsDir } from '../tests/shared-data';

const context = { emit: () => undefined };
const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const work = await mkdtemp(join(tmpdir(), 'nianbao-notice-example-'));
const services = await createServices({
  dataDir: join(work, 'library'),
  analyzer: createInProcessAnalyzer(2),
});
try {
  valueOf(await services['settings.set']({ reviewerName: '李审查' }, context));
  valueOf(
    await services['office.set'](
      {
        office: {
          officeName: '淮安市人民政府办公室',
          contactName: '王明',
          contactPhone: '0517-8360 0000',
          deadlineDays: 15,
        },
      },
      context,
    ),
  );
  const paths = [
    ...['huaian-hongze-2023.pdf', 'huaian-hongze-2024.pdf', 'huaian-city-2024.pdf'].map((name) =>
      join(realDir, name),
    ),
    ...(await readdir(seedsDir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(seedsDir, name)),
  ];
  const files = await Promise.all(
    paths.map(async (path) => ({
      name: path.split('/').pop() ?? path,
      base64: (await readFile(path)).toString('base64'),
    })),
  );
  const outcomes = valueOf(await services['library.import']({ files, batchId: 'example' }, context));
  const reportIds = outcomes.flatMap((outcome) => (outcome.reportId ? [outcome.reportId as ReportId] : []));
  for (const reportId of reportIds) {
    const detail = valueOf(await services['report.get']({ reportId }, context));
    for (const finding of detail.findings) {
      const confirm = finding.severity === 'error' && finding.rule !== 'structure.tables';
      const comment = confirm
        ? finding.rule.startsWith('appeals')
          ? '表四“总计”应为各项结果之和，请核实后更正并重新发布。'
          : '请核实后更正并重新发布。'
        : '经核对原件，不构成问题。';
      valueOf(
        await services['review.setStatus'](
          { reportId, findingId: finding.id, status: confirm ? 'confirmed' : 'dismissed', comment },
          context,
        ),
      );
    }
    if (detail.summary.fileName === 'huaian-hongze-2023.pdf')
      valueOf(
        await services['review.addFinding'](
          {
            reportId,
            cells: [],
            excerpt: detail.title ?? undefined,
            message: '表三仍使用2019版格式的单行“（六）其他处理”，应按2021版格式分三项填报。',
            severity: 'warning',
          },
          context,
        ),
      );
  }
  const result = valueOf(
    await services['export.notices'](
      { reportIds, cleanReports: 'notice', packaging: 'folder', exportId: 'example' },
      context,
    ),
  );
  const out = join(work, 'notices');
  await mkdir(out);
  for (const file of result.files ?? [])
    await writeFile(join(out, file.name), Buffer.from(file.base64, 'base64'));
  const notice = (result.files ?? []).find((file) => file.name.startsWith('洪泽区人民政府_2023'));
  const bulletin = (result.files ?? []).find((file) => file.name.startsWith('年报审查情况通报'));
  for (const [file, target] of [
    [notice, 'docs/notice-print.png'],
    [bulletin, 'docs/bulletin-print.png'],
  ] as const) {
    if (!file) throw new Error(`${target}：没有找到对应的文件`);
    execFileSync(
      'libreoffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', work, join(out, file.name)],
      { stdio: 'ignore' },
    );
    const pdf = join(work, file.name.replace(/\.docx$/, '.pdf'));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '90',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(work, 'page'),
    ]);
    await copyFile(join(work, 'page.png'), target);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(work, file.name.slice(0, 6))]);
  }
  // The region summary of the same library, printed for a look (pages in the work folder).
  const summary = valueOf(await services['summary.export']({ reportIds, format: 'docx', exportId: 'summary' }, context));
  await writeFile(join(work, summary.fileName), Buffer.from(summary.base64, 'base64'));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, summary.fileName)], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '60', join(work, summary.fileName.replace(/\.docx$/, '.pdf')), join(work, 'summary')]);
  console.log(`docs/notice-print.png、docs/bulletin-print.png；全部文件和页面在 ${work}`);
} finally {
  await services.close();
}
if (process.argv.includes('--clean')) await rm(work, { recursive: true, force: true });
