// Report files handed to the app at launch: on its command line ("open with", a file dropped on the
// icon), by a second launch (single-instance lock) or by macOS's open-file event. They are imported
// once the library and the window are ready; a second launch also brings the window to the front.
import path from 'node:path';
import { formatOf } from '../../shared/file-formats';

/** The command line's report files as absolute paths; switches, the executable and the app folder are skipped. */
export function reportFilesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && formatOf(arg) !== undefined)
    .map((arg) => path.resolve(cwd, arg));
}

/** What a second instance sends along with its lock request: its report files, resolved in its own folder. */
export interface LaunchData {
  files: string[];
}

/** The files of a second launch: from its additionalData when it is well-formed, else from its command line. */
export function filesOfSecondLaunch(argv: readonly string[], cwd: string, additionalData: unknown): string[] {
  const files = (additionalData as Partial<LaunchData> | null)?.files;
  if (Array.isArray(files) && files.every((file) => typeof file === 'string')) {
    return files.filter((file) => path.isAbsolute(file) && formatOf(file) !== undefined);
  }
  return reportFilesIn(argv, cwd);
}

export interface LaunchImports {
  /** Files to import: now if the app is ready, else as soon as it is. */
  add(files: readonly string[]): void;
  /** The library and the window are ready: files that arrived before are imported now, later ones at once. */
  ready(importFiles: (files: string[]) => void): void;
}

export function createLaunchImports(): LaunchImports {
  let pending: string[] = [];
  let importNow: ((files: string[]) => void) | null = null;
  return {
    add(files) {
      if (files.length === 0) return;
      if (importNow) importNow([...files]);
      else pending.push(...files);
    },
    ready(importFiles) {
      importNow = importFiles;
      const waiting = pending;
      pending = [];
      if (waiting.length > 0) importFiles(waiting);
    },
  };
}
