// The files a review imports: named files as given (any extension: the import judges them), directories
// walked for report files. Paths that cannot be used are collected with a Chinese reason; the rest go on.
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatOf } from '../shared/file-formats';
import { readFailureReason } from './analyze-paths';
import { cliMessages } from './messages';

export interface InputProblem {
  path: string;
  reason: string;
}

export interface ReviewInputs {
  /** Absolute paths, each once, in the order given (a directory's files sorted by path). */
  files: string[];
  problems: InputProblem[];
}

/** What the import can read, by extension. */
const isReportFile = (name: string): boolean => formatOf(name) !== undefined;

/** A directory entry's kind; a symbolic link counts as the file it points to, never as a directory (no loops). */
async function kindOf(dir: string, entry: Dirent): Promise<'file' | 'directory' | 'other'> {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  const target = await stat(path.join(dir, entry.name)).catch(() => null);
  return target?.isFile() ? 'file' : 'other';
}

async function walk(dir: string, found: string[], problems: InputProblem[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, reason: readFailureReason(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const kind = await kindOf(dir, entry);
    const full = path.join(dir, entry.name);
    if (kind === 'directory') await walk(full, found, problems);
    else if (kind === 'file' && isReportFile(entry.name)) found.push(full);
  }
}

/**
 * `exclude` is the output file (or the notices' folder), so that what a review writes into an input folder
 * is not imported next time.
 */
export async function collectInputs(args: string[], exclude: string): Promise<ReviewInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    const absolute = path.resolve(arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      problems.push({ path: arg, reason: readFailureReason(error) });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(absolute, found, problems);
      const reports = found.filter((file) => file !== exclude && !file.startsWith(exclude + path.sep)).sort();
      if (reports.length === 0) problems.push({ path: arg, reason: cliMessages.review.noReportFiles });
      files.push(...reports);
    } else {
      files.push(absolute);
    }
  }
  return { files: [...new Set(files)], problems };
}
