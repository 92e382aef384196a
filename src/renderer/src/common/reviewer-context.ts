// The reviewer's name is asked once, before the first decision, and kept in the settings (it can be
// changed at any time); so is the choice to move on to the next 未处理 finding after a decision.
import { createContext, useContext } from 'react';

export interface Reviewer {
  name: string;
  /** Resolves true once a name is known (asking for it if needed), false if the reviewer cancels. */
  ensure: () => Promise<boolean>;
  /** Opens the name dialog with the current name, to change it. */
  change: () => void;
  /** After 1/2/0, move on to the next 未处理 finding. */
  autoAdvance: boolean;
  setAutoAdvance: (on: boolean) => void;
}

export const ReviewerContext = createContext<Reviewer | null>(null);

export function useReviewer(): Reviewer {
  const reviewer = useContext(ReviewerContext);
  if (!reviewer) throw new Error('useReviewer outside ReviewerProvider');
  return reviewer;
}
