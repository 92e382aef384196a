// Tables drawn without ruling lines (a portal's table whose borders the style sheet drew, printed to
// PDF; rules under the rows only): rows and columns rebuilt from where the figures sit. Figures
// standing at the same heights make a row; figures at the same x across rows make a column; the
// text left of the first column is the row labels, wrapped over as many lines as the column is
// narrow, each label given to the row whose figures it stands beside. A label beside no figures
// (a row left blank) is a row of its own, its cells visibly empty.

import { cellText, isSingleGlyph } from './cell-text';
import { FIGURE, isFigure, visualLines } from './line-builder';
import { centreX, centreY, unionBox, type Box, type TextRun } from './text-runs';

/** A rebuilt table: rows top to bottom, each cell's runs (none for an empty cell) and its box. */
export interface AlignedTable {
  box: Box;
  columnEdges: number[];
  rows: Array<Array<{ text: string; box: Box }>>;
}

/**
 * A heading that a table without rules ends at: a section of the report ("四、政府信息公开行政复议、行政诉讼情况";
 * the tables' numbered rows end otherwise), or one of table 二's small tables ("第二十条第（五）项", or its
 * header row "信息内容 …" where the heading was left out).
 */
const HEADING = /^\s*(?:[一二三四五六][、.．].{4,40}(?:情况|事项)\s*$|第二十条第|信息内容)/;
/** How a row label begins: 一、 / （一） / 1. (a group label may lose its closing bracket to a wrap). */
const ROW_START = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]?|\d+\s*[.、．](?!\d))/;
/** The runs' text as the patterns read it: Chromium's PDFs write 一 and 二 as the Kangxi radicals ⼀ and ⼆. */
const textOf = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('').normalize('NFKC');
const isHeading = (line: TextRun[]): boolean => !line.some(isFigure) && HEADING.test(textOf(line));
/** Whether the runs (a line, a block, one run) begin with a row label's number: 一、 / （一） / 1. */
const beginsRow = (runs: readonly TextRun[]): boolean => ROW_START.test(textOf(runs));
/** Figures of one column: centres this close (in font sizes) stand in the same column. */
const COLUMN_TOLERANCE = 0.9;
/** A table has rows of at least this many figures, or one row of this many (table 四). */
const MIN_ROW_FIGURES = 3;
const MIN_SINGLE_ROW_FIGURES = 5;
/** Label lines farther than this (font sizes) from every row of figures are not the table's. */
const LABEL_REACH = 3;

/** Runs holding several figures ("105 2020") split into one run per figure, boxes shared out by characters. */
function splitFigureRuns(runs: readonly TextRun[]): TextRun[] {
  return runs.flatMap((run) => {
    const parts = [...run.text.matchAll(/\S+/g)];
    if (parts.length < 2 || !parts.every((part) => FIGURE.test(part[0]))) return [run];
    const width = (run.x1 - run.x0) / run.text.length;
    return parts.map((part) => ({
      ...run,
      text: part[0],
      x0: run.x0 + part.index * width,
      x1: run.x0 + (part.index + part[0].length) * width,
    }));
  });
}

/** Gap (font sizes) under which a figure is part of the text beside it ("收到申请 256 件"). */
const INLINE_GAP = 1;

/** Whether the figure `line[i]` stands in running text: a word other than a figure touches it. */
function inProse(line: TextRun[], i: number, fontSize: number): boolean {
  const run = line[i]!;
  const before = line[i - 1];
  const after = line[i + 1];
  const touches = (other: TextRun | undefined, gap: number): boolean =>
    other !== undefined && !isFigure(other) && gap < INLINE_GAP * fontSize;
  return touches(before, run.x0 - (before?.x1 ?? 0)) || touches(after, (after?.x0 ?? 0) - run.x1);
}

/**
 * The figures that may be a table's: those standing apart from the words beside them, and those that touch a
 * label but stand in a column of the others, in a row of them ("行政规范性文件 2 | 5 | 5": a label column only
 * as wide as its longest label).
 */
function tableFigures(lines: TextRun[][], fontSize: number): TextRun[] {
  const apart: TextRun[] = [];
  const touching: TextRun[] = [];
  for (const line of lines)
    line.forEach((run, i) => {
      if (isFigure(run)) (inProse(line, i, fontSize) ? touching : apart).push(run);
    });
  const rows = figureBands(apart).filter((band) => band.figures.length >= 2);
  const centres = columnCentres(rows, fontSize);
  const inColumn = (run: TextRun): boolean =>
    rows.some((band) => centreY(run) >= band.y0 && centreY(run) <= band.y1) &&
    centres.some((x) => Math.abs(x - centreX(run)) <= COLUMN_TOLERANCE * fontSize);
  return [...apart, ...touching.filter(inColumn)];
}

