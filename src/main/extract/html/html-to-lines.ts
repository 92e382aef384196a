// Walks parsed HTML in reading order and produces document lines: block elements and
// <br>-separated runs become one-cell lines, data tables one line per row (html-table.ts).
// Shared by the HTML reader and the DOCX reader (mammoth's HTML).

import { NodeType, type HTMLElement } from 'node-html-parser';
import type { DocumentLine } from '../../../shared/document';
import { isLayoutTable, tableLines, tableRows, tagOf } from './html-table';

/** Options for node-html-parser: script/style/noscript bodies are raw text and dropped. */
export const HTML_PARSE_OPTIONS = {
  lowerCaseTagName: false,
  comment: false,
  blockTextElements: { script: false, style: false, noscript: false, template: false },
} as const;

const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li ' +
    'main menu nav ol p pre section summary td th tr ul'
  ).split(' '),
);
/** Never rendered as text by a browser (or rendered as a widget); left out. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'head',
  'title',
  'template',
  'select',
  'iframe',
  'object',
]);
/** HTML whitespace, collapsed as browsers do; NBSP and U+3000 are content and stay. */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const EDGE_HTML_SPACE = /^[ \t\n\r\f]+|[ \t\n\r\f]+$/g;

/** A Word tab after the paragraph's first text (several typed for alignment count as one). */
const WORD_TAB = /(?<=\S[^\t]*)\t+/;

/** Collects text runs into lines; a run ends at a block boundary or a <br>. */
class LineBuilder {
  readonly lines: DocumentLine[] = [];
  private parts: string[] = [];
  private path = '';
  private preformatted = false;

  /**
   * In paragraph mode whitespace-only lines (NBSP, U+3000 included) are noise; in a cell they are its content.
   * `tabsSeparateCells`: the HTML is a Word document's, where a tab is one the author typed (a table typed as
   * paragraphs: "（二）部分公开（区分处理的，…）⇥5⇥1⇥0"), not the page's source layout.
   */
  constructor(
    private readonly keepBlankLines: boolean,
    private readonly tabsSeparateCells = false,
  ) {}

  add(text: string, path: string, preformatted: boolean): void {
    if (this.parts.length === 0) this.path = path;
    this.parts.push(text);
    this.preformatted ||= preformatted;
  }

  flush(): void {
    const joined = this.parts.join('');
    const pieces = this.tabsSeparateCells && !this.preformatted ? joined.split(WORD_TAB) : [joined];
    const texts = pieces
      .map((piece) =>
        this.preformatted ? piece : piece.replace(HTML_SPACE, ' ').replace(EDGE_HTML_SPACE, ''),
      )
      .filter((text, i, all) => all.length === 1 || text.length > 0);
    const all = texts.join('');
    const keep = this.keepBlankLines ? all.length > 0 : /\S/.test(all);
    const source = { kind: 'element', path: this.path } as const;
    if (keep) this.lines.push({ cells: texts.map((text) => ({ text, source })) });
    this.parts = [];
    this.preformatted = false;
  }
}

interface WalkState {
  out: LineBuilder;
  tableCount: { next: number };
}

/**
 * Lines of everything under `root`, whose own path is `rootPath` (e.g. "body"). `wordTabs`: the HTML is a Word
 * document's, whose tabs outside tables separate a paragraph's cells.
 */
export function htmlToLines(root: HTMLElement, rootPath = 'body', wordTabs = false): DocumentLine[] {
  const state: WalkState = { out: new LineBuilder(false, wordTabs), tableCount: { next: 0 } };
  walkChildren(root, rootPath, rootPath, false, state);
  state.out.flush();
  return state.out.lines;
}

/** The text of one table cell: its block lines joined with "\n", nothing trimmed but HTML whitespace. */
function cellText(cell: HTMLElement, cellPath: string, tableCount: { next: number }): string {
  const state: WalkState = { out: new LineBuilder(true), tableCount };
  walkChildren(cell, cellPath, cellPath, false, state);
  state.out.flush();
  return state.out.lines.map((line) => line.cells[0]?.text ?? '').join('\n');
}

function walkChildren(
  element: HTMLElement,
  path: string,
  blockPath: string,
  preformatted: boolean,
  state: WalkState,
): void {
  const counts = new Map<string, number>();
  for (const child of element.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      addText(child.text, blockPath, preformatted, state.out);
      continue;
    }
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const node = child as HTMLElement;
    const tag = tagOf(node);
    const n = (counts.get(tag) ?? 0) + 1;
    counts.set(tag, n);
    const childPath = `${path}/${tag}[${n}]`;
    if (isHidden(node, tag)) continue;
    if (tag === 'br') {
      state.out.flush();
    } else if (tag === 'table') {
      state.out.flush();
      walkTable(node, childPath, preformatted, state);
    } else if (BLOCK_TAGS.has(tag)) {
      state.out.flush();
      walkChildren(node, childPath, childPath, preformatted || tag === 'pre', state);
      state.out.flush();
    } else {
      walkChildren(node, childPath, blockPath, preformatted, state);
    }
  }
}

/** Data tables become rows; layout tables are flattened, each cell read as a block. */
function walkTable(table: HTMLElement, tablePath: string, preformatted: boolean, state: WalkState): void {
  const caption = table.children.find((child) => tagOf(child) === 'caption');
  if (caption) {
    walkChildren(caption, `${tablePath}/caption[1]`, `${tablePath}/caption[1]`, preformatted, state);
    state.out.flush();
  }
  const rows = tableRows(table, tablePath);
  if (isLayoutTable(rows)) {
    for (const cell of rows.flatMap((row) => row.cells)) {
      walkChildren(cell.element, cell.path, cell.path, preformatted, state);
      state.out.flush();
    }
    return;
  }
  const index = state.tableCount.next++;
  const paths = new Map(rows.flatMap((row) => row.cells.map((cell) => [cell.element, cell.path] as const)));
  const lines = tableLines(rows, index, (cell) =>
    cellText(cell, paths.get(cell) ?? tablePath, state.tableCount),
  );
  state.out.lines.push(...lines);
}

function addText(text: string, path: string, preformatted: boolean, out: LineBuilder): void {
  if (!preformatted) {
    out.add(text, path, false);
    return;
  }
  // In <pre>, line breaks in the source are line breaks on screen.
  const segments = text.split(/\r\n|\n|\r/);
  segments.forEach((segment, i) => {
    if (i > 0) out.flush();
    out.add(segment, path, true);
  });
}

function isHidden(element: HTMLElement, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.getAttribute('hidden') !== undefined) return true;
  const style = element.getAttribute('style');
  return style !== undefined && /display\s*:\s*none/i.test(style);
}
