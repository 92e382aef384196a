// Library benchmark: builds a library of 1,000 reports from the text seeds and 100 generated PDF reports
// (real imports through the built analysis worker, as the app and the CLI run it), then times
// library.list, report.get and review.setStatus. Run: npm run bench:library
// Then the same library in Debian's Chromium through `nianbao serve` (what the reviewer waits for).
// Options: --reports N (default 1000), --pdfs N (default 100), --runs N (default 30), --keep (keep the
// temp data folder), --no-ui.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuild } from '../scripts/cli-build.mjs';
import { analyzeFile } from '../src/main/services/analyze-file';
import { createAnalyzerPool } from '../src/main/services/analyzer-pool';
import { createServices, type Services } from '../src/main/services/create-services';
import type { ImportFile, ReportId, Result } from '../src/shared/ipc-contract';
import { benchCorpusSpecs, defaultOutDirs, generateFixtureSet } from '../tests/fixtures/generator/generate';
import { seedsDir as sharedSeedsDir } from '../tests/shared-data';
import { measureUi } from './library-ui';
import { argument } from './bench-options';

const reportCount = argument('--reports', 1000);
const pdfCount = argument('--pdfs', 100);
const runs = argument('--runs', 30);
const seedsDir = process.env.NIANBAO_SEEDS ?? sharedSeedsDir;

const cities = ['淮安', '烟台', '眉山', '宿迁', '南通', '扬州', '泰州', '盐城', '连云港', '徐州'];
const districts = ['', '清江浦区', '芝罘区', '东坡区', '沭阳县', '海安市'];
const departments = [
  '商务局',
  '财政局',
  '教育局',
  '民政局',
  '交通运输局',
  '审计局',
  '生态环境局',
  '自然资源和规划局',
];
const years = [2019, 2020, 2021, 2022, 2023];

const context = { emit: () => undefined };
const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

interface Seed {
  text: string;
  agency: string;
  year: number;
}

async function loadSeeds(): Promise<Seed[]> {
  const names = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(seedsDir, name));
      const analysis = await analyzeFile(name, bytes);
      const agency = analysis.ok ? (analysis.report.agency ?? '') : '';
      const year = analysis.ok ? (analysis.report.year ?? 2020) : 2020;
      return { text: bytes.toString('utf8'), agency, year };
    }),
  );
}

/** A seed rewritten for another body and year, so that every file hashes differently. */
function variant(seeds: Seed[], index: number): ImportFile {
  const seed = seeds[index % seeds.length] as Seed;
  const body = Math.floor(index / years.length);
  const year = years[index % years.length] as number;
  const agency = [
    `${cities[body % cities.length]}市`,
    districts[Math.floor(body / cities.length) % districts.length],
    departments[Math.floor(body / (cities.length * districts.length)) % departments.length],
  ].join('');
  let text =
    seed.agency && seed.text.includes(seed.agency)
      ? seed.text.split(seed.agency).join(agency)
      : `${agency}\n${seed.text}`;
  text = text
    .split(`${seed.year}年`)
    .join(`${year}年`)
    .split(`${seed.year + 1}-`)
    .join(`${year + 1}-`);
  return {
    name: `${agency}${year}年报.txt`,
    base64: Buffer.from(`${text}\n（样本 ${index}）\n`).toString('base64'),
  };
}

/** Runs `task` `count` times; each run returns the milliseconds to count (so set-up can be left out). */
async function measure(label: string, count: number, task: (run: number) => Promise<number>) {
  const samples: number[] = [];
  for (let run = 0; run < count; run += 1) samples.push(await task(run));
  samples.sort((first, second) => first - second);
  const at = (quantile: number) =>
    samples[Math.min(samples.length - 1, Math.floor(quantile * samples.length))] ?? NaN;
  return { label, runs: count, median: at(0.5), p95: at(0.95), max: samples.at(-1) ?? NaN };
}

const timed = async (call: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await call();
  return performance.now() - start;
};

async function buildLibrary(services: Services, seeds: Seed[]): Promise<number> {
  const start = performance.now();
  const batch = 50;
  for (let first = 0; first < reportCount; first += batch) {
    const files = Array.from({ length: Math.min(batch, reportCount - first) }, (_, offset) =>
      variant(seeds, first + offset),
    );
    const outcomes = valueOf(await services['library.import']({ files, batchId: `bench-${first}` }, context));
    const failed = outcomes.filter((outcome) => outcome.status !== 'imported');
    if (failed.length > 0) throw new Error(`Import failed: ${JSON.stringify(failed[0])}`);
  }
  return performance.now() - start;
}

