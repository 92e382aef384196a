// Comments typed but not yet saved with a decision: kept per finding in the library (saved a moment after
// typing stops, at once when the reviewer leaves the finding or the report), restored when the report is
// opened again. While a save is still outstanding, closing or reloading the window asks first.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportId, ReviewedFinding } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';

const saveDelayMs = 400;

export type DraftState = 'idle' | 'saving' | 'saved' | 'failed';

export interface Drafts {
  /** What the comment box shows for a finding: typed text, else the stored draft, else the saved comment. */
  textOf: (finding: ReviewedFinding) => string;
  change: (findingId: string, text: string) => void;
  /** Saves whatever is waiting now. */
  flush: () => void;
  /** After a decision saved the comment: the finding's draft is done. */
  settled: (findingId: string) => void;
  state: DraftState;
}

export function useDrafts(reportId: ReportId): Drafts {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [state, setState] = useState<DraftState>('idle');
  const waiting = useRef(new Map<string, string>());
  const timer = useRef<number | null>(null);
  const outstanding = useRef(0);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const entries = [...waiting.current];
    waiting.current.clear();
    for (const [findingId, text] of entries) {
      outstanding.current += 1;
      setState('saving');
      void invoke('review.saveDraft', { reportId, findingId, text }).then((result) => {
        outstanding.current -= 1;
        if (!result.ok) {
          console.error('[drafts] not saved', result.error);
          // Kept waiting, so the next change or leaving tries again.
          if (!waiting.current.has(findingId)) waiting.current.set(findingId, text);
          setState('failed');
        } else if (outstanding.current === 0 && waiting.current.size === 0) setState('saved');
      });
    }
  }, [reportId]);

  const change = useCallback(
    (findingId: string, text: string) => {
      setTyped((current) => ({ ...current, [findingId]: text }));
      waiting.current.set(findingId, text);
      setState('saving');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, saveDelayMs);
    },
    [flush],
  );

  const settled = useCallback((findingId: string) => {
    waiting.current.delete(findingId);
    setTyped(({ [findingId]: _saved, ...rest }) => rest);
  }, []);

  // Leaving the report (back, another report, Esc) saves at once; closing the window with a save still
  // outstanding asks first.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (waiting.current.size === 0 && outstanding.current === 0) return;
      flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      flush();
    };
  }, [flush]);

  const textOf = useCallback(
    (finding: ReviewedFinding) => typed[finding.id] ?? finding.draft?.text ?? finding.review?.comment ?? '',
    [typed],
  );

  return { textOf, change, flush, settled, state };
}
