// Boxes drawn over text ranges of shown text or HTML, as the PDF view draws its source boxes: one box per
// line a range covers, clearly visible, and a small box for an empty range (a blank cell).
import { useLayoutEffect, useState, type RefObject } from 'react';

export type BoxKind = 'cell' | 'excerpt';

export interface MarkedRange {
  range: Range;
  kind: BoxKind;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  kind: BoxKind;
}

/** Minimum width of a box, so that a blank cell or a single digit is plainly marked. */
const minWidthPx = 22;
const padPx = 2;

/** The range's rectangles merged per line (Word-made text arrives in many small pieces). */
function lineRects(range: Range): DOMRect[] {
  const rects = [...range.getClientRects()].filter((rect) => rect.height > 0);
  if (rects.length === 0) {
    const single = range.getBoundingClientRect();
    return single.height > 0 ? [single] : [];
  }
  const lines: DOMRect[] = [];
  for (const rect of rects) {
    const line = lines.find((other) => Math.abs(other.top - rect.top) < rect.height / 2);
    if (!line) lines.push(DOMRect.fromRect(rect));
    else {
      const left = Math.min(line.left, rect.left);
      const right = Math.max(line.right, rect.right);
      lines[lines.indexOf(line)] = new DOMRect(left, Math.min(line.top, rect.top), right - left, Math.max(line.height, rect.height));
    }
  }
  return lines;
}

function measure(host: HTMLElement, marked: MarkedRange[]): Box[] {
  const origin = host.getBoundingClientRect();
  return marked.flatMap(({ range, kind }) =>
    lineRects(range).map((rect) => {
      const width = Math.max(rect.width, minWidthPx);
      const left = rect.width >= minWidthPx ? rect.left : rect.left + rect.width / 2 - width / 2;
      return {
        left: left - origin.left - padPx,
        top: rect.top - origin.top - padPx,
        width: width + 2 * padPx,
        height: rect.height + 2 * padPx,
        kind,
      };
    }),
  );
}

/** Draws the boxes inside `host` (positioned), measured again whenever its size changes. */
export function RangeBoxes({ host, marked }: { host: RefObject<HTMLElement | null>; marked: MarkedRange[] }) {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const update = () => setBoxes(measure(element, marked));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [host, marked]);
  return (
    <div className="range-marks" aria-hidden="true">
      {boxes.map((box, index) => (
        <div
          key={index}
          className={`source-box range-box ${box.kind}`}
          data-source-mark={box.kind}
          style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
        />
      ))}
    </div>
  );
}

/**
 * [start, end) widened to the spaces or tab around an empty cell, so that it has something to box;
 * a non-empty range is kept as it is.
 */
export function visibleSpan(text: string, start: number, end: number): [number, number] {
  if (end > start) return [start, end];
  let from = start;
  let to = end;
  while (from > 0 && /[ \t\u3000]/.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && /[ \t\u3000]/.test(text[to] ?? '')) to += 1;
  return [from, to];
}

/** [start, end) of `needle` in `text`, whitespace on either side ignored; null when it is not there. */
export function findLoose(text: string, needle: string): [number, number] | null {
  const wanted = needle.replace(/\s+/g, '');
  if (!wanted) return null;
  let compact = '';
  const positions: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (/\s/.test(char)) continue;
    compact += char;
    positions.push(index);
  }
  const at = compact.indexOf(wanted);
  if (at < 0) return null;
  return [positions[at] ?? 0, (positions[at + wanted.length - 1] ?? 0) + 1];
}

/** The excerpt, or when it is not found whole (a page or line break inside), its beginning or its end. */
export function excerptCandidates(excerpt: string): string[] {
  const compact = excerpt.replace(/\s+/g, '');
  return compact.length <= 24 ? [compact] : [compact, compact.slice(0, 24), compact.slice(-24)];
}
