// `nianbao review FILE_OR_DIR... --out PATH [--data DIR] [--dismissed separate|omit]`: imports the
// reports into a library (which runs the checks) and writes the annotated findings summary, through
// the same services as the desktop app. Exit 0 when written, 2 for usage errors, 1 when nothing can be written.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type {
  ImportOutcome,
  PushEvent,
  PushEvents,
  ReportId,
  ReportSummary,
  Result,
} from '../shared/ipc-contract';
import type { Services } from '../main/services/create-services';
import type { LocalImportFile } from '../main/services/import-service';
import { messages } from '../main/services/messages';
import type { HandlerContext } from '../main/services/service-handlers';
import { LibraryFileError } from '../main/storage/library-db';
import { readInputFile } from './analyze-paths';
import { DataDirError } from './data-dir';
import { cliMessages } from './messages';
import { createProgressBar } from './progress-bar';
import { collectInputs, type InputProblem } from './review-inputs';
import { withLibrary, type Library } from './review-library';
import { parseReviewOptions, type ReviewOptions } from './review-options';
import { perBodyOutputProblem, writePerBody } from './review-per-body';
import { outputProblem, writeOutput } from './review-output';
import { reviewSummary } from './review-summary';

/** Files per library.import call: a batch of hundreds never holds more than this many files in memory. */
const importChunkSize = 25;

const text = cliMessages.review;

/** A service answered with an error: the run stops with exit code 1. */
class ReviewFailure extends Error {}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new ReviewFailure(result.error.message);
  return result.value;
}

const noEvents: HandlerContext = { emit: () => undefined };

/** A handler context that passes one kind of push event to `listener`. */
function listenTo<E extends PushEvent>(
  wanted: E,
  listener: (payload: PushEvents[E]) => void,
): HandlerContext {
  return {
    emit: (event, payload) => {
      if ((event as PushEvent) === wanted) listener(payload as unknown as PushEvents[E]);
    },
  };
}

/** The next chunk is read and handed over while this many are still being imported: no worker waits at a chunk's end. */
const chunksInFlight = 2;

async function importAll(
  services: Services,
  paths: string[],
): Promise<{ outcomes: ImportOutcome[]; unreadable: InputProblem[] }> {
  const batchId = `cli-${randomBytes(6).toString('hex')}`;
  const bar = createProgressBar(text.importing);
  const outcomes: ImportOutcome[] = [];
  const unreadable: InputProblem[] = [];
  const importing: Promise<ImportOutcome[]>[] = [];
  // Files done across the chunks being imported (unreadable ones count as done, so the bar ends at the total).
  let done = 0;
  try {
    for (let start = 0; start < paths.length; start += importChunkSize) {
      const chunk = paths.slice(start, start + importChunkSize);
      const files: LocalImportFile[] = [];
      for (const file of chunk) {
        const bytes = await readInputFile(file);
        if (typeof bytes === 'string') unreadable.push({ path: file, reason: bytes });
        else files.push({ name: path.basename(file), bytes });
      }
      done += chunk.length - files.length;
      bar.update(done, paths.length);
      if (files.length === 0) continue;
      let doneInChunk = 0;
      const progress = listenTo('import.progress', ({ done: now, current }) => {
        done += now - doneInChunk;
        doneInChunk = now;
        bar.update(done, paths.length, current?.fileName);
      });
      const imported = services.importLocalFiles({ files, batchId }, progress).then(valueOf);
      // Its failure is met where it is awaited, in turn, not as an unhandled rejection while an older chunk runs.
      imported.catch(() => undefined);
      importing.push(imported);
      // Outcomes in the order of the paths: the oldest chunk's first.
      if (importing.length >= chunksInFlight) outcomes.push(...(await importing.shift()!));
    }
    // One at a time off the list, so that a chunk still in flight when one fails is waited for below.
    while (importing.length > 0) outcomes.push(...(await importing.shift()!));
  } finally {
    // A chunk still in flight when another failed is waited for: the library closes after it.
    await Promise.allSettled(importing);
    // Ends the bar's line also when a service fails, so the message starts on a line of its own.
    bar.finish();
  }
  return { outcomes, unreadable };
}

