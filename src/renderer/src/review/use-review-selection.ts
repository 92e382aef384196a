// What the reviewer is looking at: the selected finding, the clicked cells, and the sources to show.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Provenance } from '../../../shared/document';
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import type { CellId } from '../../../shared/report';
import type { DocumentTargets } from './document/viewer-types';
import { orderFindings } from './findings/finding-state';

export interface ReviewSelection {
  findings: ReviewedFinding[];
  finding: ReviewedFinding | null;
  cells: CellId[];
  cellSet: ReadonlySet<CellId>;
  inFinding: ReadonlySet<CellId>;
  targets: DocumentTargets;
  unlocated: boolean;
  /** `known` lets a just-added finding be selected before the list has re-rendered. */
  selectFinding: (id: string, known?: ReviewedFinding) => void;
  selectCell: (id: CellId, additive: boolean) => void;
  move: (delta: number) => void;
}

const empty: ReadonlySet<CellId> = new Set();

export function useReviewSelection(detail: ReportDetail | null): ReviewSelection {
  const findings = useMemo(() => orderFindings(detail?.findings ?? []), [detail?.findings]);
  const [findingId, setFindingId] = useState<string | null>(null);
  const [cells, setCells] = useState<CellId[]>([]);
  const [targets, setTargets] = useState<DocumentTargets>({ key: 0, sources: [] });
  const [unlocated, setUnlocated] = useState(false);
  const key = useRef(0);

  const show = useCallback((sources: Provenance[], expected: boolean) => {
    key.current += 1;
    setTargets({ key: key.current, sources });
    setUnlocated(expected && sources.length === 0);
  }, []);

  const sourceOf = useCallback((id: CellId) => detail?.cells[id]?.source, [detail]);

  const selectFinding = useCallback(
    (id: string, known?: ReviewedFinding) => {
      const finding = known ?? findings.find((entry) => entry.id === id);
      if (!finding) return;
      setFindingId(id);
      setCells([]);
      const sources = finding.cells.map(sourceOf).filter((source): source is Provenance => source !== undefined);
      if (finding.excerptSource) sources.push(finding.excerptSource);
      show(sources, finding.cells.length > 0 || Boolean(finding.excerpt));
    },
    [findings, show, sourceOf],
  );

  const selectCell = useCallback(
    (id: CellId, additive: boolean) => {
      const next = additive ? (cells.includes(id) ? cells.filter((cell) => cell !== id) : [...cells, id]) : [id];
      setCells(next);
      show(next.map(sourceOf).filter((source): source is Provenance => source !== undefined), next.length > 0);
    },
    [cells, show, sourceOf],
  );

  const move = useCallback(
    (delta: number) => {
      if (findings.length === 0) return;
      const index = findings.findIndex((entry) => entry.id === findingId);
      const next = index < 0 ? (delta > 0 ? 0 : findings.length - 1) : Math.min(findings.length - 1, Math.max(0, index + delta));
      const target = findings[next];
      if (target) selectFinding(target.id);
    },
    [findings, findingId, selectFinding],
  );

  const finding = findings.find((entry) => entry.id === findingId) ?? null;
  const inFinding = useMemo(() => (finding ? new Set(finding.cells) : empty), [finding]);
  const cellSet = useMemo(() => new Set(cells), [cells]);

  return { findings, finding, cells, cellSet, inFinding, targets, unlocated, selectFinding, selectCell, move };
}
