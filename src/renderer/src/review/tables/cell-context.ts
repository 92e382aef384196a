// What every drawn cell needs to know: its value, correction, flag and selection state.
import { createContext, useContext } from 'react';
import type { CellCorrection, ReviewedFinding } from '../../../../shared/ipc-contract';
import type { CellId, ExtractedCell, Severity, TemplateVersion } from '../../../../shared/report';

export interface CellState {
  version: TemplateVersion;
  cells: Record<CellId, ExtractedCell>;
  corrections: Map<CellId, CellCorrection>;
  severities: Map<CellId, Severity>;
  /** Cells of the selected finding (outlined). */
  inFinding: ReadonlySet<CellId>;
  /** Cells the reviewer clicked. */
  selected: ReadonlySet<CellId>;
  onSelect: (id: CellId, additive: boolean) => void;
}

export const CellContext = createContext<CellState | null>(null);

export function useCellState(): CellState {
  const state = useContext(CellContext);
  if (!state) throw new Error('useCellState outside CellContext');
  return state;
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The strongest open flag on each cell: findings judged "not a problem" or no longer raised do not tint. */
export function severitiesByCell(findings: ReviewedFinding[]): Map<CellId, Severity> {
  const byCell = new Map<CellId, Severity>();
  for (const finding of findings) {
    if (finding.resolved || finding.review?.status === 'dismissed') continue;
    for (const id of finding.cells) {
      const current = byCell.get(id);
      if (!current || rank[finding.severity] > rank[current]) byCell.set(id, finding.severity);
    }
  }
  return byCell;
}

/** The latest correction of each cell. */
export function correctionsByCell(corrections: CellCorrection[]): Map<CellId, CellCorrection> {
  const byCell = new Map<CellId, CellCorrection>();
  for (const correction of corrections) byCell.set(correction.cellId, correction);
  return byCell;
}
