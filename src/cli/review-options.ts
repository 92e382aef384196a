// The arguments of `nianbao review`: inputs, --out (its extension is the format), --data, --dismissed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportFormatOf } from '../main/services/export-file';
import {
  cleanReportModes,
  dismissedModes,
  type CleanReportMode,
  type DismissedMode,
  type ExportFormat,
  type NoticePackaging,
} from '../shared/ipc-contract';
import { argumentProblem, cliMessages } from './messages';

export interface ReviewOptions {
  inputs: string[];
  /** Absolute path of the file to write. */
  outPath: string;
  format: ExportFormat;
  /** Absolute path of the library to keep; undefined: a temporary library. */
  dataDir: string | undefined;
  dismissed: DismissedMode;
  /** --per-body: one notice per report and the 通报, into the folder --out (or one zip when it ends in .zip). */
  perBody?: { packaging: NoticePackaging; cleanReports: CleanReportMode };
  /** false with --no-ocr. */
  ocr: boolean;
}

export type ParsedReviewOptions = { ok: true; options: ReviewOptions } | { ok: false; message: string };

export function parseReviewOptions(argv: string[]): ParsedReviewOptions {
  const text = cliMessages.review;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        data: { type: 'string' },
        dismissed: { type: 'string' },
        'per-body': { type: 'boolean' },
        'clean-reports': { type: 'string' },
        'no-ocr': { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, message: argumentProblem(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { ok: false, message: text.noInputs };
  if (!values.out) return { ok: false, message: text.noOut };
  const ocr = values['no-ocr'] !== true;
  if (values['per-body'])
    return perBodyOptions(positionals, values.out, values.data, values['clean-reports'], ocr);
  if (values['clean-reports'] !== undefined) return { ok: false, message: text.cleanNeedsPerBody };
  const format = exportFormatOf(values.out);
  if (!format) return { ok: false, message: text.badFormat(path.extname(values.out)) };
  const dismissed = values.dismissed ?? 'separate';
  if (!dismissedModes.includes(dismissed as DismissedMode))
    return { ok: false, message: text.badDismissed(dismissed) };
  return {
    ok: true,
    options: {
      inputs: positionals,
      outPath: path.resolve(values.out),
      format,
      dataDir: values.data === undefined ? undefined : path.resolve(values.data),
      dismissed: dismissed as DismissedMode,
      ocr,
    },
  };
}

function perBodyOptions(
  inputs: string[],
  out: string,
  data: string | undefined,
  clean: string | undefined,
  ocr: boolean,
): ParsedReviewOptions {
  const cleanReports = clean ?? 'notice';
  if (!cleanReportModes.includes(cleanReports as CleanReportMode))
    return { ok: false, message: cliMessages.review.badCleanReports(cleanReports) };
  return {
    ok: true,
    options: {
      inputs,
      outPath: path.resolve(out),
      format: 'docx',
      dataDir: data === undefined ? undefined : path.resolve(data),
      dismissed: 'omit',
      perBody: {
        packaging: path.extname(out).toLowerCase() === '.zip' ? 'zip' : 'folder',
        cleanReports: cleanReports as CleanReportMode,
      },
      ocr,
    },
  };
}
