// reports/<id>.json: the large per-report data, written once at import and again on corrections.
import { mkdir } from 'node:fs/promises';
import type { SourceDocument } from '../../shared/document';
import type { CellCorrection, ReportId } from '../../shared/ipc-contract';
import type { ExtractedReport, Finding } from '../../shared/report';
import { removeFile, writeJsonAtomic, type WriteFileSystem } from './atomic-file';
import { readChecked, type CheckedFile } from './checked-read';
import { reportPath, type DataPaths } from './data-paths';
import { privateFileMode } from './durable-json-file';
import { createRecentTexts } from './recent-texts';
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

/**
 * How much of the reports read without their document this store keeps in memory, in characters of JSON
 * (about 35,000 a report, two bytes each): an export right after a batch import, and the checks against the
 * year before, then read no file.
 */
const recentChars = 32_000_000;

export async function createReportStore(paths: DataPaths, fs?: WriteFileSystem): Promise<ReportStore> {
  await mkdir(paths.reportsDir, { recursive: true, mode: 0o700 });
  // The JSON text, not the object: each reader gets an object of its own, as from the file.
  const recent = createRecentTexts<ReportId>(recentChars);
  // Per report, counts the starts and ends of its writes and removals: a text read or written while another
  // one ran may be out of date, and is not kept.
  const changes = new Map<ReportId, number>();
  const changesOf = (id: ReportId): number => changes.get(id) ?? 0;
  const count = (id: ReportId): number => {
    changes.set(id, changesOf(id) + 1);
    recent.delete(id);
    return changesOf(id);
  };
  /** Runs a write or removal; true when no other one of the same report started or ended meanwhile. */
  const change = async (id: ReportId, write: () => Promise<void>): Promise<boolean> => {
    const started = count(id);
    try {
      await write();
    } finally {
      count(id);
    }
    return changesOf(id) === started + 1;
  };
  const withoutDocument = (stored: Omit<StoredReport, 'document'>): string =>
    JSON.stringify({ ...stored, document: null });
  return {
    read: (id) => readChecked(paths, reportPath(paths, id), reportFile),
    readWithoutDocument: async (id) => {
      const text = recent.get(id);
      if (text !== undefined) return JSON.parse(text) as ReportWithoutDocument;
      const before = changesOf(id);
      const stored = await readChecked(paths, reportPath(paths, id), reportFileWithoutDocument);
      if (stored === null) return null;
      if (changesOf(id) === before) recent.set(id, withoutDocument(stored));
      return { ...stored, document: null };
    },
    write: async (stored) => {
      const text = withoutDocument(stored);
      const alone = await change(stored.id, () =>
        writeJsonAtomic(reportPath(paths, stored.id), stored, { mode: privateFileMode, fs }),
      );
      if (alone) recent.set(stored.id, text);
    },
    remove: async (id) => {
      await change(id, () => removeFile(reportPath(paths, id), fs));
    },
  };
}
