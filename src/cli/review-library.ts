// The library a review imports into: the --data folder, which is kept; or a temporary one under the
// system's temp folder, removed afterwards whatever happens (also on Ctrl+C).
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../main/services/create-services';
import { isLibraryOpenError } from '../main/storage/storage-errors';
import { DataDirError, prepareDataDir } from './data-dir';
import { cliMessages } from './messages';
import { cliNoticeWorker } from './notice-workers';
import { createWorkerAnalyzer } from './worker-analyzer';

export const temporaryLibraryPrefix = 'nianbao-review-';

/** The services, and a way to stop the analysis workers early (once nothing more is imported). */
export interface Library {
  services: Services;
  stopAnalysis(): Promise<void>;
}

async function openServices(dataDir: string, ocr: boolean): Promise<Library> {
  const analyzer = createWorkerAnalyzer({ ocr, batch: true });
  try {
    const services = await createServices({
      dataDir,
      analyzer,
      noticeWorker: cliNoticeWorker,
    });
    return { services, stopAnalysis: () => analyzer.close() };
  } catch (error) {
    await analyzer.close();
    // In use elsewhere, or its folder or library.json unusable: reported like a bad --data folder.
    if (isLibraryOpenError(error)) throw new DataDirError(error.message);
    throw error;
  }
}

/** An interrupted run would leave the temporary library behind: remove it before the process ends. */
function removeOnInterrupt(dir: string): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`\n${cliMessages.review.interrupted}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** Runs `work` with the services over the library; they are always closed before this returns. */
export async function withLibrary<T>(
  dataDir: string | undefined,
  work: (library: Library) => Promise<T>,
  ocr = true,
): Promise<T> {
  const temporary = dataDir === undefined;
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), temporaryLibraryPrefix)));
  const stopWatching = temporary ? removeOnInterrupt(dir) : () => undefined;
  try {
    if (!temporary) await prepareDataDir(dir);
    const library = await openServices(dir, ocr);
    try {
      return await work(library);
    } finally {
      await library.services.close();
    }
  } finally {
    stopWatching();
    if (temporary) await rm(dir, { recursive: true, force: true });
  }
}
