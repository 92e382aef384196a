// One zod schema per contract channel. The renderer is untrusted: every request is checked here
// (strict shapes, bounded sizes) before a service sees it, whether it came over IPC or the bridge.
import { z } from 'zod';
import { MAX_FILE_BYTES, MAX_FILE_MB } from '../../shared/file-formats';
import {
  cleanReportModes,
  dismissedModes,
  exportFormats,
  sameReportChoices,
  summaryCharts,
  type Channel,
  type ReportId,
  type RequestOf,
} from '../../shared/ipc-contract';
import type { Rubric } from '../../shared/scoring';
import { normaliseRubric } from '../domain/scoring/rubric';
import { maxCommentLength, maxExcerptLength, maxFindingMessageLength } from '../../shared/text-limits';

/** Base64 length of the largest file: 4 characters per 3 bytes. */
const maxImportFileBase64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;

const reportId = z
  .string()
  .regex(/^[a-f0-9]{16,64}$/, '报告编号格式不正确')
  .transform((value) => value as ReportId);

// Finding ids are made of rule + cells (+ discriminator): printable text, no control characters.
const findingId = z
  .string()
  .min(1)
  .max(2000)
  .regex(/^[^\p{Cc}]+$/u, '问题编号格式不正确');

const cellId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,200}$/, '单元格编号格式不正确');

const severity = z.enum(['error', 'warning', 'info']);
const reviewStatus = z.enum(['pending', 'confirmed', 'dismissed']);

// A file name is display text (the file is stored under its hash): any name is taken, control
// characters become spaces and an over-long name is shortened, so that a file is never refused for its name.
const fileName = z
  .string()
  .max(100_000)
  .transform((name) => {
    const shown = name.replace(/\p{Cc}+/gu, ' ').trim();
    return (shown.length > 255 ? `${shown.slice(0, 120)}…${shown.slice(-120)}` : shown) || '（无名文件）';
  });

const importFile = z.strictObject({
  name: fileName,
  base64: z.base64('文件内容不是有效的 Base64').max(maxImportFileBase64, `文件过大（单个文件上限 ${MAX_FILE_MB} MB）`),
  sameReport: z.enum([...sameReportChoices, 'ask']).optional(),
});

const batchId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '批次编号格式不正确');

const empty = z.strictObject({});

const exportId = z.string().min(1).max(64);
const reportIds = z.array(reportId).min(1).max(5000);

const points = z.number().min(0).max(1000);
const severityPoints = z.strictObject({ error: points, warning: points, info: points });
const rubric = z
  .strictObject({
    fullMarks: z.number().min(1).max(1000),
    severityPoints,
    rulePoints: z.record(
      z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, '规则编号格式不正确'),
      severityPoints.partial(),
    ),
    sectionCaps: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), points),
  })
  .transform((value) => normaliseRubric(value as Partial<Rubric>));
const officeSettings = z.strictObject({
  officeName: z.string().trim().max(100),
  contactName: z.string().trim().max(50),
  contactPhone: z.string().trim().max(50),
  deadlineDays: z.number().int().min(1).max(365),
});

export const requestSchemas: { [C in Channel]: z.ZodType<RequestOf<C>> } = {
  'library.list': empty,
  'library.import': z.strictObject({
    files: z.array(importFile).min(1).max(1000),
    batchId,
  }),
  'library.delete': z.strictObject({ reportId }),
  'library.coverage': empty,
  'report.get': z.strictObject({ reportId }),
  'report.original': z.strictObject({ reportId }),
  'review.setStatus': z.strictObject({
    reportId,
    findingId,
    status: reviewStatus,
    comment: z.string().max(maxCommentLength),
    keepDraft: z.boolean().optional(),
  }),
  'review.addFinding': z.strictObject({
    reportId,
    cells: z.array(cellId).max(200),
    message: z.string().trim().min(1).max(maxFindingMessageLength),
    severity,
    excerpt: z.string().max(maxExcerptLength).optional(),
  }),
  'review.correctCell': z.strictObject({
    reportId,
    cellId,
    value: z.number().min(-1e12).max(1e12).nullable(),
  }),
  'review.saveDraft': z.strictObject({ reportId, findingId, text: z.string().max(maxCommentLength) }),
  'review.markReviewed': z.strictObject({ reportId, reviewed: z.boolean() }),
  'library.resolveImport': z.strictObject({ reportId, choice: z.enum(sameReportChoices) }),
  'library.cancelImport': z.strictObject({ batchId }),
  'settings.get': empty,
  'settings.set': z.strictObject({
    reviewerName: z.string().trim().max(100),
    autoAdvance: z.boolean().optional(),
  }),
  'export.reports': z.strictObject({
    reportIds: z.array(reportId).min(1).max(5000),
    format: z.enum(exportFormats),
    dismissed: z.enum(dismissedModes),
    exportId: z.string().min(1).max(64),
  }),
  'office.get': empty,
  'office.set': z.strictObject({ office: officeSettings.optional(), rubric: rubric.nullable().optional() }),
  'export.notices': z.strictObject({
    reportIds,
    cleanReports: z.enum(cleanReportModes),
    packaging: z.enum(['zip', 'folder']),
    exportId,
  }),
  'summary.region': z.strictObject({ reportIds: z.array(reportId).max(20_000) }),
  'summary.export': z.strictObject({ reportIds, format: z.enum(['docx', 'xlsx']), exportId }),
  'summary.chart': z.strictObject({
    reportIds: z.array(reportId).max(20_000),
    chart: z.enum(summaryCharts),
    trendOf: z.string().max(200).optional(),
  }),
};
