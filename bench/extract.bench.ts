// `npm run bench`: the command line timed as whole processes, as a user runs it, against poppler's
// `pdftotext -layout`, interleaved round by round in one run: a batch of generated PDF reports, the real
// PDFs, one report's start-up against `node -e 0`, 500 PDFs imported, checked and written to Excel, and the
// crafted files of the hardening audit (time and peak memory until the Chinese refusal).
// Every figure the speed targets need is printed, with the machine's load (figures on a busy machine are noisy).
// Options: --reports N (50), --rounds N (5), --starts N (9), --scale N (500; 0 skips it), --scale-rounds N (3:
// the review runs, interleaved with --compare's; its figure is their median, its slowest run shown), --cli PATH (the
// command measured, default bin/nianbao.mjs), --compare PATH (another checkout's bin/nianbao.mjs, measured
// in the same interleaved rounds: before and after under the same load).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hugeImagePdf, manyParagraphs, millionCells, unclosedDivs } from '../tests/fixtures/crafted/crafted-files';
import { benchCorpusSpecs, defaultOutDirs, generateFixtureSet } from '../tests/fixtures/generator/generate';
import { realDir } from '../tests/shared-data';
import { median, runCommand, runNode, type ProcessRun } from './run-process';
import { argument, option } from './bench-options';

const reportCount = argument('--reports', 50);
const rounds = argument('--rounds', 5);
const starts = argument('--starts', 9);
const scaleCount = argument('--scale', 500);
const scaleRounds = argument('--scale-rounds', 3);
const cli = option('--cli') ?? fileURLToPath(new URL('../bin/nianbao.mjs', import.meta.url));
const compare = option('--compare');

const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');
const mb = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)} MB`);
const maxOf = (values: (number | null)[]) => Math.max(...values.map((value) => value ?? 0));
const pagesOf = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);

function ensureOk(run: ProcessRun, what: string): ProcessRun {
  if (run.code !== 0 && run.code !== 1) throw new Error(`${what} exited with ${run.code}:\n${run.stderr}`);
  return run;
}

/** Runs `tasks` round by round, the order turned each round so that neither side always goes first. */
async function interleaved<T extends string>(tasks: Record<T, () => Promise<number>>, count: number) {
  const names = Object.keys(tasks) as T[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<T, number[]>;
  for (let round = 0; round < count; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) samples[name].push(await tasks[name]());
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])])) as Record<T, number>;
}

interface BatchFigures {
  reports: number;
  pages: number;
  oursMs: number;
  popplerMs: number;
  popplerParallelMs: number;
  peakMb: number;
  /** The --compare command's figures, when given. */
  compareMs?: number;
  comparePeakMb?: number;
}

/** Our batch as one process (`extract … --json`) against pdftotext, one process per file, in turn and two at once. */
async function batch(files: string[]): Promise<BatchFigures> {
  const pages = files.reduce((sum, file) => sum + pagesOf(file), 0);
  const peaks: (number | null)[] = [];
  const comparePeaks: (number | null)[] = [];
  const pdftotext = (file: string) => runCommand('pdftotext', ['-layout', file, '-']);
  const extract = (command: string, into: (number | null)[]) => async () => {
    const run = ensureOk(await runNode([command, 'extract', ...files, '--json']), `${command} extract`);
    into.push(run.peakMb);
    return run.ms;
  };
  const tasks: Record<string, () => Promise<number>> = {
    ours: extract(cli, peaks),
    poppler: async () => {
      const started = performance.now();
      for (const file of files) await pdftotext(file);
      return performance.now() - started;
    },
    popplerParallel: async () => {
      const started = performance.now();
      const queue = [...files];
      const lane = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) await pdftotext(file);
      };
      await Promise.all([lane(), lane()]);
      return performance.now() - started;
    },
  };
  if (compare) tasks.compare = extract(compare, comparePeaks);
  const medians = await interleaved(tasks, rounds);
  return {
    reports: files.length,
    pages,
    oursMs: medians.ours!,
    popplerMs: medians.poppler!,
    popplerParallelMs: medians.popplerParallel!,
    peakMb: maxOf(peaks),
    ...(compare ? { compareMs: medians.compare!, comparePeakMb: maxOf(comparePeaks) } : {}),
  };
}

function printBatch(title: string, figures: BatchFigures): void {
  const { reports, pages, oursMs, popplerMs, popplerParallelMs, peakMb } = figures;
  const row = (label: string, ms: number, peak: string) =>
    `| ${label} | ${(ms / reports).toFixed(1)} | ${((pages / ms) * 1000).toFixed(0)} | ${(ms / popplerMs).toFixed(2)}× | ${peak} |`;
  console.log(`\n### ${title}：${reports} 份，${pages} 页（整个进程计时，交替 ${rounds} 轮取中位数）\n`);
  console.log('| 工具 | ms/份 | 页/秒 | 与 pdftotext 之比 | 峰值内存 |\n|---|---|---|---|---|');
  console.log(row('`nianbao extract … --json`（一个进程，整批）', oursMs, mb(peakMb)));
  console.log(row('`pdftotext -layout`（每个文件一个进程，依次）', popplerMs, '–'));
  console.log(row('`pdftotext -layout`（每个文件一个进程，两个同时）', popplerParallelMs, '–'));
  if (figures.compareMs !== undefined) console.log(row(`对照 \`${compare}\``, figures.compareMs, mb(figures.comparePeakMb ?? null)));
}

