import type { CellId, Finding } from '../../shared/report';

/** FNV-1a over the text, twice with different offsets: a short, stable fingerprint (not for security). */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Cell lists longer than this are fingerprinted, so that ids stay short enough to pass around and store. */
const maxSpelledCells = 240;

/**
 * A finding id that stays the same when the report is checked again: rule + cells (+ a discriminator).
 * A long list of cells (a whole table's column) is written as its first cell, its count and a fingerprint.
 */
export function findingId(rule: string, cells: CellId[], discriminator = ''): string {
  const spelled = cells.join(',');
  const cellPart =
    spelled.length <= maxSpelledCells ? spelled : `${cells[0]}+${cells.length - 1}#${fingerprint(spelled)}`;
  return [rule, cellPart, discriminator].filter(Boolean).join('|');
}

export function makeFinding(fields: Omit<Finding, 'id'> & { discriminator?: string }): Finding {
  const { discriminator, ...rest } = fields;
  return { id: findingId(rest.rule, rest.cells, discriminator), ...rest };
}
