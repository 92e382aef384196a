// Chinese text of the command line.
import type { Severity } from '../shared/report';

export const cliMessages = {
  unknown: '未识别',
  noFiles: '请给出至少一个报告文件，例如：nianbao extract 报告.pdf --json',
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  noFindings: '  未发现问题',
  crossYear: (agency: string, year: number, previous: number) => `■ 跨年度核验：${agency} ${previous} → ${year}`,
  totals: (errors: number, warnings: number, infos: number) => `共 ${errors} 个错误、${warnings} 个警告、${infos} 个提示`,
};