/** The generated PDF reports, as distinct files (a comment after %%EOF), imported in batches of 25. */
async function importPdfs(services: Services): Promise<{ ms: number }> {
  if (pdfCount === 0) return { ms: 0 };
  const corpus = await generateFixtureSet(defaultOutDirs.bench, { specs: benchCorpusSpecs(50) });
  const sources = await Promise.all(corpus.manifest.map((entry) => readFile(join(defaultOutDirs.bench, entry.files.pdf))));
  const start = performance.now();
  for (let first = 0; first < pdfCount; first += 25) {
    const files = Array.from({ length: Math.min(25, pdfCount - first) }, (_, offset): ImportFile => {
      const index = first + offset;
      const bytes = Buffer.concat([sources[index % sources.length]!, Buffer.from(`\n%copy ${index}\n`)]);
      return { name: `年报-${index}.pdf`, base64: bytes.toString('base64') };
    });
    const outcomes = valueOf(await services['library.import']({ files, batchId: `bench-pdf-${first}` }, context));
    const failed = outcomes.filter((outcome) => outcome.status !== 'imported');
    if (failed.length > 0) throw new Error(`PDF import failed: ${JSON.stringify(failed[0])}`);
  }
  return { ms: performance.now() - start };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  const seeds = await loadSeeds();
  // The worker the CLI and the app run: JavaScript built ahead of time.
  const analyzer = createAnalyzerPool({ workerUrl: new URL('./analyze-worker.mjs', await ensureCliBuild()) });
  let services = await createServices({ dataDir, analyzer });
  const importMs = await buildLibrary(services, seeds);
  const pdfImport = await importPdfs(services);
  await services.close();

  const openStart = performance.now();
  services = await createServices({ dataDir });
  const openMs = performance.now() - openStart;
  const summaries = valueOf(await services['library.list']({}, context));
  const withFindings = summaries.filter(
    (summary) => summary.total > 0 && summary.year !== null && summary.year > 2019,
  );
  const pick = (run: number): ReportId =>
    (withFindings[(run * 7919) % withFindings.length] ?? summaries[0])!.id;
  await services['settings.set']({ reviewerName: '基准测试' }, context);

  const results = [
    await measure('library.list', runs, () => timed(() => services['library.list']({}, context))),
    await measure('library.coverage', runs, () => timed(() => services['library.coverage']({}, context))),
    await measure('report.get', runs, (run) =>
      timed(() => services['report.get']({ reportId: pick(run) }, context)),
    ),
    await measure('review.setStatus', runs, async (run) => {
      // Picking a finding (a report.get) is set-up; only the setStatus call is timed.
      const reportId = pick(run);
      const detail = valueOf(await services['report.get']({ reportId }, context));
      const finding = detail.findings[run % detail.findings.length];
      if (!finding) throw new Error('no finding');
      const request = {
        reportId,
        findingId: finding.id,
        status: 'confirmed' as const,
        comment: `第${run}次`,
      };
      return timed(async () => valueOf(await services['review.setStatus'](request, context)));
    }),
  ];

  const libraryBytes = (await stat(join(dataDir, 'library.json'))).size;
  await services.close();
  const targets: Record<string, number> = { 'library.list': 1000, 'report.get': 500, 'review.setStatus': 50 };
  console.log(
    `\n${reportCount} text reports imported in ${(importMs / 1000).toFixed(1)} s, ` +
      `${pdfCount} PDF reports in ${(pdfImport.ms / 1000).toFixed(1)} s (${(pdfImport.ms / Math.max(1, pdfCount)).toFixed(0)} ms each) ` +
      `(${analyzer.size} workers); ${summaries.length} in the library; ` +
      `library.json ${(libraryBytes / 1024).toFixed(0)} KB; services opened in ${openMs.toFixed(0)} ms\n`,
  );
  console.log('| call | runs | median ms | p95 ms | max ms | target ms |');
  console.log('|---|---|---|---|---|---|');
  for (const { label, runs: count, median, p95, max } of results) {
    console.log(
      `| ${label} | ${count} | ${median.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} | ${targets[label] ?? '–'} |`,
    );
  }
  if (!process.argv.includes('--no-ui')) {
    const uiRuns = Math.min(runs, 8);
    const ui = await measureUi(dataDir, summaries.length, uiRuns);
    const uiTargets: Record<string, number> = { '界面：显示审查库': 1000, '界面：打开报告': 500, '界面：保存审查结论': 50 };
    console.log('\n| 界面（Chromium，经回环桥） | runs | median ms | p95 ms | max ms | target ms |');
    console.log('|---|---|---|---|---|---|');
    for (const { label, samples } of ui) {
      const sorted = [...samples].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      console.log(`| ${label} | ${sorted.length} | ${at(0.5).toFixed(0)} | ${at(0.95).toFixed(0)} | ${sorted.at(-1)!.toFixed(0)} | ${uiTargets[label]} |`);
    }
  }
  if (process.argv.includes('--keep')) console.log(`\nData folder kept: ${dataDir}`);
  else await rm(dataDir, { recursive: true, force: true });
}

await main();
