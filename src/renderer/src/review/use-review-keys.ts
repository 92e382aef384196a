// The review keyboard: j/k (arrows) move through findings, 1/2/0 decide, c comments, / searches,
// ? shows help, Escape goes back. Never while typing or with a dialog open.
import { useEffect, useRef } from 'react';
import type { ReviewStatus } from '../../../shared/ipc-contract';
import { isDialogOpen, isShortcutEvent, isTypingTarget } from '../common/keyboard';

export interface ReviewKeyHandlers {
  move: (delta: number) => void;
  decide: (status: ReviewStatus) => void;
  focusComment: () => void;
  focusSearch: () => void;
  toggleHelp: () => void;
  back: () => void;
}

const decisions: Record<string, ReviewStatus> = { '1': 'confirmed', '2': 'dismissed', '0': 'pending' };

export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const on = latest.current;
      // Escape in a text field only leaves the field.
      if (event.key === 'Escape' && isTypingTarget(event.target) && !isDialogOpen()) {
        (event.target as HTMLElement).blur();
        return;
      }
      if (!isShortcutEvent(event)) return;
      const decision = decisions[event.key];
      if (event.key === 'j' || event.key === 'ArrowDown') on.move(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') on.move(-1);
      else if (decision) on.decide(decision);
      else if (event.key === 'c') on.focusComment();
      else if (event.key === '/') on.focusSearch();
      else if (event.key === '?') on.toggleHelp();
      else if (event.key === 'Escape') on.back();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
