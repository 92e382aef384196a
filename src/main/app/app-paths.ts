// Where the built app's own files are, from the built main process's folder (out/main): the same in the
// project, in an unpacked build and inside app.asar once packaged (Electron reads app.asar like a folder,
// worker threads included). The analysis worker is an entry of the main build with a fixed name, so
// this is the one place that knows where it is.
import path from 'node:path';

export interface AppPaths {
  /** The sandboxed preload (CommonJS bundle). */
  preload: string;
  /** The built renderer, served as nianbao://app/ (see app-protocol.ts). */
  rendererRoot: string;
  /** The analyzer pool's worker entry. */
  analyzeWorker: string;
  /** The worker entry that writes Word notices in parallel. */
  noticeWorker: string;
}

export function resolveAppPaths(mainDir: string): AppPaths {
  return {
    preload: path.join(mainDir, '../preload/index.cjs'),
    rendererRoot: path.join(mainDir, '../renderer'),
    analyzeWorker: path.join(mainDir, 'analyze-worker.js'),
    noticeWorker: path.join(mainDir, 'notice-worker.js'),
  };
}
