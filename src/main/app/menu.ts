// The Chinese application menu. Import runs in main (dialog + services); export is the renderer's
// job (it knows the selection), so the menu only forwards the command.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  getWindow(): BrowserWindow | null;
  importReports(): void;
  requestExport(): void;
  isDevelopment: boolean;
}

export function installMenu(actions: MenuActions): void {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    ...(actions.isDevelopment ? [{ label: '开发者工具', role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件',
      submenu: [
        { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: () => actions.importReports() },
        { label: '导出…', accelerator: 'CmdOrCtrl+E', click: () => actions.requestExport() },
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于年报审查台',
          click: () => {
            const options = {
              type: 'info' as const,
              title: '关于年报审查台',
              message: `年报审查台 ${app.getVersion()}`,
              detail: '政府信息公开工作年度报告审查工具。报告只保存在本机，不会上传。',
            };
            const window = actions.getWindow();
            const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
            shown.catch((error: unknown) => console.error('无法显示“关于”对话框', error));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
