// Numbered migrations of library.json. migrations[i] takes a file from version i + 1 to i + 2;
// append new ones, never edit a released one.
import { extensionOf } from '../../shared/file-formats';
import { guessRegion } from './region';
import { asRecord, migrateVersions, type Migration, type RawFile } from './versioned-file';

export type { Migration } from './versioned-file';

export const migrations: Migration[] = [
  {
    from: 1,
    description:
      'v1 → v2: reviewer name moves into settings; summaries gain region, error and original bookkeeping',
    migrate(data) {
      const reports = Array.isArray(data.reports) ? data.reports.map(asRecord) : [];
      return {
        schemaVersion: 2,
        reports: reports.map((report) => {
          const fileName = typeof report.fileName === 'string' ? report.fileName : '';
          const agency = typeof report.agency === 'string' ? report.agency : null;
          return {
            ...report,
            region: guessRegion(agency),
            error: typeof report.error === 'string' ? report.error : null,
            extension: extensionOf(fileName),
            sizeBytes: typeof report.sizeBytes === 'number' ? report.sizeBytes : 0,
            originalKept: true,
          };
        }),
        settings: { reviewerName: typeof data.reviewerName === 'string' ? data.reviewerName : '' },
      };
    },
  },
];

export const currentSchemaVersion = migrations.length + 1;

/** Brings a parsed library.json up to the current version. A newer file throws NewerFileVersionError. */
export const migrateLibrary = (raw: unknown): { data: RawFile; fromVersion: number } =>
  migrateVersions(raw, migrations, 'schemaVersion');
