// Reads exported files back with real readers: the Word body through its XML, Excel through exceljs,
// CSV through csv-parse. What the tests see is what a reviewer's Word, Excel or text editor would show.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const entities: Record<string, string> = {
  '&quot;': '"',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&apos;': "'",
};

/** The Word body's visible text, one paragraph a line, and its raw XML. */
export async function docxText(buffer: Buffer): Promise<{ xml: string; text: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  const text = xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    )
    .join('\n')
    .replace(/&(quot|amp|lt|gt|apos);/g, (entity) => entities[entity] ?? entity);
  return { xml, text };
}

export async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`sheet ${name} missing`);
  return found;
}

/** A list sheet as records keyed by its header row. */
export function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const records: Record<string, unknown>[] = [];
  for (let index = 2; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    records.push(
      Object.fromEntries(headers.map((header, column) => [header, row.getCell(column + 1).value ?? null])),
    );
  }
  return records;
}

/** CSV as records keyed by the header row; the byte order mark is checked and dropped. */
export function csvRecords(buffer: Buffer): Record<string, string>[] {
  const text = buffer.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('CSV without byte order mark');
  return parse(text.slice(1), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** The rows of the Markdown table under a heading, as records keyed by its header row. */
export function markdownTable(markdown: string, heading: string, occurrence = 0): Record<string, string>[] {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = markdown.indexOf(`${heading}\n`, start + 1);
    if (start < 0) throw new Error(`heading ${heading} missing`);
  }
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((value) => value.replace(/\\\|/g, '|').replace(/<br>/g, '\n').replace(/\\\\/g, '\\')),
    );
  }
  const [headers = [], , ...body] = rows;
  return body.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? ''])));
}
