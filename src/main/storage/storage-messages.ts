// Chinese text of the storage layer: why the library cannot be opened or written, what was set aside.
// The services add what was not saved ("磁盘空间不足，审查结论未保存。…").

/** Why a write failed, by file-system error code; never a path (temp files mean nothing to a reviewer). */
export const writeFailureReasons: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EROFS: '资料库所在的磁盘是只读的',
  EACCES: '没有写入资料库文件夹的权限',
  EPERM: '没有写入资料库文件夹的权限，或文件正被其他程序占用',
  EBUSY: '资料库文件正被其他程序占用',
  EIO: '读写磁盘时出错（磁盘可能已损坏或已拔出）',
  EMFILE: '同时打开的文件过多',
  ENOENT: '资料库文件夹已被移动或删除',
};

/** A report whose files cannot be read back is repaired by its original: the report's id is the file's hash. */
const reimportAdvice = '请重新导入该报告的原件（将原文件再次拖入即可），报告会自动修复。';

/** The first words of the messages of a report whose own files cannot be read back (earlier versions' too). */
const unreadableLeads = {
  report: '报告数据文件已损坏',
  reviews: '审查记录文件已损坏',
  missing: '报告数据文件缺失',
} as const;

/**
 * Which file of a report listed as unreadable is at fault, read from the Chinese reason the report is listed
 * with: 'report' (damaged or missing data file), 'reviews' (damaged review file), null for any other reason
 * (a file that failed to import, a file from a newer version). Re-importing the original repairs the first two.
 */
export function unreadableFileOf(reason: string): 'report' | 'reviews' | null {
  if (reason.startsWith(unreadableLeads.reviews)) return 'reviews';
  if (reason.startsWith(unreadableLeads.report) || reason.startsWith(unreadableLeads.missing))
    return 'report';
  return null;
}

export const storageMessages = {
  writeFailed: (code: string | undefined) =>
    writeFailureReasons[code ?? ''] ?? `写入资料库时出错（${code ?? '未知原因'}）`,
  libraryLost: '资料库已被另一个程序打开，为避免互相覆盖，本程序已停止保存',
  libraryLocked: (dir: string, pid: number | null) =>
    `资料库文件夹 ${dir} 正被另一个年报审查台程序使用${pid === null ? '' : `（进程号 ${pid}）`}。` +
    '同一资料库同时只能由一个程序打开：请先关闭另一个程序（桌面版或 nianbao serve/review），或用 --data 指定其他文件夹。',
  libraryUnopenable: (dir: string, reason: string) => `无法打开资料库文件夹 ${dir}：${reason}。`,
  libraryDamaged: (path: string, reason: string) =>
    `资料库文件 ${path} 无法读取（已损坏：${reason.slice(0, 300)}），未做任何改动。请从备份恢复或联系管理员。`,
  libraryNewer: (path: string, version: number, supported: number) =>
    `资料库文件 ${path} 由更新版本的年报审查台创建（格式版本 ${version}，本版本最高支持 ${supported}），未做任何改动。请升级年报审查台后再打开。`,
  reportDamaged: (setAside: string) =>
    `${unreadableLeads.report}，已原样移至资料库的 ${setAside} 保存。${reimportAdvice}已有的审查结论会保留，单元格更正需重新填写。`,
  reviewsDamaged: (setAside: string) =>
    `${unreadableLeads.reviews}，已原样移至资料库的 ${setAside} 保存，其中的审查结论无法读取。${reimportAdvice}修复后该报告没有审查记录，需重新审查。`,
  reportMissing: `${unreadableLeads.missing}（资料库可能被改动过）。${reimportAdvice}已有的审查结论会保留，单元格更正需重新填写。`,
  fileNewer: '报告数据文件由更新版本的年报审查台创建，本版本无法读取。请升级年报审查台。',
} as const;
