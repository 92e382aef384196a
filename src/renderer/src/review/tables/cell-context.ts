// What every drawn cell needs to know: its value, correction, flag and selection state.
import { createContext, useContext } from 'react';
import type { CellCorrection, ReviewedFinding } from '../../../../shared/ipc-contract';
import type { CellId, ExtractedCell, Severity, TemplateVersion } from '../../../../shared/report';

export interface CellState {
  version: TemplateVersion;
  cells: Record<CellId, ExtractedCell>;
  corrections: Map<CellId, CellCorrection>;
  severities: Map<CellId, Severity>;
  /** Cells marked 识别存疑 (OCR doubt not yet settled), each with its finding. */
  doubtful: ReadonlyMap<CellId, string>;
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

/** The OCR rule's id (domain/checks/rules/ocr-uncertain). */
export const OCR_DOUBT_RULE = 'ocr.uncertain';

/** Cells whose OCR reading is in doubt and not settled: a correction resolves it, "数值无误" dismisses it. */
export function ocrDoubts(findings: ReviewedFinding[]): Map<CellId, string> {
  const byCell = new Map<CellId, string>();
  for (const finding of findings) {
    if (finding.rule !== OCR_DOUBT_RULE || finding.resolved || finding.review?.status === 'dismissed') continue;
    for (const id of finding.cells) byCell.set(id, finding.id);
  }
  return byCell;
}

/** The latest correction of each cell. */
export function correctionsByCell(corrections: CellCorrection[]): Map<CellId, CellCorrection> {
  const byCell = new Map<CellId, CellCorrection>();
  for (const correction of corrections) byCell.set(correction.cellId, correction);
  return byCell;
}
