// reports/<id>.json: the large per-report data, written once at import and again on corrections.
import { mkdir } from 'node:fs/promises';
import type { SourceDocument } from '../../shared/document';
import type { CellCorrection, ReportId } from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { readJsonFile, removeFile, writeJsonAtomic } from './atomic-file';
import { reportPath, type DataPaths } from './data-paths';

export interface StoredReport {
  version: 1;
  id: ReportId;
  fileName: string;
  document: SourceDocument;
  /** The report as extracted from the original, never changed by corrections. */
  report: ExtractedReport;
  /** Findings of the last check run (parse findings + checks on the corrected cells). */
  findings: Finding[];
  /** Findings no longer raised after a correction but kept because they had been reviewed. */
  resolved: Finding[];
  corrections: CellCorrection[];
}

export interface ReportStore {
  read(id: ReportId): Promise<StoredReport | null>;
  write(stored: StoredReport): Promise<void>;
  remove(id: ReportId): Promise<void>;
}

export async function createReportStore(paths: DataPaths): Promise<ReportStore> {
  await mkdir(paths.reportsDir, { recursive: true });
  return {
    read: async (id) => (await readJsonFile(reportPath(paths, id))) as StoredReport | null,
    write: (stored) => writeJsonAtomic(reportPath(paths, stored.id), stored),
    remove: (id) => removeFile(reportPath(paths, id)),
  };
}
