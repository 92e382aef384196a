// reviews/<id>.json: review decisions and the reviewer's own findings of one report.
// Small on purpose: saving an annotation rewrites only this file (and the summary counts).
import { mkdir } from 'node:fs/promises';
import type { ReportId, ReviewEntry } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import { readJsonFile, removeFile, writeJsonAtomic } from './atomic-file';
import { reviewPath, type DataPaths } from './data-paths';

export interface ReviewRecord {
  review: ReviewEntry | null;
  /** Earlier decisions, oldest first. */
  history: ReviewEntry[];
}

export interface StoredReviews {
  version: 1;
  /** By finding id, so that annotations stay attached when the checks run again. */
  records: Record<string, ReviewRecord>;
  /** Findings added by the reviewer (ids "reviewer|…"). */
  added: Finding[];
}

export const emptyReviews = (): StoredReviews => ({ version: 1, records: {}, added: [] });

export interface ReviewStore {
  read(id: ReportId): Promise<StoredReviews>;
  write(id: ReportId, reviews: StoredReviews): Promise<void>;
  remove(id: ReportId): Promise<void>;
}

export async function createReviewStore(paths: DataPaths): Promise<ReviewStore> {
  await mkdir(paths.reviewsDir, { recursive: true });
  return {
    read: async (id) =>
      ((await readJsonFile(reviewPath(paths, id))) as StoredReviews | null) ?? emptyReviews(),
    write: (id, reviews) => writeJsonAtomic(reviewPath(paths, id), reviews),
    remove: (id) => removeFile(reviewPath(paths, id)),
  };
}
