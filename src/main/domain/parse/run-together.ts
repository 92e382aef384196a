// Text whose table cells ran together (a portal's text copy, a PDF viewer's): "…申请数量230 000023"
// for 23│0│0│0│0│0│23, often the whole report on one line. The line is cut before each heading and
// row label; a row's run of digits is split into its cells by the form's own arithmetic (表三: each
// row's 总计 is the sum of the six applicant columns, （七）总计 = （一）..（六）, 一 + 二 = （七） + 四;
// 表四: each group's 总计 = the sum of its four results). A split that is the only one satisfying them
// is taken and marked 推断; where several remain, the cells stay blank and the candidates are named.
import type { DocumentLine, Provenance, SourceDocument, TextPiece } from '../../../shared/document';
import type { TemplateVersion } from '../../../shared/report';
import { templates, type RowDef } from '../template/definitions';

/** A row whose digits were split: the cells it gives, or the candidate splits when not unique. */
export interface RecoveredRow {
  table: 'active' | 'requests' | 'appeals';
  row: RowDef | 'appeals';
  /** Offsets of the row's run of digits in the text. */
  start: number;
  end: number;
  digits: string;
  /** The one split, or undefined when several remain (then `candidates`). */
  values?: number[];
  candidates: number[][];
}

/** Section headings with their canonical titles (cut before and after); the title line and its date line (cut after). */
const HEADING =
  /[一二三四五六]、(?:总体情况|主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|政府信息公开行政复议、行政诉讼情况|(?:政府信息公开工作)?存在的主要问题及(?:改进|整改)(?:情况|措施)|其他需要报告的事项)/g;
