// Chinese text of the desktop shell (start failure, launch import). One catalog, like the services' messages.
export const appMessages = {
  startFailedTitle: '年报审查台无法启动',
  libraryNotOpened: (dataDir: string) => `无法打开审查库：${dataDir}`,
  libraryFileDamaged: (file: string) => `审查库文件 ${file} 无法读取（可能已损坏，或由更新版本的年报审查台创建），文件未做任何改动。`,
  internalStartError: '启动时发生内部错误，请将下面的详细信息反馈给开发人员。',
  details: (text: string) => `详细信息：${text}`,
  restoreNote:
    '“恢复上次正常的副本”会把审查库恢复到上次成功打开时的状态，损坏的文件另存在同一文件夹中；此后导入的报告可能不在列表中，请重新导入。',
  chooseFolder: '选择其他审查库文件夹…',
  restoreCopy: '恢复上次正常的副本',
  quit: '退出',
  chooseFolderTitle: '选择审查库文件夹',
  chooseFolderButton: '打开审查库',
  restoreFailed: (reason: string) => `无法恢复上次正常的副本：${reason}`,
} as const;
