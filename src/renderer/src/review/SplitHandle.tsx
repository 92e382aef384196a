// Drag (or arrow keys) to share the width between the original and the tables; remembered per machine.
import { useCallback, useEffect, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { t } from '../i18n/zh-CN';

const storageKey = 'nianbao.review.documentWidth';
const minimum = 320;
/** Room the tables and findings columns need on the right. */
const reserved = 720;

function readStored(): number | null {
  const value = Number(localStorage.getItem(storageKey));
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The width of the document column in px (null: the stylesheet's default share). */
export function useDocumentWidth(): [number | null, (width: number | null) => void] {
  const [width, setWidth] = useState<number | null>(readStored);
  const update = useCallback((next: number | null) => {
    setWidth(next);
    if (next === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, String(Math.round(next)));
  }, []);
  return [width, update];
}

interface SplitHandleProps {
  container: RefObject<HTMLElement | null>;
  pane: RefObject<HTMLElement | null>;
  onResize: (width: number | null) => void;
}

export function SplitHandle({ container, pane, onResize }: SplitHandleProps) {
  const [dragging, setDragging] = useState(false);
  const clamp = useCallback(
    (width: number) => Math.max(minimum, Math.min(width, (container.current?.clientWidth ?? 1366) - reserved)),
    [container],
  );

  useEffect(() => {
    document.body.classList.toggle('resizing', dragging);
  }, [dragging]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging || !container.current) return;
    onResize(clamp(event.clientX - container.current.getBoundingClientRect().left));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = pane.current?.clientWidth ?? minimum;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      event.stopPropagation();
      onResize(clamp(current + (event.key === 'ArrowLeft' ? -40 : 40)));
    }
  };

  return (
    <div
      className={`split-handle${dragging ? ' dragging' : ''}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t.review.resize}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => setDragging(false)}
      onPointerCancel={() => setDragging(false)}
      onDoubleClick={() => onResize(null)}
      onKeyDown={onKeyDown}
    />
  );
}