interface Band extends Box {
  figures: TextRun[];
}

/** Figures at the same height: rows of figures, top to bottom. */
function figureBands(figures: TextRun[]): Band[] {
  const bands: Band[] = [];
  for (const figure of [...figures].sort((a, b) => centreY(a) - centreY(b))) {
    const band = bands[bands.length - 1];
    if (band && centreY(figure) <= band.y1 && centreY(figure) >= band.y0) {
      band.figures.push(figure);
      Object.assign(band, unionBox([band, figure]));
    } else bands.push({ ...unionBox([figure]), figures: [figure] });
  }
  for (const band of bands) band.figures.sort((a, b) => a.x0 - b.x0);
  return bands;
}

/** Column centres from the figures of the bands, left to right. */
function columnCentres(bands: Band[], fontSize: number): number[] {
  const centres = bands.flatMap((band) => band.figures.map(centreX)).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of centres) {
    const group = groups[groups.length - 1];
    if (group && x - group[group.length - 1]! <= COLUMN_TOLERANCE * fontSize) group.push(x);
    else groups.push([x]);
  }
  return groups.map((group) => group.reduce((sum, x) => sum + x, 0) / group.length);
}

const nearestIndex = (values: number[], x: number): number =>
  values.reduce((best, value, i) => (Math.abs(value - x) < Math.abs(values[best]! - x) ? i : best), 0);

/**
 * Groups of bands that form one table: bands whose figures fall in one set of columns, with no line of
 * running text across the columns between them (the columns of the rows above, or those of the row below:
 * a heading between table 三 and table 四, whose figures begin far further left), nor a heading.
 */
function tableBandGroups(bands: Band[], lines: TextRun[][], fontSize: number): Band[][] {
  const groups: Band[][] = [];
  let current: Band[] = [];
  const leftOf = (rows: Band[]): number => Math.min(...rows.map((b) => b.figures[0]!.x0));
  const crossesColumns = (line: TextRun[], left: number): boolean =>
    line.some((run) => !isFigure(run) && run.x0 < left && run.x1 > left + fontSize);
  for (const band of bands.filter((candidate) => candidate.figures.length >= 2)) {
    const previous = current[current.length - 1];
    const between = previous
      ? lines.some(
          (line) =>
            centreY(unionBox(line)) > previous.y1 &&
            centreY(unionBox(line)) < band.y0 &&
            (crossesColumns(line, leftOf(current)) || crossesColumns(line, leftOf([band])) || isHeading(line)),
        )
      : false;
    if (previous && between) {
      groups.push(current);
      current = [];
    }
    current.push(band);
  }
  if (current.length > 0) groups.push(current);
  return groups.filter(
    (group) =>
      (group.length >= 2 && group.some((band) => band.figures.length >= MIN_ROW_FIGURES)) ||
      group.some((band) => band.figures.length >= MIN_SINGLE_ROW_FIGURES),
  );
}

interface LabelBlock extends Box {
  column: number;
  runs: TextRun[];
}

/**
 * Label runs as blocks: per label column (by where labels begin), lines stacked until a new label begins, a
 * gap, or a line that stands level with another row's figures than the block does (规章 over 行政规范性文件).
 */
function labelBlocks(runs: TextRun[], fontSize: number, bands: Band[]): LabelBlock[] {
  const bandBeside = (box: Box): Band | undefined => bands.find((band) => centreY(band) >= box.y0 - 1 && centreY(band) <= box.y1 + 1);
  const columnOf = labelColumns(runs, fontSize);
  const blocks: LabelBlock[] = [];
  const byColumn = new Map<number, TextRun[]>();
  for (const run of runs) {
    const column = columnOf(run);
    const columnRuns = byColumn.get(column);
    if (columnRuns) columnRuns.push(run);
    else byColumn.set(column, [run]);
  }
  for (const [column, columnRuns] of byColumn) {
    let block: LabelBlock | undefined;
    for (const line of visualLines(columnRuns)) {
      const box = unionBox(line);
      const begins = beginsRow(line);
      const band = bandBeside(box);
      const otherRow = band !== undefined && block !== undefined && (bandBeside(block) ?? band) !== band;
      if (block && !begins && !otherRow && box.y0 - block.y1 <= 0.8 * fontSize) {
        block.runs.push(...line);
        Object.assign(block, unionBox([block, box]));
      } else blocks.push((block = { ...box, column, runs: [...line] }));
    }
  }
  return blocks;
}