/** Cells of our JSON output that equal the generator's known values. */
function cellsRight(stdout: string, expected: Record<string, number | null>[]): { right: number; total: number } {
  const results = JSON.parse(stdout) as { cells: Record<string, number | null> }[];
  let right = 0;
  let total = 0;
  expected.forEach((cells, index) => {
    for (const [id, value] of Object.entries(cells)) {
      total++;
      if (results[index]?.cells[id] === value) right++;
    }
  });
  return { right, total };
}

/** A file per copy whose bytes differ (a comment after %%EOF), so that the library keeps each as a report. */
async function scaleCorpus(files: string[], count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-scale-'));
  const sources = await Promise.all(files.map((file) => readFile(file)));
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    await writeFile(join(dir, `report-${String(index).padStart(4, '0')}.pdf`), Buffer.concat([source, Buffer.from(`\n%bench copy ${index}\n`)]));
  }
  return dir;
}

console.log(`机器：${cpus().length} 核，Node ${process.version}；开始时负载 ${load()}`);
console.log(`准备语料：${reportCount} 份生成的 PDF 报告…`);
const corpus = await generateFixtureSet(defaultOutDirs.bench, { specs: benchCorpusSpecs(reportCount) });
const generated = corpus.manifest.map((entry) => join(defaultOutDirs.bench, entry.files.pdf));
const real = existsSync(realDir)
  ? readdirSync(realDir).filter((name) => name.endsWith('.pdf')).sort().map((name) => join(realDir, name))
  : [];

// Warm the file cache and check the output once before timing.
const check = ensureOk(await runNode([cli, 'extract', ...generated, '--json']), 'nianbao extract');
const { right, total } = cellsRight(check.stdout, corpus.manifest.map((entry) => entry.expected.cells));
console.log(`单元格：${right}/${total} 与已知值一致${right === total ? '' : '（有误！）'}`);

const generatedFigures = await batch(generated);
printBatch('生成的报告', generatedFigures);
// The few real PDFs taken in turn up to a batch as large as the generated one, so that the per-report
// figures compare (three files alone would time little more than the start-up).
const realBatch = Array.from({ length: real.length > 0 ? reportCount : 0 }, (_, index) => real[index % real.length]!);
const realFigures = realBatch.length > 0 ? await batch(realBatch) : null;
if (realFigures)
  printBatch(`真实 PDF（${real.map((file) => file.split('/').pop()).join('、')} 轮流，共 ${realBatch.length} 份）`, realFigures);

