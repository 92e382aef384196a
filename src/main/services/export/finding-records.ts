// One finding or one correction as a flat record: the rows of the Excel lists and of the CSV file.
import type { CellCorrection, ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import { findingLabel, severityLabels, sourceLabels } from './labels';
import { decisionText, describeCells, formatTime, placeOf } from './report-view';

export type RecordValue = string | number | null;

/** The report's columns that start every record: 单位, 年度, 文件. */
export const reportColumns = (detail: ReportDetail): RecordValue[] => [
  detail.summary.agency ?? detail.summary.fileName,
  detail.summary.year,
  detail.summary.fileName,
];

/** In the order of findingHeaders. */
export function findingRecord(detail: ReportDetail, finding: ReviewedFinding): RecordValue[] {
  const review = finding.review;
  return [
    ...reportColumns(detail),
    severityLabels[finding.severity],
    findingLabel(finding),
    finding.rule,
    finding.message,
    finding.formula ?? null,
    describeCells(detail, finding.cells).join('\n'),
    finding.excerpt ?? null,
    finding.basis ?? null,
    decisionText(finding),
    review?.comment || null,
    review?.reviewer ?? null,
    formatTime(review?.at) || null,
    sourceLabels[finding.origin],
  ];
}

/** In the order of correctionHeaders. */
export function correctionRecord(detail: ReportDetail, correction: CellCorrection): RecordValue[] {
  return [
    ...reportColumns(detail),
    placeOf(detail, correction.cellId),
    correction.cellId,
    correction.original,
    correction.corrected,
    correction.reviewer,
    formatTime(correction.at),
  ];
}