/** Each label run's column, numbered left to right, by where row labels begin. */
function labelColumns(runs: TextRun[], fontSize: number): (run: TextRun) => number {
  const starts = [...new Set(runs.filter((run) => beginsRow([run])).map((run) => Math.round(run.x0)))].sort((a, b) => a - b);
  const merged: number[] = [];
  for (const x of starts) if (merged.length === 0 || x - merged[merged.length - 1]! > fontSize) merged.push(x);
  // A group label set vertically ("︵六︶其他处理", a glyph a line) left of where every row label begins: a
  // column of its own, or its glyphs would join the lines of the row labels beside them.
  const vertical = new Set(merged.length > 0 ? glyphStacks(runs, fontSize).filter((run) => run.x1 <= merged[0]! - 0.5 * fontSize) : []);
  const shift = vertical.size > 0 ? 1 : 0;
  const columnByStart = (run: TextRun): number => {
    if (vertical.has(run)) return 0;
    let column = 0;
    merged.forEach((x, i) => {
      if (run.x0 >= x - 2) column = i;
    });
    return column + shift;
  };
  // A row label split where the font changes ("7." "属于" "⾏" "政执法") stays in the column where it begins,
  // though a piece of it may reach another column's start.
  const columns = new Map<TextRun, number>();
  for (const line of visualLines(runs)) {
    let label: { column: number; x1: number } | undefined;
    for (const run of line) {
      const begins = beginsRow([run]);
      const continues = label !== undefined && !begins && run.x0 - label.x1 < 0.25 * fontSize;
      const column = continues ? label!.column : columnByStart(run);
      columns.set(run, column);
      label = continues || begins ? { column, x1: run.x1 } : undefined;
    }
  }
  return (run) => columns.get(run) ?? columnByStart(run);
}

/** Glyphs set one under another, as text set vertically is printed: 3 or more single characters at one x, touching. */
function glyphStacks(runs: TextRun[], fontSize: number): TextRun[] {
  const glyphs = runs.filter(isSingleGlyph).sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0);
  const stacks: TextRun[][] = [];
  for (const glyph of glyphs) {
    const stack = stacks[stacks.length - 1];
    const below = stack?.[stack.length - 1];
    if (below && Math.abs(glyph.x0 - below.x0) < 1 && glyph.y0 - below.y1 < 0.3 * fontSize) stack!.push(glyph);
    else stacks.push([glyph]);
  }
  return stacks.filter((stack) => stack.length >= 3).flat();
}

/** Finds the tables drawn without rules among `runs`; returns them and the runs they do not hold. */
export function alignedTables(runs: readonly TextRun[]): { tables: AlignedTable[]; rest: TextRun[] } {
  const pieces = splitFigureRuns(runs.filter((run) => !run.vertical));
  const fontSize = median(pieces.map((run) => run.fontSize)) || 10;
  const lines = visualLines(pieces);
  const bands = figureBands(tableFigures(lines, fontSize));
  const taken = new Set<TextRun>();
  const tables: AlignedTable[] = [];
  for (const group of tableBandGroups(bands, lines, fontSize)) {
    const table = buildTable(group, pieces, lines, fontSize, taken);
    if (table) tables.push(table);
  }
  return { tables, rest: [...runs.filter((run) => run.vertical), ...pieces.filter((run) => !run.vertical && !taken.has(run))] };
}

