// The application menu per platform: on macOS the first menu is the app menu, so 文件 stays 文件.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu, type MenuActions } from '../../../src/main/app/menu';

const actions = (): MenuActions => ({
  getWindow: () => null,
  importReports: vi.fn(),
  requestExport: vi.fn(),
  showAbout: vi.fn(),
  isDevelopment: false,
});

const items = (menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  (menu?.submenu as MenuItemConstructorOptions[] | undefined)?.filter((item) => item.type !== 'separator') ?? [];
const labels = (menu: MenuItemConstructorOptions | undefined): (string | undefined)[] => items(menu).map((item) => item.label);
const byLabel = (menu: MenuItemConstructorOptions | undefined, label: string) => items(menu).find((item) => item.label === label);

describe('application menu', () => {
  it('on macOS starts with the app menu: 关于, 偏好设置, 退出', () => {
    const template = buildMenuTemplate(actions(), 'darwin');
    expect(template.map((menu) => menu.label)).toEqual(['年报审查台', '文件', '编辑', '视图', '窗口']);
    const appMenu = template[0];
    expect(labels(appMenu)[0]).toBe('关于年报审查台');
    expect(labels(appMenu)).toContain('偏好设置…');
    expect(byLabel(appMenu, '偏好设置…')?.accelerator).toBe('Cmd+,');
    expect(byLabel(appMenu, '退出年报审查台')?.role).toBe('quit');
    // 文件 keeps its own items and leaves quitting to the app menu.
    expect(labels(template[1])).toEqual(['导入报告…', '导出…', '关闭窗口']);
    expect(items(template[1]).some((item) => item.role === 'quit')).toBe(false);
    expect(template.some((menu) => menu.label === '帮助')).toBe(false);
  });

  it.each(['win32', 'linux'] as const)('on %s starts with 文件 (退出 inside) and keeps 关于 under 帮助', (platform) => {
    const template = buildMenuTemplate(actions(), platform);
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(byLabel(template[0], '退出')?.role).toBe('quit');
    expect(labels(template[3])).toEqual(['关于年报审查台']);
    expect(template.some((menu) => items(menu).some((item) => item.label === '偏好设置…'))).toBe(false);
  });

  it('runs the actions from the menu items', () => {
    const menuActions = actions();
    const template = buildMenuTemplate(menuActions, 'darwin');
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
    click(byLabel(template[1], '导入报告…'));
    click(byLabel(template[1], '导出…'));
    click(byLabel(template[0], '关于年报审查台'));
    expect(menuActions.importReports).toHaveBeenCalledOnce();
    expect(menuActions.requestExport).toHaveBeenCalledOnce();
    expect(menuActions.showAbout).toHaveBeenCalledOnce();
    expect(byLabel(template[1], '导入报告…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('offers the developer tools only in development', () => {
    const hasDevTools = (isDevelopment: boolean) =>
      buildMenuTemplate({ ...actions(), isDevelopment }, 'linux').some((menu) => items(menu).some((item) => item.role === 'toggleDevTools'));
    expect(hasDevTools(true)).toBe(true);
    expect(hasDevTools(false)).toBe(false);
  });

  it('installs the template for the platform and shows 关于 with the version', async () => {
    const Menu = { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => template), setApplicationMenu: vi.fn() };
    const dialog = { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) };
    installMenu(
      { getWindow: () => null, importReports: vi.fn(), requestExport: vi.fn(), isDevelopment: false },
      { app: { getVersion: () => '1.2.3' }, dialog, Menu: Menu as never, platform: 'darwin' },
    );
    const installed = Menu.setApplicationMenu.mock.calls[0]?.[0] as unknown as MenuItemConstructorOptions[];
    expect(installed[0]?.label).toBe('年报审查台');
    (byLabel(installed[0], '关于年报审查台')?.click as () => void)();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: '年报审查台 1.2.3' }));
  });
});
