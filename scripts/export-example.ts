// Makes docs/export-word.png, the README's example of the Word export: the real reports of the shared
// fixtures and the seeds imported into a temporary library, a few findings reviewed as a reviewer
// would, exported to Word, printed to PDF by LibreOffice and the given page rendered by pdftoppm.
// Run: npm run docs:export [-- --page N]
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from '../src/main/services/create-services';
import { createInProcessAnalyzer } from '../src/main/services/in-process-analyzer';
import type { Result } from '../src/shared/ipc-contract';
import { realDir, seedsDir } from '../tests/shared-data';

const pageIndex = process.argv.indexOf('--page');
const page = pageIndex >= 0 ? Number(process.argv[pageIndex + 1]) : 2;
const context = { emit: () => undefined };
const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const work = await mkdtemp(join(tmpdir(), 'nianbao-export-example-'));
const services = await createServices({ dataDir: join(work, 'library'), analyzer: createInProcessAnalyzer(2) });
try {
  valueOf(await services['settings.set']({ reviewerName: '李审查' }, context));
  const paths = [
    join(realDir, 'huaian-hongze-2023.pdf'),
    join(realDir, 'huaian-hongze-2024.pdf'),
    ...(await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort().map((name) => join(seedsDir, name)),
  ];
  const files = await Promise.all(
    paths.map(async (path) => ({ name: path.split('/').pop() ?? path, base64: (await readFile(path)).toString('base64') })),
  );
  const outcomes = valueOf(await services['library.import']({ files, batchId: 'example' }, context));
  for (const { reportId } of outcomes) {
    if (!reportId) continue;
    const detail = valueOf(await services['report.get']({ reportId }, context));
    for (const [index, finding] of detail.findings.entries()) {
      if (finding.severity === 'error')
        valueOf(await services['review.setStatus']({ reportId, findingId: finding.id, status: 'confirmed', comment: '请单位核实后更正并重新发布。' }, context));
      else if (finding.rule === 'structure.rows' || (finding.severity === 'info' && index % 2 === 0))
        valueOf(await services['review.setStatus']({ reportId, findingId: finding.id, status: 'dismissed', comment: '沿用2019版表格的单行“其他处理”，不影响合计。' }, context));
    }
  }
  const file = valueOf(
    await services['export.reports'](
      { reportIds: outcomes.flatMap((outcome) => (outcome.reportId ? [outcome.reportId] : [])), format: 'docx', dismissed: 'separate', exportId: 'example' },
      context,
    ),
  );
  const docx = join(work, 'export.docx');
  await writeFile(docx, Buffer.from(file.base64, 'base64'));
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', join(work, 'export.pdf'), join(work, 'page')]);
  await copyFile(join(work, 'page.png'), 'docs/export-word.png');
  execFileSync('pdftoppm', ['-png', '-r', '60', join(work, 'export.pdf'), join(work, 'all')]);
  console.log(`docs/export-word.png（第 ${page} 页）；全部页面在 ${work}`);
} finally {
  await services.close();
}
if (process.argv.includes('--clean')) await rm(work, { recursive: true, force: true });
