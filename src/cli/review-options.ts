// The arguments of `nianbao review`: inputs, --out (its extension is the format), --data, --dismissed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportFormatOf } from '../main/services/export-file';
import { dismissedModes, type DismissedMode, type ExportFormat } from '../shared/ipc-contract';
import { argumentProblem, cliMessages } from './messages';

export interface ReviewOptions {
  inputs: string[];
  /** Absolute path of the file to write. */
  outPath: string;
  format: ExportFormat;
  /** Absolute path of the library to keep; undefined: a temporary library. */
  dataDir: string | undefined;
  dismissed: DismissedMode;
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
        'no-ocr': { type: 'boolean' },
      },
    });
  } catch (error) {
    return { ok: false, message: argumentProblem(error) };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { ok: false, message: text.noInputs };
  if (!values.out) return { ok: false, message: text.noOut };
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
      ocr: values['no-ocr'] !== true,
    },
  };
}
