// Ruled tables found from a page's border lines: each set of crossing horizontal and vertical
// lines is a grid of rows and columns, and its cells are the grid's slots merged wherever the
// line between two slots is not drawn (merged cells, row labels spanning several rows).

import type { RulingLines, Segment } from './ruling-lines';
import type { Box } from './text-runs';

export interface GridCell extends Box {
  /** First row and column (0-based) of the cell, and how many rows and columns it spans. */
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

export interface Grid extends Box {
  /** y of each row's top, then the last row's bottom: rows + 1 values, increasing. */
  rowEdges: number[];
  /** x of each column's left side, then the last column's right side. */
  columnEdges: number[];
  cells: GridCell[];
  /** For each slot (row-major: row * columns + column), the index of its cell in `cells`. */
  slots: number[];
}

/** Lines this close (in points) are one line drawn twice, or the two sides of one border. */
const SAME_LINE = 2;
/** Collinear pieces with a gap up to this are one line (borders drawn cell by cell). */
const JOIN_GAP = 2;

export function findGrids(lines: RulingLines): Grid[] {
  const horizontal = mergeCollinear(lines.horizontal);
  const vertical = mergeCollinear(lines.vertical);
  const grids: Grid[] = [];
  for (const cluster of crossingClusters(horizontal, vertical)) {
    const grid = gridOf(cluster.horizontal, cluster.vertical);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** The index in `grid.cells` of the cell holding the point, or -1 when the point is outside the grid. */
export function cellIndexAt(grid: Grid, x: number, y: number): number {
  if (x < grid.x0 || x > grid.x1 || y < grid.y0 || y > grid.y1) return -1;
  const row = intervalIndex(grid.rowEdges, y);
  const column = intervalIndex(grid.columnEdges, x);
  return grid.slots[row * (grid.columnEdges.length - 1) + column] ?? -1;
}

function intervalIndex(edges: number[], value: number): number {
  let index = 0;
  while (index < edges.length - 2 && value > edges[index + 1]!) index++;
  return index;
}

function mergeCollinear(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const merged: Segment[] = [];
  let band: Segment[] = [];
  const flush = (): void => {
    band.sort((a, b) => a.from - b.from);
    let current: Segment | undefined;
    for (const segment of band) {
      if (current && segment.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, segment.to);
      else merged.push((current = { ...segment }));
    }
    band = [];
  };
  for (const segment of sorted) {
    if (band.length > 0 && segment.at - band[0]!.at > SAME_LINE / 2) flush();
    band.push(segment);
  }
  flush();
  return merged;
}

const crosses = (h: Segment, v: Segment): boolean =>
  v.at >= h.from - SAME_LINE &&
  v.at <= h.to + SAME_LINE &&
  h.at >= v.from - SAME_LINE &&
  h.at <= v.to + SAME_LINE;

/** Groups of lines connected by crossings: each group is one table. */
function crossingClusters(
  horizontal: Segment[],
  vertical: Segment[],
): Array<{ horizontal: Segment[]; vertical: Segment[] }> {
  const parent = Array.from({ length: horizontal.length + vertical.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  horizontal.forEach((h, hi) =>
    vertical.forEach((v, vi) => {
      if (crosses(h, v)) parent[find(hi)] = find(horizontal.length + vi);
    }),
  );
  const clusters = new Map<number, { horizontal: Segment[]; vertical: Segment[] }>();
  const clusterOf = (i: number) => {
    const root = find(i);
    let cluster = clusters.get(root);
    if (!cluster) clusters.set(root, (cluster = { horizontal: [], vertical: [] }));
    return cluster;
  };
  horizontal.forEach((h, hi) => clusterOf(hi).horizontal.push(h));
  vertical.forEach((v, vi) => clusterOf(horizontal.length + vi).vertical.push(v));
  return [...clusters.values()].filter(
    (cluster) => cluster.horizontal.length >= 2 && cluster.vertical.length >= 2,
  );
}

function gridOf(horizontal: Segment[], vertical: Segment[]): Grid | undefined {
  // The outer extent counts as an edge too: a table cut by a page break may lack its last border.
  const rowEdges = distinctEdges([...horizontal.map((h) => h.at), ...extent(vertical)]);
  const columnEdges = distinctEdges([...vertical.map((v) => v.at), ...extent(horizontal)]);
  const rows = rowEdges.length - 1;
  const columns = columnEdges.length - 1;
  if (rows < 1 || columns < 1 || rows * columns < 2) return undefined;

  const drawn = (segments: Segment[], at: number, along: number): boolean =>
    segments.some(
      (s) => Math.abs(s.at - at) <= SAME_LINE && along >= s.from - SAME_LINE && along <= s.to + SAME_LINE,
    );
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const middleY = (rowEdges[r]! + rowEdges[r + 1]!) / 2;
    for (let c = 0; c < columns; c++) {
      const middleX = (columnEdges[c]! + columnEdges[c + 1]!) / 2;
      if (c + 1 < columns && !drawn(vertical, columnEdges[c + 1]!, middleY))
        join(r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && !drawn(horizontal, rowEdges[r + 1]!, middleX))
        join(r * columns + c, (r + 1) * columns + c);
    }
  }

  // Each set of joined slots is a cell: its rows and columns are the extent of its slots.
  const cellOfRoot = new Map<number, number>();
  const extents: Array<{ top: number; bottom: number; left: number; right: number }> = [];
  const slots = parent.map((_, slot) => {
    const root = find(slot);
    const r = Math.floor(slot / columns);
    const c = slot % columns;
    let index = cellOfRoot.get(root);
    if (index === undefined) {
      index = extents.length;
      cellOfRoot.set(root, index);
      extents.push({ top: r, bottom: r, left: c, right: c });
    }
    const extent = extents[index]!;
    extent.bottom = Math.max(extent.bottom, r);
    extent.left = Math.min(extent.left, c);
    extent.right = Math.max(extent.right, c);
    return index;
  });
  const cells: GridCell[] = extents.map(({ top, bottom, left, right }) => ({
    row: top,
    column: left,
    rowSpan: bottom - top + 1,
    columnSpan: right - left + 1,
    x0: columnEdges[left]!,
    y0: rowEdges[top]!,
    x1: columnEdges[right + 1]!,
    y1: rowEdges[bottom + 1]!,
  }));
  if (cells.length < 2) return undefined;
  return {
    x0: columnEdges[0]!,
    y0: rowEdges[0]!,
    x1: columnEdges[columns]!,
    y1: rowEdges[rows]!,
    rowEdges,
    columnEdges,
    cells,
    slots,
  };
}

const extent = (segments: Segment[]): [number, number] => [
  Math.min(...segments.map((s) => s.from)),
  Math.max(...segments.map((s) => s.to)),
];

/** Sorted values with those closer than SAME_LINE to the previous kept one folded into it (their mean). */
function distinctEdges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const edges: number[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) edges.push(group.reduce((sum, v) => sum + v, 0) / group.length);
    group = [];
  };
  for (const value of sorted) {
    if (group.length > 0 && value - group[0]! > SAME_LINE) flush();
    group.push(value);
  }
  flush();
  return edges;
}
