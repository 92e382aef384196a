// `npm run bench`: reads and parses a batch of generated PDF reports (3-10 pages each) and compares the
// time with poppler's `pdftotext -layout` on the same files, in one run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/main/domain/parse/parse-report';
import { readDocument } from '../src/main/extract/read-document';
import { benchCorpusSpecs, defaultOutDirs, generateFixtureSet } from '../tests/fixtures/generator/generate';

const count = Number(process.env.BENCH_REPORTS ?? 60);
const rounds = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

console.log(`准备基准语料：${count} 份生成的 PDF 报告…`);
const corpus = await generateFixtureSet(defaultOutDirs.bench, { specs: benchCorpusSpecs(count) });
const files = corpus.manifest.map((entry) => join(defaultOutDirs.bench, entry.files.pdf));
const bytes = files.map((file) => new Uint8Array(readFileSync(file)));

// Warm-up: load pdfjs and its cMaps once, as the running app does.
await readDocument('warmup.pdf', bytes[0]!);

let pages = 0;
let cellsRight = 0;
let cellsTotal = 0;
const perReportMs: number[] = [];
const oursRoundMs: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  for (let i = 0; i < files.length; i++) {
    const t0 = performance.now();
    const read = await readDocument(files[i]!, bytes[i]!);
    if (!read.ok) throw new Error(`${files[i]}: ${read.message}`);
    const report = parseReport(read.document);
    perReportMs.push(performance.now() - t0);
    if (round === 0) {
      pages += read.document.pages?.length ?? 0;
      for (const [id, value] of Object.entries(corpus.manifest[i]!.expected.cells)) {
        cellsTotal++;
        if (report.cells[id]?.value === value) cellsRight++;
      }
    }
  }
  oursRoundMs.push(performance.now() - started);
}

const popplerRoundMs: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  for (const file of files) execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  popplerRoundMs.push(performance.now() - started);
}

const ours = median(oursRoundMs);
const poppler = median(popplerRoundMs);
console.log('');
console.log(`报告数            ${files.length}（共 ${pages} 页，每份 ${(pages / files.length).toFixed(1)} 页）`);
console.log(`单元格正确率      ${cellsRight}/${cellsTotal}（${((cellsRight / cellsTotal) * 100).toFixed(2)}%）`);
console.log(`每份报告用时      中位数 ${median(perReportMs).toFixed(1)} ms，p95 ${percentile(perReportMs, 0.95).toFixed(1)} ms（读取 + 解析，目标 < 100 ms）`);
console.log(`本程序吞吐        ${((pages / ours) * 1000).toFixed(1)} 页/秒（整批 ${ours.toFixed(0)} ms）`);
console.log(`pdftotext -layout ${((pages / poppler) * 1000).toFixed(1)} 页/秒（整批 ${poppler.toFixed(0)} ms，每个文件启动一次进程）`);
console.log(`与 pdftotext 之比 ${(ours / poppler).toFixed(2)} 倍（目标 ≤ 5 倍）`);
