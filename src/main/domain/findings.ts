import type { CellId, Finding } from '../../shared/report';

/** A finding id that stays the same when the report is checked again: rule + cells (+ a discriminator). */
export const findingId = (rule: string, cells: CellId[], discriminator = ''): string =>
  [rule, cells.join(','), discriminator].filter(Boolean).join('|');

export function makeFinding(fields: Omit<Finding, 'id'> & { discriminator?: string }): Finding {
  const { discriminator, ...rest } = fields;
  return { id: findingId(rest.rule, rest.cells, discriminator), ...rest };
}
