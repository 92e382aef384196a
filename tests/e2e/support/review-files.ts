// Files made on the fly for the review tests: a seed saved again with other bytes, a report with a stray
// year, a long PDF that takes a while to read, and files under names no file system allows.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedFiles } from './files';

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'nianbao-review-'));

export const seedText = (index: number): string => readFileSync(seedFiles[index] as string, 'utf8');

/** Writes `content` under `name` in a fresh temporary folder. */
export function fileWith(name: string, content: string | Buffer): string {
  const file = path.join(scratch(), name);
  writeFileSync(file, content);
  return file;
}

/** The same text with Windows line ends: other bytes, the same report. */
export const withCrlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

/** The same text as UTF-16 with a byte order mark, as some editors save it. */
export const asUtf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/**
 * A PDF of `pages` pages of plain text (one shared page content), written by hand: large enough that
 * reading it takes a while, so that the test can watch its page progress and stop it.
 */
export function longPdf(pages: number, linesPerPage = 48): Buffer {
  const lines = Array.from({ length: linesPerPage }, (_, index) => `(Line ${index + 1} of a long annual report page, kept for the import test) Tj 0 -15 Td`);
  const content = `BT /F1 11 Tf 56 790 Td ${lines.join(' ')} ET`;
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, index) => 5 + index);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  objects[4] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  for (const id of pageIds)
    objects[id] = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = body.length;
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
