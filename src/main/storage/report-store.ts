// reports/<id>.json: the large per-report data, written once at import and again on corrections.
import { mkdir } from 'node:fs/promises';
import type { SourceDocument } from '../../shared/document';
import type { CellCorrection, ReportId } from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { removeFile, writeJsonAtomic, type WriteFileSystem } from './atomic-file';
import { readChecked, type CheckedFile } from './checked-read';
import { reportPath, type DataPaths } from './data-paths';
import { privateFileMode } from './durable-json-file';
import { storedReportSchema, storedReportWithoutDocumentSchema } from './stored-schemas';
import { storageMessages } from './storage-messages';

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

/**
 * A report's file read without its document model (the text and positions, half the file): what summaries,
 * exports and the checks against the year before read. The document is neither checked nor kept.
 */
export type ReportWithoutDocument = Omit<StoredReport, 'document'> & { document: null };

/** Version 1 is current: append migrations here when the shape changes, never edit a released one. */
const reportFile: CheckedFile<StoredReport> = {
  schema: storedReportSchema,
  migrations: [],
  damaged: storageMessages.reportDamaged,
};
const reportFileWithoutDocument: CheckedFile<Omit<StoredReport, 'document'>> = {
  ...reportFile,
  schema: storedReportWithoutDocumentSchema,
};

export interface ReportStore {
  /** Null when there is no file; throws UnreadableFileError (file set aside) when it cannot be used. */
  read(id: ReportId): Promise<StoredReport | null>;
  /** As read, without the document model (a file whose document alone is damaged reads fine here). */
  readWithoutDocument(id: ReportId): Promise<ReportWithoutDocument | null>;
  write(stored: StoredReport): Promise<void>;
  remove(id: ReportId): Promise<void>;
}

export async function createReportStore(paths: DataPaths, fs?: WriteFileSystem): Promise<ReportStore> {
  await mkdir(paths.reportsDir, { recursive: true, mode: 0o700 });
  return {
    read: (id) => readChecked(paths, reportPath(paths, id), reportFile),
    readWithoutDocument: async (id) => {
      const stored = await readChecked(paths, reportPath(paths, id), reportFileWithoutDocument);
      return stored && { ...stored, document: null };
    },
    write: (stored) => writeJsonAtomic(reportPath(paths, stored.id), stored, { mode: privateFileMode, fs }),
    remove: (id) => removeFile(reportPath(paths, id), fs),
  };
}
