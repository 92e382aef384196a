// The one typed contract between the renderer and the main-process services.
// The same contract is served by Electron IPC (preload `window.api`) and by the loopback bridge
// of `nianbao serve`. Types only: main validates every request with schemas of its own.
import type { SourceDocument, SourceFormat } from './document';
import type { CellId, ExtractedCell, Finding, Severity, TemplateVersion } from './report';
import type { PageDrawing } from './page-drawing';
import type { Rubric, ScoringSection } from './scoring';
import type { RegionSummary } from './summary';

export type ReportId = string & { readonly __brand: 'ReportId' };

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export interface AppError {
  /** Stable machine code, e.g. "not_found", "invalid_request", "unsupported", "corrupt". */
  code: string;
  /** Chinese message for the reviewer. */
  message: string;
}

export type ReviewStatus = 'pending' | 'confirmed' | 'dismissed';

export interface ReviewEntry {
  status: ReviewStatus;
  comment: string;
  reviewer: string;
  /** ISO time. */
  at: string;
}

/** A finding as the reviewer sees it: the check's finding plus the review state and history. */
export interface ReviewedFinding extends Finding {
  /** "check" when raised by the checks, "reviewer" when added by hand. */
  origin: 'check' | 'reviewer';
  review: ReviewEntry | null;
  history: ReviewEntry[];
  /** True when the checks no longer raise it (after a correction); kept for the record. */
  resolved?: boolean;
  /** A comment typed but not yet saved with a decision: kept in the library so that nothing typed is lost. */
  draft?: ReviewDraft;
}

export interface ReviewDraft {
  text: string;
  /** ISO time of the last change. */
  at: string;
}

/** 审查完毕: a reviewer's mark that the whole report has been reviewed, with who and when. */
export interface CompletionMark {
  reviewer: string;
  /** ISO time. */
  at: string;
}

export interface CellCorrection {
  cellId: CellId;
  original: number | null;
  corrected: number | null;
  reviewer: string;
  at: string;
}

export interface ReportSummary {
  id: ReportId;
  fileName: string;
  format: SourceFormat;
  agency: string | null;
  /** Region guessed from the body's name (市/区/县), for filtering. */
  region: string | null;
  year: number | null;
  template: TemplateVersion | null;
  date: string | null;
  importedAt: string;
  counts: Record<Severity, number>;
  /** Findings with a review decision / all findings. */
  reviewed: number;
  total: number;
  /** Set when extraction failed: the Chinese reason. Such reports are listed apart. */
  error: string | null;
  /** 审查完毕 mark; null (or absent) while no reviewer has marked the report as reviewed. */
  completed?: CompletionMark | null;
  /** Versions of one report: the id of the report's first version; null (or absent) for a first version. */
  versionOf?: ReportId | null;
}

export interface ReportDetail {
  summary: ReportSummary;
  title: string | null;
  cells: Record<CellId, ExtractedCell>;
  corrections: CellCorrection[];
  findings: ReviewedFinding[];
  /** The document model, for showing the original and jumping to a cell's source. */
  document: SourceDocument | null;
  /** 与上年对比: which report this one was compared with, and what was compared. */
  comparison?: CrossYearComparison;
}

export interface CrossYearComparison {
  /** The same body's report for the year before, when the library holds one. */
  previous: { reportId: ReportId; agency: string | null; year: number | null; fileName: string } | null;
  /** What the cross-year checks compare, in the form's words. */
  checks: string[];
}

export interface OriginalFile {
  fileName: string;
  format: SourceFormat;
  /** Base64 of the untouched original bytes (PDF rendering); for a picture, a PDF of its pages. */
  base64?: string;
  /** Sanitized, read-only HTML (DOCX/HTML). */
  html?: string;
  /** Plain text (TXT/MD). */
  text?: string;
  /** The pages of a fixed-layout original (OFD), drawn by the renderer. */
  pages?: PageDrawing[];
}

export interface ImportFile {
  /** Display text only: the file is stored under its hash. */
  name: string;
  /** Base64 of the file's bytes. */
  base64: string;
  /**
   * When the same report (same body and year, or the same text) is already in the library with other bytes:
   * 'ask' answers 'same-report' and waits for library.resolveImport; default 'version' (keep both).
   */
  sameReport?: SameReportChoice | 'ask';
}

