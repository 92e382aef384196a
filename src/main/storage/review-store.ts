// reviews/<id>.json: review decisions, drafts, the 审查完毕 mark and the reviewer's own findings of one report.
// Small on purpose: saving an annotation rewrites only this file (and the summary counts).
import { mkdir } from 'node:fs/promises';
import type { CompletionMark, ReportId, ReviewDraft, ReviewEntry } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import { removeFile, writeJsonAtomic, type WriteFileSystem } from './atomic-file';
import { readChecked, type CheckedFile } from './checked-read';
import { reviewPath, type DataPaths } from './data-paths';
import { privateFileMode } from './durable-json-file';
import { storedReviewsSchema } from './stored-schemas';
import { storageMessages } from './storage-messages';
import type { Migration } from './versioned-file';

export interface ReviewRecord {
  review: ReviewEntry | null;
  /** Earlier decisions, oldest first. */
  history: ReviewEntry[];
}

export interface StoredReviews {
  version: 2;
  /** By finding id, so that annotations stay attached when the checks run again. */
  records: Record<string, ReviewRecord>;
  /** Findings added by the reviewer (ids "reviewer|…"). */
  added: Finding[];
  /** Comments typed but not saved with a decision yet, by finding id. */
  drafts: Record<string, ReviewDraft>;
  /** 审查完毕: who marked the whole report as reviewed, and when. */
  completion: CompletionMark | null;
}

export const emptyReviews = (): StoredReviews => ({
  version: 2,
  records: {},
  added: [],
  drafts: {},
  completion: null,
});

/** migrations[i] takes a file from version i + 1 to i + 2: append, never edit a released one. */
export const reviewsMigrations: Migration[] = [
  {
    from: 1,
    description: 'v1 → v2: drafts of comments and the 审查完毕 mark',
    migrate: (data) => ({ ...data, version: 2, drafts: {}, completion: null }),
  },
];

const reviewsFile: CheckedFile<StoredReviews> = {
  schema: storedReviewsSchema,
  migrations: reviewsMigrations,
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
