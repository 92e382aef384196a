// ReportDetails built by hand for the scoring and 汇总 tests: every cell of the format 0 unless given,
// findings in any review state.
import type { ReportDetail, ReportId, ReviewedFinding, ReviewStatus } from '../../../src/shared/ipc-contract';
import type { ExtractedCell, Severity, TemplateVersion } from '../../../src/shared/report';
import { cellIdsOf } from '../../../src/main/domain/template/definitions';

let counter = 0;

export interface DetailInput {
  agency: string;
  region?: string | null;
  year?: number;
  template?: TemplateVersion;
  date?: string | null;
  /** Cell values by id; null for a blank cell. */
  cells?: Record<string, number | null>;
  findings?: ReviewedFinding[];
}

export function buildDetail(input: DetailInput): ReportDetail {
  counter += 1;
  const template = input.template ?? '2021';
  const cells: Record<string, ExtractedCell> = Object.fromEntries(
    cellIdsOf(template).map((id) => [id, { value: 0, raw: '0' }]),
  );
  for (const [id, value] of Object.entries(input.cells ?? {}))
    cells[id] = { value, raw: value === null ? '' : String(value) };
  return {
    summary: {
      id: counter.toString(16).padStart(16, 'a') as ReportId,
      fileName: `${input.agency}.pdf`,
      format: 'pdf',
      agency: input.agency,
      region: input.region === undefined ? null : input.region,
      year: input.year ?? 2024,
      template,
      date: input.date === undefined ? '2025-01-20' : input.date,
      importedAt: '2025-02-01T00:00:00.000Z',
      counts: { error: 0, warning: 0, info: 0 },
      reviewed: 0,
      total: 0,
      error: null,
    },
    title: null,
    cells,
    corrections: [],
    findings: input.findings ?? [],
    document: null,
  };
}

export interface FindingInput {
  rule: string;
  severity?: Severity;
  /** undefined: nobody decided yet. */
  status?: ReviewStatus;
  origin?: 'check' | 'reviewer';
  resolved?: boolean;
  comment?: string;
  cells?: string[];
  message?: string;
}

export function finding(input: FindingInput): ReviewedFinding {
  counter += 1;
  return {
    id: `${input.rule}|${counter}`,
    rule: input.rule,
    severity: input.severity ?? 'error',
    message: input.message ?? `${input.rule} 的问题 ${counter}`,
    cells: input.cells ?? [],
    origin: input.origin ?? 'check',
    review: input.status
      ? {
          status: input.status,
          comment: input.comment ?? '',
          reviewer: '李审查',
          at: '2025-02-03T02:00:00.000Z',
        }
      : null,
    history: [],
    ...(input.resolved ? { resolved: true } : {}),
  };
}
