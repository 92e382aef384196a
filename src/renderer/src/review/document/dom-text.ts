// Text ranges in shown HTML / plain text: search matches and character offsets, drawn with the CSS
// Custom Highlight API so the original's DOM is never rewritten.

interface TextIndex {
  nodes: Text[];
  /** Offset of each node's first character in the root's text. */
  starts: number[];
  text: string;
}

function indexText(root: Node): TextIndex {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    nodes.push(textNode);
    starts.push(text.length);
    text += textNode.data;
  }
  return { nodes, starts, text };
}

/** The node holding character `offset` (binary search); `preferEnd` picks the earlier node at a boundary. */
function locate(index: TextIndex, offset: number, preferEnd: boolean): [Text, number] | null {
  let low = 0;
  let high = index.nodes.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const start = index.starts[middle] ?? 0;
    if (start < offset || (!preferEnd && start === offset)) low = middle;
    else high = middle - 1;
  }
  const node = index.nodes[low];
  if (!node) return null;
  return [node, Math.min(node.data.length, Math.max(0, offset - (index.starts[low] ?? 0)))];
}

function rangeIn(index: TextIndex, start: number, end: number): Range | null {
  const from = locate(index, start, false);
  const to = locate(index, Math.max(start, end), true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

/** A range over characters [start, end) of the root's text content. */
export function rangeFromOffsets(root: Node, start: number, end: number): Range | null {
  return rangeIn(indexText(root), start, end);
}

/** Every case-insensitive occurrence of the query in the root's text. */
export function findRanges(root: Node, query: string): Range[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const index = indexText(root);
  const text = index.text.toLowerCase();
  const ranges: Range[] = [];
  for (let at = text.indexOf(needle); at >= 0 && ranges.length < 2000; at = text.indexOf(needle, at + needle.length)) {
    const range = rangeIn(index, at, at + needle.length);
    if (range) ranges.push(range);
  }
  return ranges;
}

export type HighlightName = 'nb-search' | 'nb-search-active' | 'nb-source';

export function setHighlight(name: HighlightName, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (ranges.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...ranges));
}

/** Scrolls the container so the range sits in its upper third. */
export function scrollRangeIntoView(container: HTMLElement, range: Range): void {
  const box = range.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  container.scrollTo({
    top: container.scrollTop + box.top - frame.top - container.clientHeight * 0.3,
    behavior: 'smooth',
  });
}
