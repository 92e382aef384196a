// Shape of library.json (current schema version) and its runtime check.
import { z } from 'zod';
import type { SourceFormat } from '../../shared/document';
import type { ReportId, ReportSummary, Settings } from '../../shared/ipc-contract';
import { isReportId } from './report-id';

/** A summary as listed, plus what storage needs to find the original. */
export interface LibraryEntry extends ReportSummary {
  /** Lower-case extension of the file name without the dot ("pdf", "md", ""). */
  extension: string;
  sizeBytes: number;
  /** False when the original was refused (too large) and not copied. */
  originalKept: boolean;
}

export interface LibraryData {
  schemaVersion: number;
  reports: LibraryEntry[];
  settings: Settings;
}

/** Every SourceFormat (the compiler insists on each): summaries and per-report files are checked against it. */
const formats = { pdf: 0, docx: 0, html: 0, txt: 0, doc: 0, wps: 0, ofd: 0, image: 0 } satisfies Record<
  SourceFormat,
  0
>;
export const sourceFormatSchema = z.enum(Object.keys(formats) as [SourceFormat, ...SourceFormat[]]);

const counts = z.object({ error: z.number(), warning: z.number(), info: z.number() });

const entrySchema = z.object({
  id: z.custom<ReportId>(isReportId, 'invalid report id'),
  fileName: z.string(),
  format: sourceFormatSchema,
  agency: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  date: z.string().nullable(),
  importedAt: z.string(),
  counts,
  reviewed: z.number(),
  total: z.number(),
  error: z.string().nullable(),
  extension: z.string(),
  sizeBytes: z.number(),
  originalKept: z.boolean(),
});

export const librarySchema = z.object({
  schemaVersion: z.number().int(),
  reports: z.array(entrySchema),
  settings: z.object({ reviewerName: z.string() }),
});

export const emptyLibrary = (schemaVersion: number): LibraryData => ({
  schemaVersion,
  reports: [],
  settings: { reviewerName: '' },
});
