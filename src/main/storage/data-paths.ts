// Layout of the data folder. Every path built from an id goes through the id checks.
import { join } from 'node:path';
import type { ReportId } from '../../shared/ipc-contract';
import { assertSha256, toReportId } from './report-id';

export interface DataPaths {
  root: string;
  /** Small index: schemaVersion, report summaries, settings (lowdb). */
  libraryFile: string;
  /** Untouched originals, named by their sha256. */
  originalsDir: string;
  /** reports/<id>.json: document model, extracted report, findings, corrections. */
  reportsDir: string;
  /** reviews/<id>.json: review decisions and the reviewer's own findings. */
  reviewsDir: string;
  /** Per-report files that could not be read back, moved here with their content untouched. */
  damagedDir: string;
}

export function dataPaths(root: string): DataPaths {
  return {
    root,
    libraryFile: join(root, 'library.json'),
    originalsDir: join(root, 'originals'),
    reportsDir: join(root, 'reports'),
    reviewsDir: join(root, 'reviews'),
    damagedDir: join(root, 'damaged'),
  };
}

export const originalPath = (paths: DataPaths, sha256: string): string =>
  join(paths.originalsDir, assertSha256(sha256));

export const reportPath = (paths: DataPaths, id: ReportId): string =>
  join(paths.reportsDir, `${toReportId(id)}.json`);

export const reviewPath = (paths: DataPaths, id: ReportId): string =>
  join(paths.reviewsDir, `${toReportId(id)}.json`);