function buildTable(group: Band[], pieces: TextRun[], lines: TextRun[][], fontSize: number, taken: Set<TextRun>): AlignedTable | undefined {
  const centres = columnCentres(group, fontSize);
  const figures = group.flatMap((band) => band.figures);
  const columnLeft = Math.min(...figures.map((run) => run.x0));
  const first = group[0]!;
  const last = group[group.length - 1]!;
  // Lines running across the columns (prose, headings) and words over the columns (the header, page
  // numbers) bound the table: labels are looked for between them, within reach of the rows.
  // A heading bounds the table too, though it may stand all left of the figures.
  const headings = new Set(lines.filter(isHeading).flat());
  const bounds = pieces.filter(
    (run) =>
      !isFigure(run) &&
      (run.x1 > columnLeft + fontSize || taken.has(run) || headings.has(run)) &&
      (centreY(run) < first.y0 || centreY(run) > last.y1),
  );
  const top = Math.max(first.y0 - LABEL_REACH * fontSize, ...bounds.filter((run) => centreY(run) < first.y0).map((run) => run.y1));
  const bottom = Math.min(last.y1 + LABEL_REACH * fontSize, ...bounds.filter((run) => centreY(run) > last.y1).map((run) => run.y0));
  const reachTop = bounds.some((run) => centreY(run) < first.y0) ? top : Math.min(top, first.y0 - 12 * fontSize);
  // Labels: text left of the figures, within reach of the rows, not part of a line running across them.
  const labels = pieces.filter(
    (run) => !taken.has(run) && !isFigure(run) && run.x1 <= columnLeft + 0.5 * fontSize && centreY(run) >= reachTop && centreY(run) <= bottom,
  );
  const acrossColumns = new Set(
    lines
      .filter((line) => line.some((run) => !isFigure(run) && run.x0 < columnLeft && run.x1 > columnLeft + fontSize))
      .flat(),
  );
  const blocks = labelBlocks(labels.filter((run) => !acrossColumns.has(run)), fontSize, group);
  if (blocks.length === 0) return undefined;
  const labelColumns = Math.max(...blocks.map((block) => block.column)) + 1;

  // Rows: the bands, and label blocks beside no figures that begin a row and have no label to their right.
  const rows: Array<{ box: Box; band?: Band; blocks: LabelBlock[] }> = group.map((band) => ({ box: { ...band }, band, blocks: [] }));
  type Row = (typeof rows)[number];
  const beside = (block: Box): Row[] => rows.filter((row) => row.band && centreY(row.band) >= block.y0 - 1 && centreY(row.band) <= block.y1 + 1);
  const nearest = (candidates: Row[], block: Box): Row =>
    candidates.reduce((best, candidate) =>
      Math.abs(centreY(candidate.box) - centreY(block)) < Math.abs(centreY(best.box) - centreY(block)) ? candidate : best,
    );
  // One label cell wrapped back to its start ("（四）无法提供 1.本机关不掌握…信" over "息"): the first line's
  // tail begins like a row, so it stands in a column of its own, beside no figures. It is part of the line's
  // head, which reaches down to the figures, unless the head's row has a label of the tail's column.
  const wrappedHead = (tail: LabelBlock): LabelBlock | undefined => {
    const head = blocks.find(
      (other) =>
        other.column < tail.column &&
        Math.abs(other.y0 - tail.y0) < 0.3 * fontSize &&
        other.y1 > tail.y1 &&
        tail.x0 - other.x1 < fontSize &&
        beside(other).length > 0,
    );
    if (!head) return undefined;
    const row = nearest(beside(head), head);
    const rowHasColumn = blocks.some((other) => other.column === tail.column && other !== tail && beside(other).includes(row));
    return rowHasColumn ? undefined : head;
  };
  for (const block of blocks) {
    const overlapping = beside(block);
    const besideRight = blocks.some((other) => other.column > block.column && other.y0 < block.y1 && other.y1 > block.y0);
    // Above the first figures: a row cut by the page break continues here, or a blank row stands here.
    const above = block.y1 < first.y0;
    const ownRow = overlapping.length === 0 && !besideRight && (above || (beginsRow(block.runs) && block.y0 > first.y0));
    const head = ownRow && !above ? wrappedHead(block) : undefined;
    if (head) {
      head.runs.push(...block.runs);
      continue;
    }
    const row = ownRow
      ? rows[rows.push({ box: { ...block }, blocks: [] }) - 1]!
      : nearest(overlapping.length > 0 ? overlapping : rows, block);
    row.blocks.push(block);
  }
  rows.sort((a, b) => a.box.y0 - b.box.y0);
  for (const row of rows) row.box = unionBox([row.box, ...row.blocks]);

  const labelRight = Math.max(...blocks.map((block) => block.x1));
  const left = Math.min(...blocks.map((block) => block.x0));
  const half = (i: number): number =>
    i + 1 < centres.length ? (centres[i + 1]! - centres[i]!) / 2 : i > 0 ? (centres[i]! - centres[i - 1]!) / 2 : fontSize;
  const columnBoxes = centres.map((x, i) => ({ x0: i === 0 ? Math.min(columnLeft, x - half(i)) : x - half(i - 1), x1: x + half(i) }));
  const tableRows = rows.map((row) => {
    const labelCells = Array.from({ length: labelColumns }, (_, column) => {
      const runs = row.blocks.filter((block) => block.column === column).flatMap((block) => block.runs);
      const box = runs.length > 0 ? unionBox(runs) : { x0: left, y0: row.box.y0, x1: labelRight, y1: row.box.y1 };
      return { text: runs.length > 0 ? cellText(runs) : '', box };
    });
    const figureCells = columnBoxes.map((column, i) => {
      const runs = (row.band?.figures ?? []).filter((run) => nearestIndex(centres, centreX(run)) === i);
      const box = runs.length > 0 ? unionBox(runs) : { x0: column.x0, y0: row.box.y0, x1: column.x1, y1: row.box.y1 };
      return { text: runs.map((run) => run.text.trim()).join(''), box };
    });
    return [...labelCells, ...figureCells];
  });
  for (const run of [...figures, ...blocks.flatMap((block) => block.runs)]) taken.add(run);
  const box = unionBox(rows.map((row) => row.box).concat(figures));
  // Edges from the figure columns, which a continuation on the next page shares (its labels may not).
  const edges = [centres[0]! - half(0), ...centres.slice(1).map((x, i) => (x + centres[i]!) / 2), columnBoxes[columnBoxes.length - 1]!.x1];
  return { box, columnEdges: edges, rows: tableRows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
