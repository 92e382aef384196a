// The Chinese application menu. Import runs in main (dialog + services); export is the renderer's
// job (it knows the selection), so the menu only forwards the command. On macOS the first menu is
// the application menu (关于, 偏好设置, 退出), so that 文件 stays 文件.
import type { App, BrowserWindow, Dialog, Menu, MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  getWindow(): BrowserWindow | null;
  importReports(): void;
  requestExport(): void;
  showAbout(): void;
  isDevelopment: boolean;
}

const appName = '年报审查台';

export function buildMenuTemplate(actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `关于${appName}`, click: () => actions.showAbout() };
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      // Greyed until the app has a preferences page; the reviewer's name is asked for where it is needed.
      { label: '偏好设置…', accelerator: 'Cmd+,', enabled: false },
      { type: 'separator' },
      { label: '服务', role: 'services' },
      { type: 'separator' },
      { label: `隐藏${appName}`, role: 'hide' },
      { label: '隐藏其他', role: 'hideOthers' },
      { label: '全部显示', role: 'unhide' },
      { type: 'separator' },
      { label: `退出${appName}`, role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: () => actions.importReports() },
      { label: '导出…', accelerator: 'CmdOrCtrl+E', click: () => actions.requestExport() },
      { type: 'separator' },
      mac ? { label: '关闭窗口', role: 'close' } : { label: '退出', role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
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
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { label: '重新加载', role: 'reload' },
      ...(actions.isDevelopment ? [{ label: '开发者工具', role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
  if (mac) {
    const window: MenuItemConstructorOptions = {
      label: '窗口',
      role: 'windowMenu',
      submenu: [
        { label: '最小化', role: 'minimize' },
        { label: '缩放', role: 'zoom' },
        { type: 'separator' },
        { label: '前置全部窗口', role: 'front' },
      ],
    };
    return [appMenu, file, edit, view, window];
  }
  return [file, edit, view, { label: '帮助', submenu: [about] }];
}

export interface MenuApis {
  app: Pick<App, 'getVersion'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  platform: NodeJS.Platform;
}

export function installMenu(actions: Omit<MenuActions, 'showAbout'>, { app, dialog, Menu, platform }: MenuApis): void {
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: `关于${appName}`,
      message: `${appName} ${app.getVersion()}`,
      detail: '政府信息公开工作年度报告审查工具。报告只保存在本机，不会上传。',
    };
    const window = actions.getWindow();
    const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
    shown.catch((error: unknown) => console.error('无法显示“关于”对话框', error));
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ ...actions, showAbout }, platform)));
}
