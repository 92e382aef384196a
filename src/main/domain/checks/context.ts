// What every check reads: the report, the format its cells follow, and the state of each cell
// under the parser's contract (absent or without source = missing; source and null = blank;
// listed in a parser 'structure.unplaced' finding, or marked 无法识别 by the reader = unreadable).
import type { Provenance } from '../../../shared/document';
import type { CellId, ExtractedReport, TemplateVersion } from '../../../shared/report';
import type { Equation } from './arithmetic';
import { findMisreads, type Misread } from './misreads';
import { scanOf, type Scan } from './text/scan';
import {
  cellId,
  cellPlace,
  templates,
  type RowDef,
  type TableDef,
  type TableId,
} from '../template/definitions';

export type CellState =
  | { kind: 'value'; value: number }
  | { kind: 'blank'; raw: string }
  | { kind: 'missing' }
  | { kind: 'unplaced' };

export interface CheckContext {
  report: ExtractedReport;
  /** The format the cells are read in: the parser's, else the one due for the year. */
  template: TemplateVersion;
  year: number | null;
  state(id: CellId): CellState;
  /** The cell's number, or undefined when it could not be read. */
  value(id: CellId): number | undefined;
  /** The cell's place in the form's own words. */
  place(id: CellId): string;
  table(id: TableId): TableDef;
  /** True when at least one cell of the table was found in the document. */
  tablePresent(id: TableId): boolean;
  /** Cells some parser finding already talks about: not reported again by structure/blank checks. */
  parserCells: ReadonlySet<CellId>;
  /** The OCR confidence (0–1) of a cell read from a picture of the page; undefined for any other cell. */
  ocrConfidence(id: CellId): number | undefined;
  /** OCR-read cells the table's broken sums point at as misread (computed once). */
  misreads(): ReadonlyMap<CellId, Misread>;
  /**
   * `scanOf(text, source)` of the prose of `owner` (a section, or the report for its whole text), made once
   * for all the rules of this check run.
   */
  scan(owner: object, text: string, source?: Provenance): Scan;
}

export const UNPLACED_RULE = 'structure.unplaced';

/** The format the checks read the report in. */
export function templateOf(report: ExtractedReport): TemplateVersion {
  if (report.template) return report.template;
  return report.year !== null && report.year <= 2020 ? '2019' : '2021';
}

export const rowCellIds = (table: TableId, row: RowDef): CellId[] =>
  row.columns.map((column) => cellId(table, row.id, column.id));

/** `sumEquations`: every sum the form's figures must satisfy, from which misreads are found. */
export function makeContext(
  report: ExtractedReport,
  sumEquations: (context: CheckContext) => Equation[],
): CheckContext {
  const template = templateOf(report);
  const unplaced = new Set<CellId>();
  const parserCells = new Set<CellId>();
  for (const finding of report.findings) {
    for (const id of finding.cells) {
      parserCells.add(id);
      if (finding.rule === UNPLACED_RULE) unplaced.add(id);
    }
  }
  const state = (id: CellId): CellState => {
    const cell = report.cells[id];
    if (unplaced.has(id) || cell?.reading?.kind === 'unreadable') return { kind: 'unplaced' };
    if (!cell || !cell.source) return { kind: 'missing' };
    if (cell.value === null || !Number.isFinite(cell.value)) return { kind: 'blank', raw: cell.raw };
    return { kind: 'value', value: cell.value };
  };
  // Both formats have all three tables.
  const tableOf = (id: TableId): TableDef => templates[template].find((table) => table.id === id)!;
  let misreads: ReadonlyMap<CellId, Misread> | undefined;
  const scans = new Map<object, Scan>();
  const context: CheckContext = {
    report,
    template,
    year: report.year,
    state,
    value: (id) => {
      const current = state(id);
      return current.kind === 'value' ? current.value : undefined;
    },
    place: (id) => cellPlace(template, id),
    table: tableOf,
    tablePresent: (id) =>
      tableOf(id).rows.some((row) =>
        rowCellIds(id, row).some((cell) => report.cells[cell]?.source !== undefined),
      ),
    parserCells,
    ocrConfidence: (id) => {
      const reading = report.cells[id]?.reading;
      return reading?.kind === 'ocr' ? reading.confidence : undefined;
    },
    misreads: () => (misreads ??= findMisreads(context, sumEquations(context))),
    scan: (owner, text, source) => {
      const known = scans.get(owner);
      if (known && known.original === text && known.source === source) return known;
      const scan = scanOf(text, source);
      scans.set(owner, scan);
      return scan;
    },
  };
  return context;
}
