// Template parser: from the document model to the statutory cells, metadata and sections.
import type { SourceDocument } from '../../../shared/document';
import type { ExtractedReport, ExtraRow, Finding, TemplateVersion } from '../../../shared/report';
import { makeFinding } from '../findings';
import { templates, type TableDef } from '../template/definitions';
import { detectTemplate } from './detect-template';
import { readExtraRows } from './extra-rows';
import { parseMessages } from './messages';
import { readMetadata } from './metadata';
import { readAppeals } from './read-appeals';
import { readTable, type TableRegion } from './read-table';
import { markRecovered } from './recovered-cells';
import { recoverRunTogether, unflattenLines } from './run-together';
import { buildSections, findHeadings, untitledSectionNotes, type SectionHeading } from './sections';
import { tokenize, type Token } from './tokens';

/** First token at or after `from` whose normalised text matches. */
function firstToken(tokens: Token[], pattern: RegExp, from = 0, to = tokens.length): number | undefined {
  for (let i = from; i < to; i++) if (pattern.test(tokens[i]!.key) && tokens[i]!.key.length <= 60) return i;
  return undefined;
}

/** Token index where a line starts (or the end of the stream). */
function tokenAtLine(tokens: Token[], line: number): number {
  const found = tokens.findIndex((token) => token.line >= line);
  return found === -1 ? tokens.length : found;
}

/** Where each table stands: from its section heading (or its own markers) to the next table. */
function tableRegions(tokens: Token[], headings: SectionHeading[]): Record<TableDef['id'], TableRegion> {
  const headingAt = (n: number) => {
    const heading = headings.find((h) => h.number === n);
    return heading ? tokenAtLine(tokens, heading.line) : undefined;
  };
  const end = tokens.length;
  // The tables stand in the form's order: each is looked for after those found before it.
  const searchFrom = (...starts: number[]) => Math.max(0, ...starts.filter((start) => start !== end));
  const activeStart = headingAt(2) ?? firstToken(tokens, /第二十条/) ?? end;
  const requestsStart = headingAt(3) ?? firstToken(tokens, /申请人情况|本年新收/, searchFrom(activeStart)) ?? end;
  const appealsStart = headingAt(4) ?? firstToken(tokens, /结果维持|行政复议/, searchFrom(activeStart, requestsStart)) ?? end;
  const closing = headingAt(5) ?? end;
  // A table found out of order (a mention in sections 五 and 六 when the table is missing) gets an empty region.
  return {
    active: { start: activeStart, end: Math.min(requestsStart, appealsStart, closing) },
    requests: { start: requestsStart, end: Math.min(appealsStart, closing) },
    appeals: { start: appealsStart, end: closing },
  };
}

/** 2021 reports that kept the 2019 single （六）其他处理 row: say so, and keep the row's values. */
function singleOtherRow(tokens: Token[], region: TableRegion, table: TableDef): { finding: Finding; row: ExtraRow } | null {
  const index = firstToken(tokens, /^\(六\)其他处理$|^其他处理$/, region.start, region.end);
  if (index === undefined) return null;
  const old = templates['2019'].find((t) => t.id === 'requests')!;
  const otherRow = old.rows.find((row) => row.id === 'other')!;
  const reading = readTable(tokens, old, [otherRow], { start: index, end: region.end });
  const values = otherRow.columns.map((column) => reading.cells[`requests.other.${column.id}`]!.value);
  const subCells = table.rows.filter((row) => row.id.startsWith('other.')).flatMap((row) => row.columns.map((c) => `requests.${row.id}.${c.id}`));
  return {
    finding: makeFinding({ rule: 'structure.rows', severity: 'warning', message: parseMessages.singleOtherRow, cells: subCells, basis: parseMessages.singleOtherBasis }),
    row: { table: 'requests', label: '（六）其他处理', values, source: tokens[index]!.piece.source },
  };
}

export function parseReport(original: SourceDocument): ExtractedReport {
  // Text whose cells ran together: cut into lines, rows split by the form's arithmetic.
  const unflattened = unflattenLines(original);
  const metadata = readMetadata(unflattened);
  const flatTemplate = detectTemplate(tableTextOf(tokenize(unflattened)), metadata.year);
  const { document, rows: recovered } = recoverRunTogether(unflattened, flatTemplate);
  const tokens = tokenize(document);
  const headings = findHeadings(document);
  const sections = buildSections(document, headings);
  const text = document.lines.map((line) => line.cells.map((cell) => cell.text).join('\t')).join('\n');
  const tableText = tableTextOf(tokens);
  const template = detectTemplate(tableText, metadata.year);
  const base = { format: document.format, ...metadata, sections, text };
  const form = template ?? unmarkedForm(tableText, metadata.year);
  // Without tables the checks say which tables are missing (or that the year predates the formats).
  const notes = untitledSectionNotes(document, headings);
  if (!form) return { ...base, template: null, cells: {}, extraRows: [], findings: notes };
  const regions = tableRegions(tokens, headings);
  const [active, requests] = templates[form];
  const activeReading = readTable(tokens, active!, active!.rows, regions.active);
  const requestsReading = readTable(tokens, requests!, requests!.rows, regions.requests);
  const appealsReading = readAppeals(tokens, regions.appeals);
  const findings = [...notes, ...activeReading.findings, ...requestsReading.findings, ...appealsReading.findings];
  const extraRows = readExtraRows(tokens, regions.active, active!, activeReading.labels);
  if (form === '2021' && !requestsReading.labels.has('other.noCorrection') && !requestsReading.labels.has('other.unpaidFee')) {
    const single = singleOtherRow(tokens, regions.requests, requests!);
    if (single) {
      findings.push(single.finding);
      extraRows.push(single.row);
    }
  }
  const cells = { ...activeReading.cells, ...requestsReading.cells, ...appealsReading.cells };
  findings.push(...markRecovered(cells, recovered));
  return { ...base, template, cells, extraRows, findings };
}

/**
 * A part of table 三 with none of the rows that tell the formats apart (one page of a scan that ends
 * before them): its rows, common to both formats, are read in the format the checks assume for the
 * year (reports of 2018 and earlier have no statutory tables); the report's format stays unknown.
 */
function unmarkedForm(tableText: string, year: number | null): TemplateVersion | null {
  if (!/本年新收/.test(tableText) || (year !== null && year <= 2018)) return null;
  return year !== null && year <= 2020 ? '2019' : '2021';
}

const tableTextOf = (tokens: Token[]): string =>
  tokens.map((token) => token.key).filter((key) => key.length <= 60).join('|');
