// Entry of the `nianbao` command line: extract, check, review, serve. Each command is loaded when it
// is run, so that `extract` starts without the bridge, the library or the exporters.

const usage = `用法：
  nianbao extract 文件... [--json]   提取报告表格（--json 输出 JSON）
  nianbao check 文件...              核验报告并列出问题（多个年度时同时做跨年度核验）
  nianbao review 文件或目录... --out 输出文件 [--data 目录] [--dismissed separate|omit]
                                     导入并核验报告，写出审查意见汇总（按扩展名：.docx .xlsx .md .csv）
  extract、check、review 均可加 --no-ocr：不对扫描件和图片做文字识别
  nianbao serve --data 目录 --port 端口  在浏览器中运行审查台（仅绑定 127.0.0.1）`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return (await import('./extract-command')).runExtract(rest);
    case 'check':
      return (await import('./check-command')).runCheck(rest);
    case 'review':
      return (await import('./review-command')).runReview(rest);
    case 'serve':
      return (await import('./serve')).runServe(rest);
    default:
      process.stderr.write(`${usage}\n`);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}
