// `npm run bench:checks`: the check engine against a generated corpus with known injected
// discrepancies (every rule, every format) and clean reports, through the real pipeline
// (analyzeFile on the DOCX, PDF or HTML file; checkAcrossYears for consecutive years of one body).
// Prints, per rule, recall and false flags (error and warning count as flags; crossYear.inForce,
// a "please explain", counts by its presence). Target: 100% recall, no false flag.
// Sizes: CHECKS_INJECTED, CHECKS_CLEAN, CHECKS_PAIRS (default 216, 216, 40).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crossYearPairs } from '../src/cli/check-command';
import { checkAcrossYears } from '../src/main/domain/checks/index';
import { analyzeFile } from '../src/main/services/analyze-file';
import type { ExtractedReport, Finding } from '../src/shared/report';
import { defaultOutDirs, generateFixtureSet } from '../tests/fixtures/generator/generate';
import { checksCorpus, type CorpusReport } from './checks-corpus';
import { problemLines, rulesSeen, scoreRules, scoreTable, type Outcome } from './checks-tally';

const size = {
  injected: Number(process.env.CHECKS_INJECTED ?? 216),
  clean: Number(process.env.CHECKS_CLEAN ?? 216),
  pairs: Number(process.env.CHECKS_PAIRS ?? 40),
};
const root = join(dirname(defaultOutDirs.standard), 'checks-bench');
/** Reports per fixture set: one soffice batch each, well inside its time limit. */
const PART = 48;

const started = performance.now();
const corpus = checksCorpus(size);
console.log(
  `语料：${size.injected} 份注入差错的报告，${size.clean} 份无差错报告，${size.pairs} 对相邻年度报告（共 ${corpus.reports.length} 份）`,
);

const dirOf = new Map<string, string>();
let generated = 0;
const parts = ['inj', 'clean', 'pair'].flatMap((kind) => {
  const reports = corpus.reports.filter((report) => report.spec.id.startsWith(`${kind}-`));
  return Array.from({ length: Math.ceil(reports.length / PART) }, (_, index) => ({
    dir: join(root, `${kind}-${String(index + 1).padStart(2, '0')}`),
    reports: reports.slice(index * PART, (index + 1) * PART),
  }));
});
for (const { dir, reports: part } of parts) {
  const result = await generateFixtureSet(dir, { specs: part.map((report) => report.spec) });
  generated += result.generated.length;
  for (const report of part) dirOf.set(report.spec.id, dir);
  if (result.generated.length > 0)
    console.log(`  生成 ${dir}：${result.generated.length} 份，${(result.durationMs / 1000).toFixed(1)} 秒`);
}
const generatedMs = performance.now() - started;
console.log(`语料就绪：新生成 ${generated} 份，用时 ${(generatedMs / 1000).toFixed(1)} 秒 → ${root}`);

const isFlag = (finding: Finding): boolean =>
  finding.severity !== 'info' || finding.rule === 'crossYear.inForce';
const flagsOf = (findings: Finding[]) => new Set(findings.filter(isFlag).map((finding) => finding.rule));
const detailsOf = (findings: Finding[]) =>
  findings.filter(isFlag).map((finding) => `${finding.rule}: ${finding.message}`);

const analysisStarted = performance.now();
const parsed = new Map<string, ExtractedReport>();
const reportOutcomes: Outcome[] = [];
const formatMs: Record<string, number[]> = {};
for (const report of corpus.reports) {
  const name = `${report.spec.id}.${report.format}`;
  const t0 = performance.now();
  const analysis = await analyzeFile(
    name,
    new Uint8Array(readFileSync(join(dirOf.get(report.spec.id)!, name))),
  );
  (formatMs[report.format] ??= []).push(performance.now() - t0);
  if (!analysis.ok) throw new Error(analysis.error);
  parsed.set(report.spec.id, analysis.report);
  reportOutcomes.push({
    label: `${name}（${report.injected.join('+') || '无注入'}）`,
    expected: report.expected,
    flagged: flagsOf(analysis.findings),
    details: detailsOf(analysis.findings),
  });
}

const pairOutcomes: Outcome[] = [];
let unpaired = 0;
for (const pair of corpus.pairs) {
  const previous = parsed.get(pair.previous.spec.id)!;
  const current = parsed.get(pair.current.spec.id)!;
  const paired = crossYearPairs([previous, current]);
  if (paired.length !== 1 || paired[0]![0] !== current) unpaired++;
  const findings = checkAcrossYears(current, previous);
  const label = (report: CorpusReport) =>
    `${report.spec.id}.${report.format} ${report.spec.agency} ${report.spec.year}`;
  pairOutcomes.push({
    label: `${label(pair.current)} ← ${label(pair.previous)}（${pair.injected.join('+') || '无注入'}）`,
    expected: pair.expected,
    flagged: flagsOf(findings),
    details: detailsOf(findings),
  });
}
const analysisMs = performance.now() - analysisStarted;

const singleRules = rulesSeen(reportOutcomes).filter((rule) => !rule.startsWith('crossYear.'));
const crossRules = rulesSeen(pairOutcomes).filter((rule) => rule.startsWith('crossYear.'));
const scores = [...scoreRules(reportOutcomes, singleRules), ...scoreRules(pairOutcomes, crossRules)];
console.log('');
console.log(scoreTable(scores));
console.log('');
console.log(
  `单份报告规则按 ${reportOutcomes.length} 份报告计，跨年度规则按 ${corpus.pairs.length} 对报告计；`,
);
console.log('“误报”只计错误和警告级别（crossYear.inForce 为“请说明”，按出现计）。');
if (unpaired > 0) console.log(`相邻年度配对失败：${unpaired} 对（crossYearPairs 未认出同一机关）`);
const problems = problemLines([...reportOutcomes, ...pairOutcomes]);
if (problems.length > 0) console.log(['', '漏报与误报：', ...problems].join('\n'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log('');
console.log(
  `用时：准备语料 ${(generatedMs / 1000).toFixed(1)} 秒，分析与核验 ${(analysisMs / 1000).toFixed(1)} 秒（每份中位数 ${Object.entries(
    formatMs,
  )
    .map(([format, values]) => `${format} ${median(values).toFixed(0)} ms`)
    .join('，')}），合计 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
);
