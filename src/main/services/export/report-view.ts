// What both exports derive from a ReportDetail: ordering, review counts, places and dates in the form's words.
import type { CellCorrection, DismissedMode, ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import type { CellId, Severity } from '../../../shared/report';
import { findingStateOf, type FindingState } from '../../../shared/review-state';
import { isReportReviewed } from '../../domain/review-outcome';
import { cellDef, cellPlace } from '../../domain/template/definitions';
import { tally } from '../report-assembly';
import { resolvedMark, severityLabels, severityOrder, stateLabels } from './labels';

export interface ExportOptions {
  generatedAt?: Date;
  reviewer?: string;
  /** Findings judged 不是问题: in a list of their own (default) or left out. */
  dismissed?: DismissedMode;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "2024-03-05" in the reviewer's local time. */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** "2024年3月5日" */
export function formatChineseDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/** "2021-01-28" (a report's own date) as "2021年1月28日"; other text is kept as written. */
export function formatReportDate(date: string | null): string {
  if (!date) return '未注明';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/** An ISO time in the reviewer's local time, "2024-03-05 14:30"; unparsable text is kept. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function reportName(detail: ReportDetail): string {
  const { agency, year, fileName } = detail.summary;
  return `${agency ?? fileName} ${year ?? '（年度未识别）'} 年度报告`;
}

/** The cell's place in the form ("表三 （七）总计 · 自然人列"); the id when the format is unknown. */
export function placeOf(detail: ReportDetail, cellId: CellId): string {
  const template = detail.summary.template;
  return template ? cellPlace(template, cellId) : cellId;
}

/**
 * The cells of a finding, one line per row of the form: "表三 （一）予以公开 · 商业企业、科研机构列", or
 * "… · 全部 7 列". Beyond `maxLines` rows the rest is counted, not listed (printed summaries).
 */
export function describeCells(detail: ReportDetail, ids: CellId[], maxLines = Infinity): string[] {
  const template = detail.summary.template;
  const rows = new Map<string, { head: string; columns: string[]; all: number; suffix: string }>();
  for (const id of ids) {
    const def = template ? cellDef(template, id) : undefined;
    if (!def) {
      rows.set(id, { head: id, columns: [], all: 0, suffix: '' });
      continue;
    }
    const { table, row, column } = def;
    const key = `${table.id}.${row.id}`;
    const head = `${table.id === 'appeals' ? '表四' : table.name} ${row.group ? `${row.group}${row.label}` : row.label}`;
    const entry = rows.get(key) ?? {
      head,
      columns: [],
      all: row.columns.length,
      suffix: table.id === 'requests' ? '列' : '',
    };
    entry.columns.push(column.label);
    rows.set(key, entry);
  }
  const lines = [...rows.values()].map(({ head, columns, all, suffix }) => {
    if (columns.length === 0) return head;
    if (columns.length === all && all > 2) return `${head} · 全部 ${all} 列`;
    return `${head} · ${columns.join('、')}${suffix}`;
  });
  if (lines.length <= maxLines) return lines;
  const shown = lines.slice(0, maxLines - 1);
  return [...shown, `……等共 ${lines.length} 行 ${ids.length} 个单元格`];
}

/** 未处理 (nobody touched it), 待复核 (to look at again), 确认问题 or 不是问题. */
export const statusOf = (finding: ReviewedFinding): FindingState => findingStateOf(finding);

export const statusText = (finding: ReviewedFinding): string => stateLabels[statusOf(finding)];

/** The decision as a list shows it, marked when a correction has since resolved the finding. */
export const decisionText = (finding: ReviewedFinding): string =>
  finding.resolved ? `${statusText(finding)}${resolvedMark}` : statusText(finding);

/** Errors first, then warnings, then hints; the checks' own order within a severity. */
function orderedFindings(detail: ReportDetail): ReviewedFinding[] {
  return detail.findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityOrder.indexOf(a.finding.severity) - severityOrder.indexOf(b.finding.severity) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/** The findings a report's export shows: those still standing, and the dismissed ones apart. */
export interface FindingSplit {
  standing: ReviewedFinding[];
  /** Empty when the reviewer chose to leave dismissed findings out. */
  dismissed: ReviewedFinding[];
  /** How many dismissed findings were left out. */
  omitted: number;
}

export function splitFindings(detail: ReportDetail, mode: DismissedMode = 'separate'): FindingSplit {
  const ordered = orderedFindings(detail);
  const dismissed = ordered.filter((finding) => statusOf(finding) === 'dismissed');
  return {
    standing: ordered.filter((finding) => statusOf(finding) !== 'dismissed'),
    dismissed: mode === 'separate' ? dismissed : [],
    omitted: mode === 'omit' ? dismissed.length : 0,
  };
}

/**
 * Counts of what the export lists: every finding by severity, and the same findings by review state.
 * Findings a correction resolved stay listed with their mark but are counted apart (`resolved`), as in the
 * app's own counts: a confirmed finding the reviewer's correction cleared is not a problem of the body.
 */
export type FindingTally = Record<Severity | FindingState | 'total' | 'resolved', number>;

export function findingTally(findings: ReviewedFinding[]): FindingTally {
  const tally: FindingTally = {
    total: 0,
    error: 0,
    warning: 0,
    info: 0,
    unreviewed: 0,
    pending: 0,
    confirmed: 0,
    dismissed: 0,
    resolved: 0,
  };
  for (const finding of findings) {
    if (finding.resolved) {
      tally.resolved += 1;
      continue;
    }
    tally.total += 1;
    tally[finding.severity] += 1;
    tally[statusOf(finding)] += 1;
  }
  return tally;
}

/**
 * A report's counts as the overviews list them: its open findings by severity, as the library shows them (a
 * finding judged 不是问题 is no longer the body's error), then all of them by review state.
 */
export function overviewCounts(findings: ReviewedFinding[]): number[] {
  const open = tally(findings).counts;
  const counts = findingTally(findings);
  return [
    open.error,
    open.warning,
    open.info,
    counts.confirmed,
    counts.dismissed,
    counts.pending,
    counts.unreviewed,
  ];
}

/** The overview's short verdict on a report; its counts stand beside it. */
export function conclusionOf(detail: ReportDetail): string {
  if (detail.summary.error) return '导入失败';
  const counts = findingTally(detail.findings);
  if (counts.confirmed > 0) return '存在问题';
  if (isUnreviewed(detail)) return '尚未审查完毕';
  return counts.total + counts.resolved > 0 ? '经复核无问题' : '未发现问题';
}

/**
 * "另有 2 项已消除。" after the counts, when findings the reviewer worked on are no longer raised (a cell
 * corrected, another file of the report, the year before changed: the legend says so).
 */
export const resolvedSentence = (counts: FindingTally): string =>
  counts.resolved > 0 ? `另有 ${counts.resolved} 项已消除。` : '';

/** The last correction of each cell: the value the reviewer settled on. */
export function latestCorrections(detail: ReportDetail): Map<CellId, CellCorrection> {
  const latest = new Map<CellId, CellCorrection>();
  for (const correction of detail.corrections) latest.set(correction.cellId, correction);
  return latest;
}

export const formatValue = (value: number | null): string => (value === null ? '（空）' : String(value));

/** "原值 17，更正为 71" */
export const correctionChange = (correction: CellCorrection): string =>
  `原值 ${formatValue(correction.original)}，更正为 ${formatValue(correction.corrected)}`;

export const isFailed = (detail: ReportDetail): boolean => detail.summary.error !== null;

/** One sentence of the batch's findings by severity and by review state. */
export function totalsSentence(details: ReportDetail[]): string {
  const sum = findingTally(
    details.filter((detail) => !isFailed(detail)).flatMap((detail) => detail.findings),
  );
  const found =
    sum.total === 0
      ? '未发现问题。'
      : `共发现问题 ${sum.total} 项，其中错误 ${sum.error} 项、警告 ${sum.warning} 项、提示 ${sum.info} 项；` +
        `经复核确认问题 ${sum.confirmed} 项，认定不是问题 ${sum.dismissed} 项，` +
        `标记待复核 ${sum.pending} 项，未处理 ${sum.unreviewed} 项。`;
  return found + resolvedSentence(sum);
}

/** A readable report that no reviewer has marked 审查完毕 (see isReportReviewed). */
export const isUnreviewed = (detail: ReportDetail): boolean => !isFailed(detail) && !isReportReviewed(detail);

/** "审查完毕（张三，2025-03-01 14:22）" or "未审查完毕". */
export const completionText = (detail: ReportDetail): string => {
  const mark = detail.summary.completed;
  return mark ? `审查完毕（${mark.reviewer}，${formatTime(mark.at)}）` : '未审查完毕';
};

/** What the export covers: "单位 3 个，2022—2024 年度，报告 5 份（其中导入失败 1 份）". */
export function scopeText(details: ReportDetail[]): string {
  const bodies = new Set(details.map((detail) => detail.summary.agency ?? detail.summary.fileName));
  const years = [
    ...new Set(details.flatMap((detail) => (detail.summary.year === null ? [] : [detail.summary.year]))),
  ].sort();
  const first = years[0];
  const last = years.at(-1);
  const span =
    first === undefined ? '年度未识别' : first === last ? `${first} 年度` : `${first}—${last} 年度`;
  const failed = details.filter(isFailed).length;
  const reports =
    failed > 0 ? `报告 ${details.length} 份（其中导入失败 ${failed} 份）` : `报告 ${details.length} 份`;
  return `单位 ${bodies.size} 个，${span}，${reports}`;
}

/** The warning an export carries when some of its reports still have undecided findings; null when none. */
export function unreviewedNotice(details: ReportDetail[]): string | null {
  const pending = details.filter(isUnreviewed);
  if (pending.length === 0) return null;
  const names = pending.slice(0, 5).map(reportName).join('；');
  const more = pending.length > 5 ? ` 等 ${pending.length} 份` : '';
  return `注意：${pending.length} 份报告尚未标记“审查完毕”：${names}${more}。其中“未处理”的问题为检查结果，尚未经审查人确认。`;
}

/** The reviewer named by the caller, else everyone who left a decision or a correction. */
export function reviewersOf(details: ReportDetail[], reviewer: string | undefined): string {
  if (reviewer?.trim()) return reviewer.trim();
  const names = new Set<string>();
  for (const detail of details) {
    for (const finding of detail.findings) if (finding.review?.reviewer) names.add(finding.review.reviewer);
    for (const correction of detail.corrections) if (correction.reviewer) names.add(correction.reviewer);
  }
  return names.size > 0 ? [...names].join('、') : '未填写';
}

export interface CellFlag {
  severity: Severity;
  messages: string[];
}

/** Findings still standing (not dismissed, not resolved) per cell, with the most serious severity. */
export function standingFlags(detail: ReportDetail): Map<CellId, CellFlag> {
  const flags = new Map<CellId, CellFlag>();
  for (const finding of detail.findings) {
    if (statusOf(finding) === 'dismissed' || finding.resolved) continue;
    for (const id of finding.cells) {
      const flag = flags.get(id) ?? { severity: finding.severity, messages: [] };
      if (severityOrder.indexOf(finding.severity) < severityOrder.indexOf(flag.severity))
        flag.severity = finding.severity;
      flag.messages.push(`[${severityLabels[finding.severity]}] ${finding.message}`);
      flags.set(id, flag);
    }
  }
  return flags;
}
