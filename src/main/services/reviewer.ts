// Who is reviewing and when: every review entry and correction is signed with the settings' name.
import type { ReviewEntry, ReviewStatus } from '../../shared/ipc-contract';
import { messages } from './messages';
import type { ServiceContext } from './service-context';

export const reviewerName = (context: ServiceContext): string =>
  context.db.data.settings.reviewerName.trim() || messages.anonymousReviewer;

export const signedEntry = (context: ServiceContext, status: ReviewStatus, comment: string): ReviewEntry => ({
  status,
  comment,
  reviewer: reviewerName(context),
  at: context.now().toISOString(),
});
