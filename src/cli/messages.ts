// Chinese text of the command line.
import { importExtensions } from '../shared/file-formats';
import type { Severity } from '../shared/report';

const reportExtensionsText = importExtensions.map((extension) => `.${extension}`).join(' ');

/** Node's parseArgs errors in Chinese: "未知的选项 --foo", "--out 需要一个值", "多余的参数 x". */
export function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  // "Option '-o, --out <value>' argument missing": the long name; "Unexpected argument 'x'": the argument.
  const quoted = /'([^']*)'/.exec(message ?? '')?.[1] ?? '';
  const names = quoted.match(/-{1,2}[\w-]+/g);
  const subject = names?.at(-1) ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `参数不正确：未知的选项 ${subject}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `参数不正确：${subject} 需要一个值`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `参数不正确：多余的参数 ${subject}`;
  return `参数不正确：${message ?? String(error)}`;
}

export const cliMessages = {
  unknown: '未识别',
  noFiles: '请给出至少一个报告文件，例如：nianbao extract 报告.pdf --json',
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  noFindings: '  未发现问题',
  crossYear: (agency: string, year: number, previous: number) =>
    `■ 跨年度核验：${agency} ${previous} → ${year}`,
  totals: (errors: number, warnings: number, infos: number) =>
    `共 ${errors} 个错误、${warnings} 个警告、${infos} 个提示`,
  review: {
    usage: `用法：nianbao review 文件或目录... --out 输出文件 [--data 目录] [--dismissed separate|omit]
  导入报告并核验，写出审查意见汇总；输出文件的扩展名决定格式：.docx .xlsx .md .csv
  目录会递归查找 ${reportExtensionsText} 文件（跳过隐藏文件）
  --data 目录        导入到该资料库并保留（不存在时创建）；不给出时使用临时资料库，结束后删除
  --dismissed 方式   判定为“不是问题”的条目：separate 单独列出（默认），omit 不列出
  --per-body         改为每份报告写一份审查意见书（整改通知书），另附审查情况通报：
                     --out 为文件夹（不存在时创建），以 .zip 结尾时写成一个压缩包
  --clean-reports 方式  复核完毕且没有问题的报告：notice 出具简短审查意见书（默认），skip 不出具
  --no-ocr           不对扫描件和图片做文字识别`,
    noInputs: '请给出至少一个报告文件或目录。',
    noOut: '请用 --out 指定输出文件，例如：--out 审查意见.docx',
    badFormat: (extension: string) =>
      extension
        ? `不支持的输出格式“${extension}”：请使用 .docx、.xlsx、.md 或 .csv。`
        : '输出文件没有扩展名：请使用 .docx、.xlsx、.md 或 .csv 结尾的文件名。',
    badDismissed: (value: string) =>
      `--dismissed 只能是 separate（单独列出）或 omit（不列出），收到“${value}”。`,
    badCleanReports: (value: string) =>
      `--clean-reports 只能是 notice（出具简短意见书）或 skip（不出具），收到“${value}”。`,
    cleanNeedsPerBody: '--clean-reports 只能与 --per-body 一起使用。',
    outIsFile: (path: string) => `无法写入 ${path}：已有同名文件，请给出文件夹，或以 .zip 结尾的文件名。`,
    noticesWritten: (path: string, notices: number) => `已写入：${path}（审查意见书 ${notices} 份和审查情况通报 1 份）`,
    noticeDrafts: (count: number) =>
      `其中 ${count} 份报告尚未复核完毕，其意见书文件名标有“（草稿）”，只列出已确认的问题。`,
    noticesSkipped: (count: number) => `${count} 份报告未出具意见书（没有问题且选择不出具，或未能读取）。`,
    outIsDirectory: (path: string) => `无法写入 ${path}：这是一个文件夹，请给出文件名。`,
    noReportFiles: `目录中没有报告文件（${reportExtensionsText}）`,
    unreadable: (path: string, reason: string) => `${path}：${reason}`,
    skippedNow: (path: string, reason: string) => `${path}：${reason}，已跳过`,
    nothingToImport: '没有可导入的文件：给出的路径都不存在、无法读取，或其中没有报告文件。',
    importing: '导入',
    exporting: '导出',
    writing: '正在生成文件',
    written: (path: string) => `已写入：${path}`,
    reports: (total: number, existing: number) =>
      `报告 ${total} 份${existing > 0 ? `（其中 ${existing} 份此前已在资料库中）` : ''}`,
    findings: (counts: Record<Severity, number>) =>
      `仍成立的问题：错误 ${counts.error} 个、警告 ${counts.warning} 个、提示 ${counts.info} 个（不含已认定“不是问题”和因更正消除的）`,
    failedHeader: (count: number) => `未能读取的报告 ${count} 份（在汇总中单独列出）：`,
    skippedHeader: (count: number) => `跳过的路径 ${count} 个：`,
    unreviewed: (count: number) =>
      `${count} 份报告尚未审查：其中的问题是核验程序给出的结果，尚未经人工确认。`,
    interrupted: '已中断：临时资料库已删除，未写出文件。',
  },
};
