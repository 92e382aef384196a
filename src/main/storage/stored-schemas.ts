// Runtime shapes of reports/<id>.json and reviews/<id>.json: what is read back is checked before use,
// so a damaged or hand-edited file is set aside instead of crashing the review. Unknown keys are kept
// (loose objects): a field added later is never dropped by a read.
import { z } from 'zod';
import type { ReportId } from '../../shared/ipc-contract';
import { sourceFormatSchema } from './library-schema';
import { isReportId } from './report-id';

const provenance = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('pdf'),
    page: z.number(),
    bboxPt: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
  z.looseObject({ kind: z.literal('element'), path: z.string() }),
  z.looseObject({ kind: z.literal('text'), start: z.number(), end: z.number() }),
]);

const severity = z.enum(['error', 'warning', 'info']);
const cellValue = z.number().nullable();
const cellReading = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('inferred'), note: z.string() }),
  z.looseObject({ kind: z.literal('ocr'), confidence: z.number(), uncertain: z.boolean() }),
  z.looseObject({ kind: z.literal('unreadable'), note: z.string() }),
]);

const sourceDocument = z.looseObject({
  format: sourceFormatSchema,
  lines: z.array(
    z.looseObject({
      cells: z.array(z.looseObject({ text: z.string(), source: provenance })),
      table: z.looseObject({ index: z.number(), row: z.number() }).optional(),
    }),
  ),
  pages: z.array(z.looseObject({ widthPt: z.number(), heightPt: z.number() })).optional(),
});

export const findingSchema = z.looseObject({
  id: z.string(),
  rule: z.string(),
  severity,
  message: z.string(),
  cells: z.array(z.string()),
  formula: z.string().optional(),
  excerpt: z.string().optional(),
  excerptSource: provenance.optional(),
  basis: z.string().optional(),
});

const extractedReport = z.looseObject({
  format: sourceFormatSchema,
  agency: z.string().nullable(),
  year: z.number().nullable(),
  template: z.enum(['2019', '2021']).nullable(),
  date: z.string().nullable(),
  signedDate: z.string().nullable().optional(),
  title: z.string().nullable(),
  cells: z.record(
    z.string(),
    z.looseObject({
      value: cellValue,
      raw: z.string(),
      source: provenance.optional(),
      reading: cellReading.optional(),
    }),
  ),
  extraRows: z.array(
    z.looseObject({
      table: z.enum(['active', 'requests', 'appeals']),
      label: z.string(),
      values: z.array(cellValue),
      source: provenance.optional(),
    }),
  ),
  sections: z.array(
    z.looseObject({
      number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
      title: z.string(),
      text: z.string(),
      source: provenance.optional(),
    }),
  ),
  text: z.string(),
  findings: z.array(findingSchema),
});

const reportId = z.custom<ReportId>(isReportId, 'invalid report id');

export const storedReportSchema = z.looseObject({
  version: z.literal(1),
  id: reportId,
  fileName: z.string(),
  document: sourceDocument,
  report: extractedReport,
  findings: z.array(findingSchema),
  resolved: z.array(findingSchema),
  corrections: z.array(
    z.looseObject({
      cellId: z.string(),
      original: cellValue,
      corrected: cellValue,
      reviewer: z.string(),
      at: z.string(),
    }),
  ),
});

/** The same without the document model, which is left unchecked (and then dropped by the reader). */
export const storedReportWithoutDocumentSchema = storedReportSchema.omit({ document: true });

const reviewEntry = z.looseObject({
  status: z.enum(['pending', 'confirmed', 'dismissed']),
  comment: z.string(),
  reviewer: z.string(),
  at: z.string(),
});

const mark = z.looseObject({ reviewer: z.string(), at: z.string() });

export const storedReviewsSchema = z.looseObject({
  version: z.literal(2),
  records: z.record(
    z.string(),
    z.looseObject({ review: reviewEntry.nullable(), history: z.array(reviewEntry) }),
  ),
  added: z.array(findingSchema),
  drafts: z.record(z.string(), z.looseObject({ text: z.string(), at: z.string() })),
  completion: mark.nullable(),
});
