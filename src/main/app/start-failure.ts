// A start that cannot open the library is never silent: a native dialog names the library and the
// problem and offers another library folder, the last good copy of library.json (when the file itself
// is the problem and a copy exists), or quitting. Any error is shown by its own Chinese message.
import type { Dialog } from 'electron';
import { dataPaths } from '../storage/data-paths';
import { LibraryFileError } from '../storage/library-db';
import { appMessages as text } from './app-messages';

export interface LastGoodCopy {
  has(libraryFile: string): Promise<boolean>;
  /** Returns where the damaged file was kept. */
  restore(libraryFile: string): Promise<string | null>;
}

export interface StartFailureApis {
  dialog: Pick<Dialog, 'showMessageBox' | 'showOpenDialog' | 'showErrorBox'>;
  lastGoodCopy: LastGoodCopy;
}

/** Written in Chinese: Han characters outside the paths it names (a library folder may have a Chinese name). */
const isChinese = (message: string): boolean => /\p{Script=Han}/u.test(message.replace(/\S*[\\/]\S*/g, ''));

/** What went wrong, in Chinese: the error's own message when it has one, else a summary and the detail. */
export function describeStartError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isChinese(message)) return message;
  const summary = error instanceof LibraryFileError ? text.libraryFileDamaged(error.path) : text.internalStartError;
  return `${summary}\n\n${text.details(message)}`;
}

export const libraryFileOf = (dataDir: string): string => dataPaths(dataDir).libraryFile;

/**
 * Opens the library at dataDir; on failure asks the reviewer what to do, until a library opens
 * (its result and folder are returned) or the reviewer quits (null).
 */
export async function openLibraryOrAsk<T>(
  dataDir: string,
  open: (dataDir: string) => Promise<T>,
  { dialog, lastGoodCopy }: StartFailureApis,
): Promise<{ opened: T; dataDir: string } | null> {
  let current = dataDir;
  /** The copy is offered once per folder: if it does not open either, offering it again would loop. */
  let restored = false;
  for (;;) {
    let failure: unknown;
    try {
      return { opened: await open(current), dataDir: current };
    } catch (error) {
      failure = error;
      console.error(`无法打开审查库 ${current}`, error);
    }
    const libraryFile = libraryFileOf(current);
    const canRestore = failure instanceof LibraryFileError && !restored && (await lastGoodCopy.has(libraryFile));
    const buttons = [text.chooseFolder, ...(canRestore ? [text.restoreCopy] : []), text.quit];
    const detail = describeStartError(failure) + (canRestore ? `\n\n${text.restoreNote}` : '');
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: text.startFailedTitle,
      message: text.libraryNotOpened(current),
      detail,
      buttons,
      // Enter restores when there is a copy; Esc quits.
      defaultId: canRestore ? 1 : 0,
      cancelId: buttons.length - 1,
      noLink: true,
    });
    const choice = buttons[response];
    if (choice === text.restoreCopy) {
      restored = true;
      try {
        const keptAs = await lastGoodCopy.restore(libraryFile);
        if (keptAs) console.warn(`已恢复上次正常的副本，损坏的文件另存为 ${keptAs}`);
      } catch (error) {
        dialog.showErrorBox(text.startFailedTitle, text.restoreFailed(error instanceof Error ? error.message : String(error)));
      }
    } else if (choice === text.chooseFolder) {
      const picked = await dialog.showOpenDialog({
        title: text.chooseFolderTitle,
        buttonLabel: text.chooseFolderButton,
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = picked.canceled ? undefined : picked.filePaths[0];
      if (folder) {
        current = folder;
        restored = false;
      }
    } else {
      return null;
    }
  }
}
