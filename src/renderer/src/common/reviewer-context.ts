// The reviewer's name is asked once, before the first decision, and kept in the settings.
import { createContext, useContext } from 'react';

export interface Reviewer {
  name: string;
  /** Resolves true once a name is known (asking for it if needed), false if the reviewer cancels. */
  ensure: () => Promise<boolean>;
}

export const ReviewerContext = createContext<Reviewer | null>(null);

export function useReviewer(): Reviewer {
  const reviewer = useContext(ReviewerContext);
  if (!reviewer) throw new Error('useReviewer outside ReviewerProvider');
  return reviewer;
}
