// reviews/<id>.json: review decisions, drafts, the 审查完毕 mark and the reviewer's own findings of one report.
// Small on purpose: saving an annotation rewrites only this file (and the summary counts).
import { mkdir } from 'node:fs/promises';
import type { CompletionMark, ReportId, ReviewDraft, ReviewEntry } from '../../shared/ipc-contract';
import type { Finding } from '../../shared/report';
import { readJsonFile, removeFile, writeJsonAtomic } from './atomic-file';
import { reviewPath, type DataPaths } from './data-paths';

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

type RawReviews = Record<string, unknown>;

/** reviews[i] takes a file from version i + 1 to i + 2; append, never edit a released one. */
export const reviewsMigrations: { from: number; description: string; migrate(data: RawReviews): RawReviews }[] = [
  {
    from: 1,
    description: 'v1 → v2: drafts of comments and the 审查完毕 mark',
    migrate: (data) => ({ ...data, version: 2, drafts: {}, completion: null }),
  },
];

/** Brings a parsed reviews file up to the current version (a file without a version is version 1). */
export function migrateReviews(raw: RawReviews): StoredReviews {
  let data = raw;
  const from = typeof data.version === 'number' ? data.version : 1;
  for (const migration of reviewsMigrations.slice(from - 1)) data = migration.migrate(data);
  return data as unknown as StoredReviews;
}

export interface ReviewStore {
  read(id: ReportId): Promise<StoredReviews>;
  write(id: ReportId, reviews: StoredReviews): Promise<void>;
  remove(id: ReportId): Promise<void>;
}

export async function createReviewStore(paths: DataPaths): Promise<ReviewStore> {
  await mkdir(paths.reviewsDir, { recursive: true });
  return {
    read: async (id) => {
      const raw = (await readJsonFile(reviewPath(paths, id))) as RawReviews | null;
      return raw ? migrateReviews(raw) : emptyReviews();
    },
    write: (id, reviews) => writeJsonAtomic(reviewPath(paths, id), reviews),
    remove: (id) => removeFile(reviewPath(paths, id)),
  };
}