// One report: the generated report nearest the median page count, and the largest real PDF.
const byPages = [...generated].sort((a, b) => pagesOf(a) - pagesOf(b));
const oneGenerated = byPages[Math.floor(byPages.length / 2)]!;
const oneReal = [...real].sort((a, b) => pagesOf(b) - pagesOf(a))[0];
// Plain `node`, without the peak-memory preload of the batch runs: the preload's own start-up would be
// added to `node -e 0` as to ours, and flatter the ratio.
const node = (args: string[]) => runCommand(process.execPath, args);
const oneRuns: Record<string, () => Promise<number>> = {
  nodeOnly: async () => (await node(['-e', '0'])).ms,
  generated: async () => ensureOk(await node([cli, 'extract', oneGenerated, '--json']), 'extract').ms,
  popplerGenerated: async () => (await runCommand('pdftotext', ['-layout', oneGenerated, '-'])).ms,
};
if (oneReal) {
  oneRuns.real = async () => ensureOk(await node([cli, 'extract', oneReal, '--json']), 'extract').ms;
  oneRuns.popplerReal = async () => (await runCommand('pdftotext', ['-layout', oneReal, '-'])).ms;
}
if (compare) oneRuns.compare = async () => ensureOk(await node([compare, 'extract', oneGenerated, '--json']), 'extract').ms;
const one = await interleaved(oneRuns, starts);
console.log(`\n### 一份报告（整个进程，交替 ${starts} 次取中位数）\n`);
console.log('| 命令 | ms | 与 `node -e 0` 之比 |\n|---|---|---|');
const oneRow = (label: string, ms: number) => console.log(`| ${label} | ${ms.toFixed(0)} | ${(ms / one.nodeOnly!).toFixed(1)}× |`);
oneRow('`node -e 0`', one.nodeOnly!);
oneRow(`\`nianbao extract\` 生成的报告（${pagesOf(oneGenerated)} 页）`, one.generated!);
oneRow('`pdftotext -layout` 同一文件', one.popplerGenerated!);
if (oneReal) {
  oneRow(`\`nianbao extract\` 真实报告 ${oneReal.split('/').pop()}（${pagesOf(oneReal)} 页）`, one.real!);
  oneRow('`pdftotext -layout` 同一文件', one.popplerReal!);
}
if (compare) oneRow(`对照 \`${compare}\` 同一生成的报告`, one.compare!);
// The start-up's share spent checking that the built command line is fresh (scripts/cli-build.mjs).
const checks: { ms: number; inputs: number }[] = [];
for (let run = 0; run < starts; run++)
  checks.push(JSON.parse((await runNode([fileURLToPath(new URL('./build-check.mjs', import.meta.url))])).stdout) as { ms: number; inputs: number });
console.log(`| 其中：构建是否最新的检查（比较 ${checks[0]!.inputs} 个文件的修改时间） | ${median(checks.map((check) => check.ms)).toFixed(1)} | ${(median(checks.map((check) => check.ms)) / one.nodeOnly!).toFixed(2)}× |`);
// npx's own start-up (npm finding the command) comes on top of ours: shown once, not part of the target.
const npx = await runCommand('npx', ['--no-install', 'nianbao', 'extract', oneGenerated, '--json']);
console.log(`| \`npx nianbao extract\` 同一生成的报告（含 npx 自身启动，仅供参考） | ${npx.ms.toFixed(0)} | ${(npx.ms / one.nodeOnly!).toFixed(1)}× |`);

console.log('\n### 构造文件（审计中的恶意样本；每个文件一个进程）\n');
console.log('| 文件 | 大小 | 用时 | 峰值内存 | 结果 |\n|---|---|---|---|---|');
const craftedDir = await mkdtemp(join(tmpdir(), 'nianbao-bench-crafted-'));
try {
  for (const file of [unclosedDivs(), await manyParagraphs(), millionCells(), await hugeImagePdf()]) {
    const path = join(craftedDir, file.name);
    await writeFile(path, file.bytes);
    const run = await runNode([cli, 'extract', path, '--json']);
    const [result] = JSON.parse(run.stdout || '[{}]') as { error?: string | null }[];
    const size = file.bytes.byteLength >= 1024 * 1024 ? `${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB` : `${(file.bytes.byteLength / 1024).toFixed(0)} KB`;
    console.log(`| ${file.label} | ${size} | ${(run.ms / 1000).toFixed(2)} 秒 | ${mb(run.peakMb)} | ${result?.error ?? '已读取'} |`);
  }
} finally {
  await rm(craftedDir, { recursive: true, force: true });
}

/** `review DIR --out x.xlsx` of `count` PDFs, once; the figures and the report count of its summary. */
async function reviewRun(command: string, dir: string) {
  const out = join(dir, `审查意见-${Date.now()}.xlsx`);
  const run = await runNode([command, 'review', dir, '--out', out]);
  if (run.code !== 0) throw new Error(`${command} review exited with ${run.code}:\n${run.stderr}`);
  await rm(out, { force: true });
  return { ms: run.ms, peakMb: run.peakMb, reports: Number(/报告 (\d+) 份/.exec(run.stdout)?.[1] ?? 0) };
}

