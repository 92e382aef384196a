// reviews/<id>.json: review decisions and the reviewer's own findings of one report.
// Small on purpose: saving an annotation rewrites only this file (and the summary counts).
import { mkdir } from 'node:fs/promises';
import type { ReportId, ReviewEntry } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import { removeFile, writeJsonAtomic, type WriteFileSystem } from './atomic-file';
import { readChecked, type CheckedFile } from './checked-read';
import { reviewPath, type DataPaths } from './data-paths';
import { privateFileMode } from './durable-json-file';
import { storedReviewsSchema } from './stored-schemas';
import { storageMessages } from './storage-messages';

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

/** Version 1 is current: append migrations here when the shape changes, never edit a released one. */
const reviewsFile: CheckedFile<StoredReviews> = {
  schema: storedReviewsSchema,
  migrations: [],
  damaged: storageMessages.reviewsDamaged,
};

export interface ReviewStore {
  /** Empty reviews when there is no file; throws UnreadableFileError (file set aside) when it cannot be used. */
  read(id: ReportId): Promise<StoredReviews>;
  write(id: ReportId, reviews: StoredReviews): Promise<void>;
  remove(id: ReportId): Promise<void>;
}

export async function createReviewStore(paths: DataPaths, fs?: WriteFileSystem): Promise<ReviewStore> {
  await mkdir(paths.reviewsDir, { recursive: true, mode: 0o700 });
  return {
    read: async (id) => (await readChecked(paths, reviewPath(paths, id), reviewsFile)) ?? emptyReviews(),
    write: (id, reviews) => writeJsonAtomic(reviewPath(paths, id), reviews, { mode: privateFileMode, fs }),
    remove: (id) => removeFile(reviewPath(paths, id), fs),
  };
}
