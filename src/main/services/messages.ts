// Chinese messages of the services (library, review, export). One catalog, so another language can be added.
import { tooLargeMessage } from '../../shared/file-formats';

export const messages = {
  reportNotFound: '找不到该报告',
  invalidReportId: '报告编号无效',
  findingNotFound: '找不到该问题，报告可能已重新核验，请刷新后重试',
  cellNotFound: (cellId: string) => `找不到单元格“${cellId}”`,
  reportUnreadable: '该报告未能读取，无法修改单元格',
  emptyFindingMessage: '请填写问题说明',
  findingNeedsTarget: '请选择相关单元格或选中一段文字',
  originalMissing: '该报告的原件未保存（文件过大）',
  originalNotFound: '原件文件已丢失。请重新导入该报告的原件（将原文件再次拖入即可），审查记录不受影响。',
  originalUnsupported: '无法显示该格式的原件',
  originalUnreadable: (reason: string) => `原件无法显示：${reason}`,
  // Import failures give the reason alone: the screens and exports show the file's name beside it.
  fileTooLarge: (sizeBytes: number) => `${tooLargeMessage(sizeBytes)}，未导入`,
  analysisCrashed: '读取时发生内部错误，请将该文件反馈给开发人员',
  analysisTimedOut: (limitMs: number) =>
    `读取超过 ${limitMs >= 60_000 ? `${Math.round(limitMs / 60_000)} 分钟` : `${Math.max(1, Math.round(limitMs / 1000))} 秒`}仍未完成，已停止（文件可能过于复杂或已损坏）`,
  analysisOutOfMemory: (limitMb: number) =>
    `读取所需内存超过上限（${limitMb} MB），已停止（文件可能过于复杂或已损坏）`,
  /**
   * The same file imported again put its report right (status 'imported'): what was repaired, what was kept,
   * and what could not be recovered.
   */
  importRepaired: ({
    original,
    data,
    reviewsLost,
    markWithdrawn,
  }: Record<'original' | 'data' | 'reviewsLost' | 'markWithdrawn', boolean>) =>
    [
      `库中已有该报告，已修复：${[data && '重新读取了损坏或缺失的报告数据', original && '重新保存了丢失的原件'].filter(Boolean).join('，') || '该报告已恢复可用'}`,
      reviewsLost
        ? '其审查记录文件此前已损坏（原样保存在资料库的 damaged 文件夹中），该报告需重新审查'
        : markWithdrawn
          ? '审查结论、意见和新增的问题均已保留；重新读取后出现了尚未处理的问题，“审查完毕”标记已撤销'
          : '审查结论、意见、新增的问题和审查完毕标记均已保留',
      ...(data ? ['损坏的数据文件中的单元格更正无法恢复，如曾更正请重新填写'] : []),
    ].join('；') + '。',
  /** The same file imported again could not put its damaged report right; the library is as it was. */
  repairFailed: (reason: string) => `库中已有该报告，本次未能修复：${reason}`,
  importChoiceExpired: '等待选择的时间过长，该文件未导入，请重新导入',
  nothingToExport: '请选择要导出的报告',
  exportFileName: (date: string, extension: string) => `年报审查意见_${date}.${extension}`,
  exportCancelled: '已取消导出。',
  exportFailed: (format: string, reports: number) =>
    `生成 ${format}时出错（${reports} 份报告），未写出任何文件，报告库未受影响。请改用其他格式重试，或将此情况反馈给开发人员。`,
  exportSaveFailed: (path: string, reason: string) =>
    `无法保存到 ${path}：${reason}。文件未保存，请换一个位置重试。`,
  exportSaveOtherReason: (code: string) => `写入时出错（${code}）`,
  exportSaveReasons: {
    EACCES: '没有写入该位置的权限',
    EPERM: '没有写入该位置的权限，或同名文件正被其他程序打开',
    EBUSY: '同名文件正被其他程序占用',
    ENOSPC: '磁盘空间不足',
    EROFS: '该位置只读',
    ENOENT: '文件夹不存在',
    ENOTDIR: '路径中有一部分不是文件夹',
    EISDIR: '已有同名文件夹',
    ENAMETOOLONG: '路径过长',
  } as Record<string, string>,
  anonymousReviewer: '未署名',
  /** For the composition roots, when opening the library throws LibraryFileError. */
  libraryDamaged: (path: string) =>
    `资料库文件 ${path} 无法读取（已损坏或由更新版本创建），未做任何改动。请从备份恢复或联系管理员。`,
  reviewerFindingRule: '审查人员标注',
  failedReportNotReviewable: '该文件未能读取，不能标记为审查完毕',
  /** A write to the library failed; `reason` is storage's Chinese reason ("磁盘空间不足"), never a path. */
  notSaved: (reason: string, what: string) => `${reason}，${what}未保存，请解决后重试。`,
  /** The reason alone: the file's name stands beside it wherever it is shown. */
  importNotSaved: (reason: string) => `${reason}，未导入，请解决后重新导入该文件。`,
  saved: {
    decision: '审查结论',
    finding: '新增的问题',
    correction: '更正',
    settings: '设置',
    deletion: '删除操作',
    draft: '草稿',
    completion: '审查完毕标记',
  },
  noticesFolderName: (date: string) => `年报审查意见_${date}`,
  noticesFailed: (reports: number) =>
    `生成审查意见书时出错（${reports} 份报告），未写出任何文件，报告库未受影响。请将此情况反馈给开发人员。`,
  summaryFileName: (date: string, extension: string) => `年报汇总分析_${date}.${extension}`,
  summaryFailed: (format: string) => `生成汇总（${format}）时出错，未写出任何文件，报告库未受影响。`,
  nothingToSummarise: '所选范围内没有可汇总的报告',
  chartFileName: (title: string, date: string) => `${title}_${date}.png`,
  chartEmpty: '该图表没有可显示的数据',
} as const;