const TITLE_END = /年度报告(?=发布时间|来源|时间[:：]|根据|本报告|本年度)|(?:发布时间|发布日期)[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/g;
const ROW_LABEL =
  /(?:第二十条第|信息内容|(?:规章|(?:行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)(?=\s*[-\d０-９－])|一、本年新收|二、上年结转|三、本年度办理结果|四、结转下年度|[（(][一二三四五六七]?[）)](?=\s*(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计))|[1-8][.．、](?=\s*(?:属?于|其他法律|危及|[“"]?三安全|保?护第三方|本机关不掌握|没有现成|补正后|信访|重复申请|要?求提供|无正当理由|要?求行政机关|申请人|其他\s*\d)))/g;
/** Word-conversion debris ("[bookmark: _GoBack]") and the signature at the very end (body, then date). */
const APART = /(?:\[bookmark: [^\]]*\])+|(?<=[。！；]\s*)[^。！；，、\d\s]{2,40}?(?=\s*\d{4}年\d{1,2}月\d{1,2}日\s*$)/g;
/** A line this long holding a row label is a flattened report (or section) rather than one row. */
const MIN_FLATTENED_LINE = 160;

/** A piece of a text document (its source: offsets into the text). */
type TextLinePiece = TextPiece & { source: Extract<Provenance, { kind: 'text' }> };
const isTextPiece = (piece: TextPiece | undefined): piece is TextLinePiece => piece?.source.kind === 'text';

/** Cuts flattened lines of a text document before each heading and row label. */
export function unflattenLines(document: SourceDocument): SourceDocument {
  const lines = document.lines.flatMap((line): DocumentLine[] => {
    const piece = line.cells[0];
    if (line.cells.length !== 1 || !isTextPiece(piece) || piece.text.length < MIN_FLATTENED_LINE) return [line];
    const cuts = new Set<number>([0]);
    for (const pattern of [HEADING, ROW_LABEL, TITLE_END, APART]) {
      for (const match of piece.text.matchAll(pattern)) {
        if (pattern !== TITLE_END) cuts.add(match.index);
        if (pattern !== ROW_LABEL) cuts.add(match.index + match[0].length);
      }
    }
    if (cuts.size < 3) return [line];
    // In table 二 (one figure a cell) a row ends where its last figure meets the next label (a space between or not).
    // Table 三's start is looked for after table 二's: 总体情况 often speaks of 本年新收 applications.
    const table2 = piece.text.search(/第二十条第/);
    if (table2 >= 0) {
      const table = piece.text.slice(table2).split(/本年新收|收到和处理政府信息公开申请情况/, 1)[0]!;
      for (const match of table.matchAll(/[\d０-９](?=\s*[\u4e00-\u9fa5])(?!\s*(?:万元|元))/g)) cuts.add(table2 + match.index + 1);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted
      .map((from, i) => slice(piece, from, sorted[i + 1] ?? piece.text.length))
      .filter((part) => part.text.trim() !== '')
      .map((part) => ({ cells: [part] }));
  });
  return { ...document, lines };
}

function slice(piece: TextLinePiece, from: number, to: number): TextLinePiece {
  const start = piece.source.start + from;
  return { text: piece.text.slice(from, to), source: { kind: 'text', start, end: start + (to - from) } };
}

/** "…数量230 000023": a label, then digits (spaces between some of them) to the end of the line; "2317.7万元" ends in an amount. */
const RUN = /^(.*?[^\d\s.+\-－−])\s*(\d[\d\s]*\d|\d)(\.\d+)?\s*(万元)?\s*$/;
const MAX_SOLUTIONS = 50;
const MAX_STEPS = 200_000;
const MAX_FIGURE_DIGITS = 15;

/**
 * All ways to cut `digits` into `count` whole numbers (no leading zeros) that satisfy `accept`;
 * `prune` rejects a beginning early (a group of table 四 whose total does not add up).
 */
function splits(digits: string, count: number, accept: (values: number[]) => boolean, prune = (_: number[]) => true): number[][] {
  const found: number[][] = [];
  const values: number[] = [];
  let steps = 0;
  const walk = (at: number): void => {
    if (found.length >= MAX_SOLUTIONS || ++steps > MAX_STEPS || !prune(values)) return;
    if (values.length === count) {
      if (at === digits.length && accept(values)) found.push([...values]);
      return;
    }
    const left = count - values.length;
    for (let end = at + 1; end <= digits.length - (left - 1); end++) {
      // No figure starts with 0, and none is longer than a double holds exactly (sums must be exact).
      if ((digits[at] === '0' && end > at + 1) || end - at > MAX_FIGURE_DIGITS) break;
      values.push(Number(digits.slice(at, end)));
      walk(end);
      values.pop();
    }
  };
  walk(0);
  return found;
}

interface RowRun {
  line: number;
  row: RowDef;
  piece: TextLinePiece;
  labelEnd: number;
  digits: string;
  digitsFrom: number;
  /** The decimals of an amount in the last column (万元). */
  fraction: string;
  /** The figures, when spaces already separate one a column: nothing to split. */
  given?: number[];
}

/**
 * Rows of `tableId` (in the form's order, from the line holding `from` up to the next one holding `to`: by default
 * table 四's header, whose 总计 row is not table 三's) whose cells ran together into fewer figures than columns.
 */
function tableRuns(document: SourceDocument, template: TemplateVersion, tableId: 'active' | 'requests', from: string, to = '结果维持'): RowRun[] {
  const rows = templates[template].find((table) => table.id === tableId)!.rows;
  const runs: RowRun[] = [];
  let next = 0;
  const holding = (text: string) => (line: DocumentLine) => line.cells.some((cell) => cell.text.includes(text));
  const first = document.lines.findIndex(holding(from));
  const last = document.lines.findIndex((line, index) => index > first && holding(to)(line));
  document.lines.forEach((line, index) => {
    const piece = line.cells[0];
    if (first < 0 || index < first || (last > first && index >= last)) return;
    if (line.cells.length !== 1 || !isTextPiece(piece)) return;
    const match = RUN.exec(piece.text);
    if (!match) return;
    const label = match[1]!.replace(/\s/g, '');
    const matches = (row: RowDef): boolean =>
      row.id === 'other.other' ? /^(?:3[.、．]?)?其他$/.test(label) : row.id === 'total' ? /^(?:[(（]七[)）])?总计$/.test(label) : row.keys.some((key) => label.includes(key));
    const at = rows.findIndex((row, i) => i >= next && matches(row) && label.length <= 70);
    if (at < 0) return;
    next = at + 1;
    const groups = match[2]!.split(/\s+/);
    const fraction = match[3] ?? '';
    if (groups.length > rows[at]!.columns.length || ((fraction || match[4]) && !rows[at]!.columns.at(-1)!.money)) return;
    const given = groups.length === rows[at]!.columns.length ? withFraction(groups.map(Number), fraction) : undefined;
    runs.push({ line: index, row: rows[at]!, piece, labelEnd: match[1]!.length, digits: groups.join(''), digitsFrom: piece.text.indexOf(match[2]!, match[1]!.length), fraction, given });
  });
  return runs;
}

/** The amount's decimals go to the last figure. */
const withFraction = (values: number[], fraction: string): number[] =>
  fraction ? [...values.slice(0, -1), Number(`${values.at(-1)}${fraction}`)] : values;

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const rowSumHolds = (values: number[]): boolean => values[6] === sum(values.slice(0, 6));

/** Three rows with the most splits each (50³ combinations) are still solved together; beyond, each row alone. */
const MAX_COMBINATIONS = 125_000;
const ZEROS = [0, 0, 0, 0, 0, 0, 0];

/**
 * The splits of table 三's run-together rows that satisfy the form's arithmetic together. Rows whose
 * candidates all agree are recovered; the others keep their candidates.
 */
function solveRequests(runs: RowRun[]): Map<RowRun, number[][]> {
  const options = new Map(runs.map((run) => [run, run.given ? [run.given] : splits(run.digits, 7, rowSumHolds)] as const));
  // More combinations than can be tried: each row is split by its own 总计 alone, as when none satisfies the sums.
  if (runs.reduce((count, run) => count * options.get(run)!.length, 1) > MAX_COMBINATIONS) return options;
  // A row that is not among the runs was written without figures (blank): it adds nothing to the sums.
  const results = runs.map((run) => run.row.id).filter((id) => !['new', 'carriedOver', 'total', 'carriedForward'].includes(id));
  const chosen = new Map<string, number[]>();
  const agreeing = new Map<RowRun, Set<string>>();
  const holds = (): boolean => {
    const value = (id: string, c: number): number => (chosen.get(id) ?? ZEROS)[c]!;
    for (let c = 0; c < 7; c++) {
      if (value('new', c) + value('carriedOver', c) !== value('total', c) + value('carriedForward', c)) return false;
      if (value('total', c) !== sum(results.map((id) => value(id, c)))) return false;
    }
    return true;
  };
  const walk = (k: number): void => {
    if (k === runs.length) {
      if (!holds()) return;
      for (const run of runs) {
        const seen = agreeing.get(run) ?? new Set<string>();
        seen.add(chosen.get(run.row.id)!.join(','));
        agreeing.set(run, seen);
      }
      return;
    }
    for (const values of options.get(runs[k]!)!) {
      chosen.set(runs[k]!.row.id, values);
      walk(k + 1);
    }
  };
  walk(0);
  // No split satisfies the relations between rows (real reports get a 总计 wrong): each row is split by
  // its own 总计 alone, and the checks then report the sums that do not hold.
  if (agreeing.size === 0) return options;
  return new Map(runs.map((run) => [run, options.get(run)!.filter((values) => agreeing.get(run)!.has(values.join(',')))]));
}

export interface RunTogetherResult {
  document: SourceDocument;
  rows: RecoveredRow[];
}

/** Splits the run-together rows of tables 三 and 四 and writes them back as rows of cells. */
export function recoverRunTogether(document: SourceDocument, template: TemplateVersion | null): RunTogetherResult {
  if (!template) return { document, rows: [] };
  const runs = tableRuns(document, template, 'requests', '本年新收');
  const solved = solveRequests(runs);
  // Table 二 has no sums: a run is split only where its digits allow one split (no figure starts with 0).
  const activeRuns = tableRuns(document, template, 'active', '第二十条第', '本年新收');
  const rows: RecoveredRow[] = [];
  const replaced = new Map<number, DocumentLine>();
  const recover = (run: RowRun, table: 'active' | 'requests', candidates: number[][]): void => {
    if (run.given) return void replaced.set(run.line, givenLine(run.piece, run.labelEnd, run.digitsFrom));
    const start = run.piece.source.start + run.digitsFrom;
    const recovered: RecoveredRow = { table, row: run.row, start, end: start + run.digits.length, digits: run.digits, candidates };
    if (candidates.length === 1) recovered.values = candidates[0];
    rows.push(recovered);
    replaced.set(run.line, rowLine(run.piece, run.labelEnd, recovered.values, run.row.columns.length, start));
  };
  for (const run of activeRuns) recover(run, 'active', splits(run.digits, run.row.columns.length, () => true).map((values) => withFraction(values, run.fraction)));
  for (const run of runs) recover(run, 'requests', solved.get(run)!);
  const appeals = appealsRun(document);
  if (appeals) {
    if (appeals.row) rows.push(appeals.row);
    replaced.set(appeals.line, appeals.cells);
  }
  const lines = document.lines.map((line, index) => replaced.get(index) ?? line);
  return { document: { ...document, lines }, rows };
}

/** The row as cells: its label, then one cell per column holding the recovered figure (or nothing). */
function rowLine(piece: TextLinePiece, labelEnd: number, values: number[] | undefined, columns: number, digitsStart: number): DocumentLine {
  const label = slice(piece, 0, labelEnd);
  const source = { kind: 'text' as const, start: digitsStart, end: digitsStart + 1 };
  const cells = Array.from({ length: columns }, (_, i) => ({ text: values ? String(values[i]) : '', source }));
  return { cells: [label, ...cells], table: { index: -1, row: 0 } };
}

/** A row whose figures are separated (by spaces) but touch their label: the label, then one cell a figure. */
function givenLine(piece: TextLinePiece, labelEnd: number, digitsFrom: number): DocumentLine {
  const figures = [...piece.text.slice(digitsFrom).matchAll(/\d+(?:\.\d+)?(?:\s*万元)?/g)];
  return { cells: [slice(piece, 0, labelEnd), ...figures.map((figure) => slice(piece, digitsFrom + figure.index, digitsFrom + figure.index + figure[0].length))], table: { index: -1, row: 0 } };
}

/**
 * Table 四's row of 15 figures run together after its header: split group by group (总计 = the four results).
 * Its 15 figures kept apart but touching the header are given as they are (`row` then undefined).
 */
function appealsRun(document: SourceDocument): { line: number; cells: DocumentLine; row?: RecoveredRow } | undefined {
  for (let index = 0; index < document.lines.length; index++) {
    const line = document.lines[index]!;
    const piece = line.cells[0];
    if (line.cells.length !== 1 || !isTextPiece(piece)) continue;
    const match = /^(.*(?:总计|尚未审结))\s*(\d[\d\s]*\d)\s*$/.exec(piece.text);
    // The header is on the same line, or above it one cell a line (a viewer's copy of a table).
    const header = document.lines.slice(Math.max(0, index - 20), index + 1).some((above) => above.cells.some((cell) => cell.text.includes('结果维持')));
    if (!match || !header) continue;
    const groups = match[2]!.split(/\s+/);
    const labelEnd = match[1]!.length;
    const digitsFrom = piece.text.indexOf(match[2]!, labelEnd);
    if (groups.length > 15) continue;
    if (groups.length === 15) return { line: index, cells: givenLine(piece, labelEnd, digitsFrom) };
    const digits = groups.join('');
    const group = (values: number[]): boolean =>
      [0, 5, 10].every((at) => values.length < at + 5 || values[at + 4] === sum(values.slice(at, at + 4)));
    const candidates = splits(digits, 15, group, group);
    const start = piece.source.start + digitsFrom;
    const row: RecoveredRow = { table: 'appeals', row: 'appeals', start, end: start + digits.length, digits, candidates };
    if (candidates.length === 1) row.values = candidates[0];
    return { line: index, cells: rowLine(piece, labelEnd, row.values, 15, start), row };
  }
  return undefined;
}
