// `nianbao extract FILE... [--json]`: the statutory cells of each report, as JSON or a Chinese summary.
import { formatOf } from '../shared/file-formats';
import type { Finding } from '../shared/report';
import type { AnalyzerPool } from '../main/services/analyzer-pool';
import { analyzePaths, type FileAnalysis } from './analyze-paths';
import { cliMessages } from './messages';
import { commandAnalyzer } from './worker-analyzer';

export interface ExtractJson {
  file: string;
  format: string | null;
  agency: string | null;
  year: number | null;
  template: '2019' | '2021' | null;
  date: string | null;
  cells: Record<string, number | null>;
  findings: Pick<Finding, 'rule' | 'severity' | 'message' | 'cells'>[];
  error: string | null;
}

export function toExtractJson({ name, analysis }: FileAnalysis): ExtractJson {
  if (!analysis.ok) {
    return { file: name, format: formatOf(name) ?? null, agency: null, year: null, template: null, date: null, cells: {}, findings: [], error: analysis.error };
  }
  const { report, findings } = analysis;
  return {
    file: name,
    format: report.format,
    agency: report.agency,
    year: report.year,
    template: report.template,
    date: report.date,
    cells: Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value])),
    findings: findings.map(({ rule, severity, message, cells }) => ({ rule, severity, message, cells })),
    error: null,
  };
}

function summary(result: ExtractJson): string {
  if (result.error) return `✗ ${result.error}`;
  const cells = Object.values(result.cells);
  const filled = cells.filter((value) => value !== null).length;
  const lines = [
    `■ ${result.file}`,
    `  发布机关：${result.agency ?? cliMessages.unknown}  年度：${result.year ?? cliMessages.unknown}  格式：${result.template ? `${result.template} 年版` : cliMessages.unknown}  日期：${result.date ?? cliMessages.unknown}`,
    `  单元格：共 ${cells.length} 个，读到数值 ${filled} 个，空白或未找到 ${cells.length - filled} 个`,
  ];
  for (const finding of result.findings) lines.push(`  [${cliMessages.severity[finding.severity]}] ${finding.message}`);
  return lines.join('\n');
}

export async function runExtract(
  argv: string[],
  analyzer: AnalyzerPool = commandAnalyzer(argv),
): Promise<number> {
  const json = argv.includes('--json');
  const paths = argv.filter((arg) => arg !== '--json' && arg !== '--no-ocr');
  if (paths.length === 0) {
    process.stderr.write(`${cliMessages.noFiles}\n`);
    await analyzer.close();
    return 2;
  }
  // Each result is written as soon as it and those before it are done; --json writes one array.
  let failed = false;
  let written = 0;
  const write = (result: ExtractJson): void => {
    failed ||= result.error !== null;
    const text = json ? JSON.stringify(result, null, 2).replace(/^/gm, '  ') : summary(result);
    const separator = written++ === 0 ? (json ? '[\n' : '') : json ? ',\n' : '\n\n';
    process.stdout.write(`${separator}${text}`);
  };
  try {
    await analyzePaths(paths, analyzer, (result) => write(toExtractJson(result)));
  } finally {
    await analyzer.close();
  }
  process.stdout.write(json ? '\n]\n' : '\n');
  return failed ? 1 : 0;
}
