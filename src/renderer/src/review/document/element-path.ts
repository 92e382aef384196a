// Finds the element a source path such as "body/table[2]/tr[5]/td[3]" addresses in the shown HTML,
// with the extractor's conventions: 1-based indexes among siblings of the same tag, and table rows
// counted across thead/tbody/tfoot (paths leave row groups out; browsers insert <tbody>).
const rowGroups = new Set(['TBODY', 'THEAD', 'TFOOT']);

function childrenNamed(parent: Element, tag: string): Element[] {
  return Array.from(parent.children).filter((child) => child.tagName.toLowerCase() === tag);
}

function rowsOf(table: Element): Element[] {
  return Array.from(table.children).flatMap((child) =>
    child.tagName === 'TR' ? [child] : rowGroups.has(child.tagName) ? childrenNamed(child, 'tr') : [],
  );
}

function step(parent: Element, tag: string, index: number): Element | null {
  if (tag === 'tr' && parent.tagName === 'TABLE') return rowsOf(parent)[index - 1] ?? null;
  return childrenNamed(parent, tag)[index - 1] ?? null;
}

/** The addressed element, or the deepest ancestor found when the path runs out; null if nothing matched. */
export function resolveElementPath(root: Element, path: string): HTMLElement | null {
  const steps = path.split('/').filter(Boolean);
  while (steps[0] && /^(html|body)(\[1\])?$/i.test(steps[0])) steps.shift();
  let current: Element = root;
  for (const part of steps) {
    const match = /^([a-z][a-z0-9:_-]*)(?:\[(\d+)\])?$/i.exec(part);
    if (!match?.[1]) break;
    const next = step(current, match[1].toLowerCase(), Number(match[2] ?? 1));
    if (!next) break;
    current = next;
  }
  return current === root || !(current instanceof HTMLElement) ? null : current;
}