type ReviewRun = Awaited<ReturnType<typeof reviewRun>>;

interface ScaleFigures {
  /** Median of the runs. */
  ms: number;
  slowestMs: number;
  peakMb: number | null;
  reports: number;
}

/** The runs' median and slowest time, the highest peak, and the fewest reports a run's summary counted. */
const scaleFigures = (runs: ReviewRun[]): ScaleFigures => ({
  ms: median(runs.map((run) => run.ms)),
  slowestMs: Math.max(...runs.map((run) => run.ms)),
  peakMb: maxOf(runs.map((run) => run.peakMb)),
  reports: Math.min(...runs.map((run) => run.reports)),
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const scaleLine = (figures: ScaleFigures) =>
  `用时 ${seconds(figures.ms)} 秒（最慢 ${seconds(figures.slowestMs)} 秒），峰值内存 ${mb(figures.peakMb)}，汇总中报告 ${figures.reports} 份`;

let scale: ScaleFigures | null = null;
if (scaleCount > 0) {
  const dir = await scaleCorpus(generated, scaleCount);
  try {
    const commands = compare ? [cli, compare] : [cli];
    const runs = new Map(commands.map((command) => [command, [] as ReviewRun[]]));
    for (let round = 0; round < scaleRounds; round++)
      for (const command of round % 2 ? [...commands].reverse() : commands) runs.get(command)!.push(await reviewRun(command, dir));
    scale = scaleFigures(runs.get(cli)!);
    console.log(`\n### 规模：\`nianbao review\` ${scaleCount} 份 PDF → Excel（导入、核验、写出；交替 ${scaleRounds} 次取中位数）\n`);
    console.log(scaleLine(scale));
    if (compare) console.log(`对照 \`${compare}\`：${scaleLine(scaleFigures(runs.get(compare)!))}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const verdict = (ok: boolean) => (ok ? '达到' : '未达到');
const perReport = generatedFigures.oursMs / generatedFigures.reports;
const batchRatio = generatedFigures.oursMs / generatedFigures.popplerMs;
const startRatio = one.generated! / one.nodeOnly!;
console.log('\n### 目标\n');
console.log('| 目标 | 实测 | |\n|---|---|---|');
console.log(`| 批量：每份 ≤ 40 ms（${generatedFigures.reports} 份，2 核） | ${perReport.toFixed(1)} ms | ${verdict(perReport <= 40)} |`);
console.log(`| 批量：≤ 2 倍 pdftotext -layout | ${batchRatio.toFixed(2)}× | ${verdict(batchRatio <= 2)} |`);
console.log(`| 一份报告：≤ 5 倍 node -e 0 | ${startRatio.toFixed(1)}× | ${verdict(startRatio <= 5)} |`);
if (realFigures && oneReal) {
  const realRatio = realFigures.oursMs / realFigures.popplerMs;
  const realStart = one.real! / one.nodeOnly!;
  console.log(`| 真实 PDF：每份 ≤ 40 ms | ${(realFigures.oursMs / realFigures.reports).toFixed(1)} ms | ${verdict(realFigures.oursMs / realFigures.reports <= 40)} |`);
  console.log(`| 真实 PDF：≤ 2 倍 pdftotext -layout | ${realRatio.toFixed(2)}× | ${verdict(realRatio <= 2)} |`);
  console.log(`| 真实 PDF 一份：≤ 5 倍 node -e 0 | ${realStart.toFixed(1)}× | ${verdict(realStart <= 5)} |`);
}
if (scale) {
  const fast = scale.ms <= 25_000;
  const small = (scale.peakMb ?? Infinity) <= 600;
  console.log(`| 规模：${scaleCount} 份 PDF → Excel ≤ 25 秒（中位数） | ${seconds(scale.ms)} 秒（最慢 ${seconds(scale.slowestMs)} 秒） | ${verdict(fast)} |`);
  console.log(`| 规模：峰值内存 ≤ 600 MB | ${mb(scale.peakMb)} | ${verdict(small)} |`);
}
console.log(`| 正确性：每个单元格不变 | ${right}/${total} | ${verdict(right === total)} |`);
console.log(`\n结束时负载 ${load()}（负载高于核数时数字偏慢且波动大）`);
