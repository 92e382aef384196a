// Element paths ("body/div[2]/table[1]/tr[5]/td[3]"), the provenance of DOCX and HTML text:
// finding the element a path names, e.g. to show a finding in the original page.

import type { HTMLElement } from 'node-html-parser';
import { tableRowElements, tagOf } from './html-table';

const SEGMENT = /^([A-Za-z][A-Za-z0-9:_-]*)\[(\d+)\]$/;

/** The element that paths start from ("body"): <body>, else <html>, else the parsed fragment itself. */
export function pageBody(root: HTMLElement): HTMLElement {
  return root.querySelector('body') ?? root.querySelector('html') ?? root;
}

/**
 * The element `path` names under `body` (see html-table.ts for the conventions: 1-based
 * same-tag indexes, rows counted across thead/tbody/tfoot); undefined when it is not there.
 */
export function resolveElementPath(body: HTMLElement, path: string): HTMLElement | undefined {
  const [first, ...segments] = path.split('/');
  if (first !== 'body') return undefined;
  let current: HTMLElement | undefined = body;
  for (const segment of segments) {
    const match = SEGMENT.exec(segment);
    if (!match || !current) return undefined;
    const tag = (match[1] ?? '').toLowerCase();
    const n = Number(match[2]);
    const parent: HTMLElement = current;
    const candidates =
      tag === 'tr' && tagOf(parent) === 'table'
        ? tableRowElements(parent).map((row) => row.element)
        : parent.children.filter((child) => tagOf(child) === tag);
    current = candidates[n - 1];
  }
  return current;
}
