// The notice workers of the command line (review --per-body, serve): the TypeScript entry through tsx.
import type { NoticeWorkerOptions } from '../main/services/export/notice-writers';

export const cliNoticeWorker: NoticeWorkerOptions = {
  url: new URL('../main/services/export/notice-worker.ts', import.meta.url),
  // Resolved from here, not from the working directory, so the CLI works from any folder.
  execArgv: ['--import', import.meta.resolve('tsx')],
};
