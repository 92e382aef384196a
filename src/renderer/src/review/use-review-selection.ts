// What the reviewer is looking at: the selected finding, the clicked cells, and the sources to show.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Provenance } from '../../../shared/document';
import type { ReportDetail, ReviewedFinding } from '../../../shared/ipc-contract';
import type { CellId } from '../../../shared/report';
import type { DocumentTargets } from './document/viewer-types';
import { findingStateOf } from '../../../shared/review-state';
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
  /** The selected finding's quoted sentence, in the original. */
  showExcerpt: () => void;
  move: (delta: number) => void;
  /** The next 未处理 finding after the selected one (wrapping round); false when there is none. */
  nextUnreviewed: () => boolean;
}

const empty: ReadonlySet<CellId> = new Set();

export function useReviewSelection(detail: ReportDetail | null): ReviewSelection {
  const findings = useMemo(() => orderFindings(detail?.findings ?? []), [detail?.findings]);
  const [findingId, setFindingId] = useState<string | null>(null);
  const [cells, setCells] = useState<CellId[]>([]);
  const [targets, setTargets] = useState<DocumentTargets>({ key: 0, sources: [], excerpt: null, focus: 'cells' });
  const [unlocated, setUnlocated] = useState(false);
  const key = useRef(0);

  const show = useCallback(
    (sources: Provenance[], expected: boolean, excerpt: string | null = null, focus: DocumentTargets['focus'] = 'cells') => {
      key.current += 1;
      setTargets({ key: key.current, sources, excerpt, focus });
      setUnlocated(expected && sources.length === 0 && !excerpt);
    },
    [],
  );

  const sourceOf = useCallback((id: CellId) => detail?.cells[id]?.source, [detail]);

  const selectFinding = useCallback(
    (id: string, known?: ReviewedFinding) => {
      const finding = known ?? findings.find((entry) => entry.id === id);
      if (!finding) return;
      setFindingId(id);
      setCells([]);
      const sources = finding.cells.map(sourceOf).filter((source): source is Provenance => source !== undefined);
      // The quoted sentence is found by its text; its stored place (the section) only when there is no text.
      if (finding.excerptSource && !finding.excerpt) sources.push(finding.excerptSource);
      const excerpt = finding.excerpt ?? null;
      show(sources, finding.cells.length > 0 || Boolean(finding.excerpt), excerpt, excerpt ? 'excerpt' : 'cells');
    },
    [findings, show, sourceOf],
  );

  const showExcerpt = useCallback(() => {
    const finding = findings.find((entry) => entry.id === findingId);
    if (!finding?.excerpt) return;
    const sources = finding.cells.map(sourceOf).filter((source): source is Provenance => source !== undefined);
    show(sources, true, finding.excerpt, 'excerpt');
  }, [findings, findingId, show, sourceOf]);

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

  const nextUnreviewed = useCallback(() => {
    const index = findings.findIndex((entry) => entry.id === findingId);
    const after = [...findings.slice(index + 1), ...findings.slice(0, Math.max(0, index))];
    const next = after.find((entry) => !entry.resolved && findingStateOf(entry) === 'unreviewed');
    if (next) selectFinding(next.id);
    return next !== undefined;
  }, [findings, findingId, selectFinding]);

  const finding = findings.find((entry) => entry.id === findingId) ?? null;
  const inFinding = useMemo(() => (finding ? new Set(finding.cells) : empty), [finding]);
  const cellSet = useMemo(() => new Set(cells), [cells]);

  return {
    findings,
    finding,
    cells,
    cellSet,
    inFinding,
    targets,
    unlocated,
    selectFinding,
    selectCell,
    showExcerpt,
    move,
    nextUnreviewed,
  };
}
