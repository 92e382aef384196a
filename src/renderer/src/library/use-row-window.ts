// Renders only the rows near the viewport once the library is large (measured: 2,000 plain rows took
// 1.5–2.3 s to appear when a filter was cleared; windowed, a few ms). Small libraries render every row.
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/** Below this many rows everything is rendered (and every row is in the DOM for tests and find-in-page). */
export const windowThreshold = 150;
const overscan = 12;
const fallbackRowHeight = 35;

export interface RowWindow {
  enabled: boolean;
  start: number;
  end: number;
  rowHeight: number;
  /** Scrolls so that row `index` is visible. */
  reveal: (index: number) => void;
}

/** Where the table body starts inside the scroll container's content. */
function bodyOffset(scroller: HTMLElement, body: HTMLElement | null): number {
  if (!body) return 0;
  return body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

export function useRowWindow(
  count: number,
  scroller: RefObject<HTMLElement | null>,
  body: RefObject<HTMLElement | null>,
): RowWindow {
  const enabled = count > windowThreshold;
  const [view, setView] = useState({ top: 0, height: 800 });
  const [rowHeight, setRowHeight] = useState(fallbackRowHeight);

  useEffect(() => {
    const element = scroller.current;
    if (!enabled || !element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView({ top: element.scrollTop - bodyOffset(element, body.current), height: element.clientHeight });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [enabled, scroller, body]);

  // Real row height, once a row exists.
  useLayoutEffect(() => {
    const row = body.current?.querySelector<HTMLElement>('tr[data-report-id]');
    if (enabled && row && row.offsetHeight > 0 && row.offsetHeight !== rowHeight) setRowHeight(row.offsetHeight);
  }, [body, enabled, rowHeight, count]);

  const start = enabled ? Math.max(0, Math.floor(view.top / rowHeight) - overscan) : 0;
  const end = enabled ? Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan) : count;

  const reveal = useCallback(
    (index: number) => {
      const element = scroller.current;
      if (!element) return;
      const top = bodyOffset(element, body.current) + index * rowHeight;
      const header = body.current?.previousElementSibling instanceof HTMLElement ? body.current.previousElementSibling.offsetHeight : 0;
      if (top - header < element.scrollTop) element.scrollTop = top - header;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
    },
    [scroller, body, rowHeight],
  );

  return { enabled, start, end, rowHeight, reveal };
}
