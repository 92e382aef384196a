// Remembers the window's size and position in a small JSON file in userData.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const defaultBounds = { width: 1366, height: 860 };

const isRectangle = (value: unknown): value is Rectangle =>
  typeof value === 'object' &&
  value !== null &&
  ['x', 'y', 'width', 'height'].every((key) => Number.isFinite((value as Record<string, unknown>)[key]));

/** Saved bounds if they still fit on a connected display, else a default size (centred by Electron). */
export function loadWindowState(filePath: string): { bounds: Partial<Rectangle>; maximized: boolean } {
  let saved: unknown;
  try {
    saved = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('窗口位置文件无法读取，使用默认大小', error);
    return { bounds: defaultBounds, maximized: false };
  }
  const state = saved as Partial<WindowState> | null;
  if (!state || !isRectangle(state.bounds) || state.bounds.width < 400 || state.bounds.height < 300) {
    return { bounds: defaultBounds, maximized: false };
  }
  const bounds = state.bounds;
  const visible = screen.getAllDisplays().some(({ workArea }) =>
    bounds.x < workArea.x + workArea.width && bounds.x + bounds.width > workArea.x && bounds.y < workArea.y + workArea.height && bounds.y + bounds.height > workArea.y,
  );
  return { bounds: visible ? bounds : { width: bounds.width, height: bounds.height }, maximized: state.maximized === true };
}

/** Saves the normal (unmaximized) bounds when the window closes. */
export function trackWindowState(window: BrowserWindow, filePath: string): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(path.resolve(filePath), JSON.stringify(state));
    } catch (error) {
      console.warn('无法保存窗口位置', error);
    }
  });
}
