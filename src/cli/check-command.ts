// `nianbao check FILE...`: the findings of each report in Chinese, and the cross-year checks for the
// same body's consecutive years. Exit code 1 when any finding is an error.
import type { ExtractedReport, Finding } from '../shared/report';
import { checkAcrossYears, sameBody } from '../main/domain/checks/index';
import type { AnalyzerPool } from '../main/services/analyzer-pool';
import { analyzePaths } from './analyze-paths';
import { cliMessages } from './messages';
import { commandAnalyzer } from './worker-analyzer';

const line = (finding: Finding): string => {
  const parts = [`  [${cliMessages.severity[finding.severity]}] ${finding.message}`];
  if (finding.formula) parts.push(`      计算：${finding.formula}`);
  if (finding.excerpt) parts.push(`      原文：${finding.excerpt}`);
  if (finding.basis) parts.push(`      依据：${finding.basis}`);
  return parts.join('\n');
};

/** Pairs each report with the same body's report of the year before, when given. */
export function crossYearPairs(reports: ExtractedReport[]): [ExtractedReport, ExtractedReport][] {
  const pairs: [ExtractedReport, ExtractedReport][] = [];
  for (const current of reports) {
    const previous = reports.find(
      (other) =>
        other !== current &&
        current.year !== null &&
        other.year === current.year - 1 &&
        current.agency !== null &&
        other.agency !== null &&
        sameBody(current.agency, other.agency),
    );
    if (previous) pairs.push([current, previous]);
  }
  return pairs;
}

export async function runCheck(
  argv: string[],
  analyzer: AnalyzerPool = commandAnalyzer(argv),
): Promise<number> {
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write(`${cliMessages.noFiles}\n`);
    await analyzer.close();
    return 2;
  }
  const all: Finding[] = [];
  // Only the reports are kept, for the cross-year checks; each file's findings are written as it is done.
  const reports: ExtractedReport[] = [];
  let failed = false;
  const write = (block: string): void => void process.stdout.write(`${block}\n\n`);
  try {
    await analyzePaths(paths, analyzer, ({ name, analysis }) => {
      if (!analysis.ok) {
        failed = true;
        write(`■ ${name}\n  ✗ ${analysis.error}`);
        return;
      }
      const { report, findings } = analysis;
      reports.push(report);
      all.push(...findings);
      write([`■ ${name}（${report.agency ?? cliMessages.unknown} ${report.year ?? ''}）`, ...(findings.length ? findings.map(line) : [cliMessages.noFindings])].join('\n'));
    });
  } finally {
    await analyzer.close();
  }
  for (const [current, previous] of crossYearPairs(reports)) {
    const findings = checkAcrossYears(current, previous);
    all.push(...findings);
    write([cliMessages.crossYear(current.agency!, current.year!, previous.year!), ...(findings.length ? findings.map(line) : [cliMessages.noFindings])].join('\n'));
  }
  const count = (severity: Finding['severity']) => all.filter((finding) => finding.severity === severity).length;
  process.stdout.write(`${cliMessages.totals(count('error'), count('warning'), count('info'))}\n`);
  return count('error') > 0 || failed ? 1 : 0;
}
