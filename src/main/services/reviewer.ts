// Who is reviewing and when: every review entry and correction is signed with the settings' name.
import type { ReviewEntry, ReviewStatus } from '../../shared/ipc-contract';
import { messages } from './messages';
import type { ServiceContext } from './service-context';

/** The name set in the settings; undefined while none is. */
export const namedReviewer = (context: ServiceContext): string | undefined =>
  context.db.data.settings.reviewerName.trim() || undefined;

export const reviewerName = (context: ServiceContext): string =>
  namedReviewer(context) ?? messages.anonymousReviewer;

export const signedEntry = (context: ServiceContext, status: ReviewStatus, comment: string): ReviewEntry => ({
  status,
  comment,
  reviewer: reviewerName(context),
  at: context.now().toISOString(),
});
