// The files the e2e tests import: the five seeds, the real PDFs, and a corrupt PDF made on the fly.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultOutDirs } from '../../fixtures/generator/generate';
import { realDir, seedsDir } from '../../shared-data';

export const seedFiles = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => path.join(seedsDir, name));

export const realPdfFiles = readdirSync(realDir)
  .filter((name) => name.endsWith('.pdf'))
  .sort()
  .map((name) => path.join(realDir, name));

/** Generated reports (made by the global setup): a PDF split over pages, a Word file, a portal page. */
export const generatedFiles = ['std-2021-split-vertical.pdf', 'std-2019-blank-cells.docx', 'std-2021-large.html'].map((name) =>
  path.join(defaultOutDirs.standard, name),
);

export const hongze2023Pdf = path.join(realDir, 'huaian-hongze-2023.pdf');

export const corruptFileName = '损坏的年报.pdf';

/** A file that claims to be a PDF but is not one. */
export function makeCorruptPdf(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nianbao-corrupt-'));
  const file = path.join(dir, corruptFileName);
  writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x5a), Buffer.from('\n%%EOF\n')]));
  return file;
}
