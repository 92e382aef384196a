// `nianbao review … --per-body --out DIR|FILE.zip`: one notice per report and the 通报, written into the
// folder (created when missing; files of the same name are replaced, each atomically) or as one zip.
import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { NoticesExported, ReportId, Result } from '../shared/ipc-contract';
import type { Services } from '../main/services/create-services';
import { saveExportFile } from '../main/services/export-file';
import type { HandlerContext } from '../main/services/service-handlers';
import { cliMessages } from './messages';
import { createProgressBar } from './progress-bar';
import { outputProblem, writeOutput } from './review-output';
import type { ReviewOptions } from './review-options';

const text = cliMessages.review;

/** Why the notices cannot go there (Chinese, naming the path), or null. Creates nothing. */
export async function perBodyOutputProblem(options: ReviewOptions): Promise<string | null> {
  if (options.perBody?.packaging !== 'folder') return outputProblem(options.outPath);
  const existing = await stat(options.outPath).catch(() => null);
  if (existing && !existing.isDirectory()) return text.outIsFile(options.outPath);
  // A folder still to be made: its parent must take it.
  let folder = options.outPath;
  while (!(await stat(folder).catch(() => null))) folder = path.dirname(folder);
  return outputProblem(path.join(folder, '.nianbao-check'));
}

/** Writes the files; null when all are written, else the Chinese reason (files written so far stay). */
async function writeFolder(
  dir: string,
  files: NonNullable<NoticesExported['files']>,
): Promise<string | null> {
  await mkdir(dir, { recursive: true });
  for (const file of files) {
    const saved = await saveExportFile(path.join(dir, file.name), Buffer.from(file.base64, 'base64'));
    if (!saved.ok) return saved.error.message;
  }
  return null;
}

export interface PerBodyOutcome {
  error: string | null;
  lines: string[];
}

export async function writePerBody(
  services: Services,
  reportIds: ReportId[],
  options: ReviewOptions,
  valueOf: <T>(result: Result<T>) => T,
): Promise<PerBodyOutcome> {
  const perBody = options.perBody ?? { packaging: 'folder', cleanReports: 'notice' };
  const bar = createProgressBar(text.exporting);
  const progress: HandlerContext = {
    emit: (event, payload) => {
      if (event !== 'export.progress') return;
      const { done, total, stage } = payload as { done: number; total: number; stage: string };
      bar.update(done, total, stage === 'writing' ? text.writing : '');
    },
  };
  let exported: NoticesExported;
  try {
    exported = valueOf(
      await services['export.notices'](
        { reportIds, ...perBody, exportId: `cli-${randomBytes(6).toString('hex')}` },
        progress,
      ),
    );
  } finally {
    bar.finish();
  }
  const error =
    perBody.packaging === 'folder'
      ? await writeFolder(options.outPath, exported.files ?? [])
      : await writeOutput(options.outPath, exported.base64);
  if (error) return { error, lines: [] };
  const lines = [text.noticesWritten(options.outPath, exported.notices)];
  if (exported.drafts > 0) lines.push(text.noticeDrafts(exported.drafts));
  if (exported.skipped > 0) lines.push(text.noticesSkipped(exported.skipped));
  return { error: null, lines };
}