/** Replace the earlier file (keeping decisions on findings that still arise), keep both as versions, or skip. */
export type SameReportChoice = 'replace' | 'version' | 'skip';
export const sameReportChoices: SameReportChoice[] = ['replace', 'version', 'skip'];

export interface ImportOutcome {
  fileName: string;
  status: 'imported' | 'duplicate' | 'failed' | 'same-report' | 'skipped' | 'cancelled';
  reportId: ReportId | null;
  /** The reason alone (the file's name is shown beside it). */
  error: string | null;
  /** status 'same-report': the report already in the library that this file is another copy or version of. */
  sameAs?: SameReportMatch;
  /** The earlier file this one replaced. */
  replaced?: ReportId;
  /** What the import did besides: the same file again repaired its report (what was put right, what was kept). */
  notice?: string;
}

export interface SameReportMatch {
  reportId: ReportId;
  agency: string | null;
  year: number | null;
  fileName: string;
  /** True when the normalised text is the same (saved again, another encoding); false for another version. */
  sameText: boolean;
}

export interface CoverageRow {
  agency: string;
  years: Record<
    number,
    {
      reportId: ReportId;
      counts: Record<Severity, number>;
      reviewed: number;
      total: number;
      completed?: CompletionMark | null;
    }
  >;
}

export interface Coverage {
  years: number[];
  rows: CoverageRow[];
}

export type ExportFormat = 'docx' | 'xlsx' | 'md' | 'csv';
export const exportFormats: ExportFormat[] = ['docx', 'xlsx', 'md', 'csv'];

/** Findings judged 不是问题: listed in a section of their own with the reason, or left out. */
export type DismissedMode = 'separate' | 'omit';
export const dismissedModes: DismissedMode[] = ['separate', 'omit'];

export interface ExportRequest {
  reportIds: ReportId[];
  format: ExportFormat;
  dismissed: DismissedMode;
  /** Names the export in its progress events. */
  exportId: string;
}

export interface ExportedFile {
  fileName: string;
  base64: string;
  /** How many of the exported reports are not marked 审查完毕. */
  unreviewed: number;
  /** Set when main saved the file itself (desktop app). */
  savedTo?: string;
}

export interface Settings {
  reviewerName: string;
  /** After 1/2/0, move on to the next 未处理 finding (default on). */
  autoAdvance?: boolean;
}

/** What the oversight office sets once, for its notices (整改通知/审查意见书). */
export interface OfficeSettings {
  officeName: string;
  contactName: string;
  contactPhone: string;
  /** Days a body has to correct, counted from the notice's date. */
  deadlineDays: number;
}

/** The office's settings and scoring rubric, with what the rubric editor lists. */
export interface OfficeProfile {
  office: OfficeSettings;
  rubric: Rubric;
  /** True while the rubric is the documented default. */
  defaultRubric: boolean;
  /** Every known rule, with its name and the section it counts in. */
  rules: { id: string; label: string; section: ScoringSection }[];
  sections: { id: ScoringSection; label: string }[];
}

/** Reports confirmed to have no problem: a short notice saying so, or none. */
export type CleanReportMode = 'notice' | 'skip';
export const cleanReportModes: CleanReportMode[] = ['notice', 'skip'];

/** One notice per report (+ the 通报): the files themselves (desktop folder) or one zip. */
export type NoticePackaging = 'zip' | 'folder';

export interface NoticesRequest {
  reportIds: ReportId[];
  cleanReports: CleanReportMode;
  packaging: NoticePackaging;
  exportId: string;
}

export interface NoticesExported {
  /** The zip's name, or the folder's when the files were saved to one. */
  fileName: string;
  /** Base64 of the zip; empty when packaging is 'folder' or main saved the result. */
  base64: string;
  /** packaging 'folder': every file, named by body and year, and the 通报. */
  files?: { name: string; base64: string }[];
  /** Notices written (the 通报 not counted). */
  notices: number;
  /** Of them, for reports whose review is not finished. */
  drafts: number;
  /** Reports that got no notice: nothing found and 'skip' chosen, or the import failed. */
  skipped: number;
  savedTo?: string;
}

/** The charts of the 汇总 view, which can also be saved as PNG. */
export type SummaryChart = 'requestsByBody' | 'resultsByBody' | 'problemsByRule' | 'trend';
export const summaryCharts: SummaryChart[] = ['requestsByBody', 'resultsByBody', 'problemsByRule', 'trend'];

