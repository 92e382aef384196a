// `nianbao check FILE...`: the findings of each report in Chinese, and the cross-year checks for the
// same body's consecutive years. Exit code 1 when any finding is an error.
import type { ExtractedReport, Finding } from '../shared/report';
import { checkAcrossYears, sameBody } from '../main/domain/checks/index';
import { analyzePaths, ocrWanted } from './analyze-paths';
import { cliMessages } from './messages';

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

export async function runCheck(argv: string[]): Promise<number> {
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  if (paths.length === 0) {
    process.stderr.write(`${cliMessages.noFiles}\n`);
    return 2;
  }
  const results = await analyzePaths(paths, ocrWanted(argv));
  const all: Finding[] = [];
  const out: string[] = [];
  for (const { name, analysis } of results) {
    if (!analysis.ok) {
      out.push(`■ ${name}\n  ✗ ${analysis.error}`);
      continue;
    }
    const { report, findings } = analysis;
    all.push(...findings);
    out.push([`■ ${name}（${report.agency ?? cliMessages.unknown} ${report.year ?? ''}）`, ...(findings.length ? findings.map(line) : [cliMessages.noFindings])].join('\n'));
  }
  const reports = results.flatMap(({ analysis }) => (analysis.ok ? [analysis.report] : []));
  for (const [current, previous] of crossYearPairs(reports)) {
    const findings = checkAcrossYears(current, previous);
    all.push(...findings);
    out.push([cliMessages.crossYear(current.agency!, current.year!, previous.year!), ...(findings.length ? findings.map(line) : [cliMessages.noFindings])].join('\n'));
  }
  const count = (severity: Finding['severity']) => all.filter((finding) => finding.severity === severity).length;
  out.push(cliMessages.totals(count('error'), count('warning'), count('info')));
  process.stdout.write(`${out.join('\n\n')}\n`);
  const failed = results.some(({ analysis }) => !analysis.ok);
  return count('error') > 0 || failed ? 1 : 0;
}
