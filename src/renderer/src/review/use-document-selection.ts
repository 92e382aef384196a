// Remembers the text last selected in the original, for 添加问题 on a passage. Clicking a button
// elsewhere must not lose it, so only a collapsed selection inside the pane clears it.
import { useEffect, useRef, type RefObject } from 'react';
import { maxExcerptLength } from '../../../shared/text-limits';

export function useDocumentSelection(pane: RefObject<HTMLElement | null>): RefObject<string | null> {
  const selected = useRef<string | null>(null);
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const anchor = selection?.anchorNode;
      if (!selection || !anchor || !pane.current?.contains(anchor)) return;
      if (anchor instanceof HTMLInputElement || anchor.parentElement?.closest('input, textarea')) return;
      const text = selection.toString().replace(/\s+/g, ' ').trim().slice(0, maxExcerptLength);
      selected.current = selection.isCollapsed || !text ? null : text;
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [pane]);
  return selected;
}