export type SummaryFormat = 'docx' | 'xlsx';

/** channel -> [request, response] */
export interface IpcContract {
  'library.list': [Record<string, never>, ReportSummary[]];
  'library.import': [{ files: ImportFile[]; batchId: string }, ImportOutcome[]];
  'library.delete': [{ reportId: ReportId }, { deleted: boolean }];
  'library.coverage': [Record<string, never>, Coverage];
  'report.get': [{ reportId: ReportId }, ReportDetail];
  'report.original': [{ reportId: ReportId }, OriginalFile];
  'review.setStatus': [
    {
      reportId: ReportId;
      findingId: string;
      status: ReviewStatus;
      comment: string;
      /** The comment is a set text (a button's), not what was typed: the typed draft stays. */
      keepDraft?: boolean;
    },
    ReviewedFinding,
  ];
  'review.addFinding': [
    { reportId: ReportId; cells: CellId[]; message: string; severity: Severity; excerpt?: string },
    ReviewedFinding,
  ];
  'review.correctCell': [{ reportId: ReportId; cellId: CellId; value: number | null }, ReportDetail];
  /** Keeps a typed comment (empty text removes the draft). */
  'review.saveDraft': [{ reportId: ReportId; findingId: string; text: string }, { savedAt: string }];
  /** Sets or withdraws the 审查完毕 mark. */
  'review.markReviewed': [{ reportId: ReportId; reviewed: boolean }, ReportSummary];
  /** Settles an import answered 'same-report'. */
  'library.resolveImport': [{ reportId: ReportId; choice: SameReportChoice }, ImportOutcome];
  /** Stops the files of an import batch that are still being read. */
  'library.cancelImport': [{ batchId: string }, { cancelled: number }];
  'settings.get': [Record<string, never>, Settings];
  'settings.set': [Settings, Settings];
  'export.reports': [ExportRequest, ExportedFile];
  'office.get': [Record<string, never>, OfficeProfile];
  /** A rubric of null restores the default. */
  'office.set': [{ office?: OfficeSettings; rubric?: Rubric | null }, OfficeProfile];
  'export.notices': [NoticesRequest, NoticesExported];
  'summary.region': [{ reportIds: ReportId[] }, RegionSummary];
  'summary.export': [{ reportIds: ReportId[]; format: SummaryFormat; exportId: string }, ExportedFile];
  /** One chart as PNG; `trendOf` names the body or region of the trend chart (all reports when absent). */
  'summary.chart': [{ reportIds: ReportId[]; chart: SummaryChart; trendOf?: string }, ExportedFile];
}

export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = IpcContract[C][0];
export type ResponseOf<C extends Channel> = IpcContract[C][1];

/** Push events from main to the renderer. */
export interface PushEvents {
  'import.progress': { batchId: string; done: number; total: number; current: ImportOutcome | null };
  /** Pages read (or recognised) so far of one file of a batch (`index` in the request's files). */
  'import.fileProgress': {
    batchId: string;
    index: number;
    fileName: string;
    stage: 'reading' | 'ocr';
    page: number;
    pages: number;
  };
  /** Reports loaded so far, then the file being written (notices: the notices written so far). */
  'export.progress': { exportId: string; done: number; total: number; stage: 'loading' | 'writing' };
  /** Desktop menu commands forwarded to the renderer. */
  'menu.command': { command: 'import' | 'export' };
}

export type PushEvent = keyof PushEvents;

/** What the preload exposes as `window.api` and the bridge client implements in the browser. */
export interface Api {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /** Desktop only: main opens the file dialog and imports what is chosen. */
  importWithDialog?: () => Promise<Result<ImportOutcome[]>>;
  /** Desktop: the path of a dropped File (webUtils.getPathForFile); absent in the browser. */
  platform: 'desktop' | 'browser';
}

export const channels: Channel[] = [
  'library.list',
  'library.import',
  'library.delete',
  'library.coverage',
  'report.get',
  'report.original',
  'review.setStatus',
  'review.addFinding',
  'review.correctCell',
  'review.saveDraft',
  'review.markReviewed',
  'library.resolveImport',
  'library.cancelImport',
  'settings.get',
  'settings.set',
  'export.reports',
  'office.get',
  'office.set',
  'export.notices',
  'summary.region',
  'summary.export',
  'summary.chart',
];
