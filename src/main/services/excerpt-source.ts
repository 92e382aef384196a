// Where a reviewer's excerpt stands in the original, so that it can be highlighted.
import type { Provenance, SourceDocument } from '../../shared/document';

/** The first cell of the document holding the excerpt (white space left out); undefined when none does. */
export function locateExcerpt(document: SourceDocument | undefined, excerpt: string): Provenance | undefined {
  const needle = excerpt.replace(/\s+/g, '');
  if (!document || needle.length === 0) return undefined;
  for (const line of document.lines) {
    const piece = line.cells.find((cell) => cell.text.replace(/\s+/g, '').includes(needle));
    if (piece) return piece.source;
  }
  return undefined;
}