async function exportAll(services: Services, reportIds: ReportId[], options: ReviewOptions) {
  const bar = createProgressBar(text.exporting);
  const progress = listenTo('export.progress', ({ done, total, stage }) =>
    bar.update(done, total, stage === 'writing' ? text.writing : ''),
  );
  const exportId = `cli-${randomBytes(6).toString('hex')}`;
  const request = { reportIds, format: options.format, dismissed: options.dismissed, exportId };
  try {
    return valueOf(await services['export.reports'](request, progress));
  } finally {
    bar.finish();
  }
}

/** Reports that were in the library before: every outcome for them is a duplicate. */
function countExisting(outcomes: ImportOutcome[], reportIds: ReportId[]): number {
  return reportIds.filter((id) =>
    outcomes.every((outcome) => outcome.reportId !== id || outcome.status === 'duplicate'),
  ).length;
}

async function review(
  { services, stopAnalysis }: Library,
  options: ReviewOptions,
  paths: string[],
  skipped: InputProblem[],
) {
  const { outcomes, unreadable } = await importAll(services, paths);
  // Nothing more is analysed: the workers' memory is given back before the export builds its file.
  await stopAnalysis();
  // A report of the library repaired by its file says so (what was put right, what was kept).
  for (const { fileName, notice } of outcomes) if (notice) say(`${fileName}：${notice}`);
  // In the order given, each report once (the same file twice is one report).
  const reportIds = [...new Set(outcomes.flatMap((outcome) => (outcome.reportId ? [outcome.reportId] : [])))];
  if (reportIds.length === 0) {
    for (const { path: file, reason } of unreadable) say(text.skippedNow(file, reason));
    say(text.nothingToImport);
    return 1;
  }
  if (options.perBody) {
    const outcome = await writePerBody(services, reportIds, options, valueOf);
    if (outcome.error) {
      say(outcome.error);
      return 1;
    }
    process.stdout.write(`${outcome.lines.join('\n')}\n`);
    for (const { path: file, reason } of [...skipped, ...unreadable]) say(text.skippedNow(file, reason));
    return 0;
  }
  const exported = await exportAll(services, reportIds, options);
  const writeError = await writeOutput(options.outPath, exported.base64);
  if (writeError) {
    say(writeError);
    return 1;
  }
  const listed = valueOf(await services['library.list']({}, noEvents));
  const summaries = new Map(listed.map((summary) => [summary.id, summary]));
  const reports = reportIds.flatMap((id): ReportSummary[] => {
    const summary = summaries.get(id);
    return summary ? [summary] : [];
  });
  process.stdout.write(
    reviewSummary({
      outPath: options.outPath,
      reports,
      existing: countExisting(outcomes, reportIds),
      skipped: [...skipped, ...unreadable],
      unreviewed: exported.unreviewed,
    }),
  );
  return 0;
}

/** The Chinese message of an expected failure (exit 1), or null for a bug. */
function failureMessage(error: unknown): string | null {
  if (error instanceof ReviewFailure || error instanceof DataDirError) return error.message;
  if (error instanceof LibraryFileError) return messages.libraryDamaged(error.path);
  return null;
}

export async function runReview(argv: string[]): Promise<number> {
  const parsed = parseReviewOptions(argv);
  if (!parsed.ok) {
    say(`${parsed.message}\n\n${text.usage}`);
    return 2;
  }
  const { options } = parsed;
  const outputError = options.perBody
    ? await perBodyOutputProblem(options)
    : await outputProblem(options.outPath);
  if (outputError) {
    say(outputError);
    return 1;
  }
  const inputs = await collectInputs(options.inputs, options.outPath);
  for (const { path: file, reason } of inputs.problems) say(text.skippedNow(file, reason));
  if (inputs.files.length === 0) {
    say(text.nothingToImport);
    return 1;
  }
  try {
    return await withLibrary(
      options.dataDir,
      (library) => review(library, options, inputs.files, inputs.problems),
      options.ocr,
    );
  } catch (error) {
    const message = failureMessage(error);
    if (message === null) throw error;
    say(message);
    return 1;
  }
}
