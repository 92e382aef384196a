// Reads a text fixture through the real reader and parser.
import { readFileSync } from 'node:fs';
import { readText } from '../../../src/main/extract/text/read-text';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';

/**
 * A text fixture read once, parsed by `report()` in each test that asks for it: a mutation test's
 * mutant is active in tests only, not while they are collected.
 */
export async function textFileParser(path: string): Promise<{ report: () => ExtractedReport; text: string }> {
  const bytes = new Uint8Array(readFileSync(path));
  const read = await readText(bytes);
  if (!read.ok) throw new Error(read.message);
  return {
    report: () => parseReport(read.document),
    text: new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''),
  };
}

export async function parseTextFile(path: string): Promise<{ report: ExtractedReport; text: string }> {
  const { report, text } = await textFileParser(path);
  return { report: report(), text };
}

export const parseText = (text: string): Promise<ExtractedReport> =>
  parseBytes(new TextEncoder().encode(text));

async function parseBytes(bytes: Uint8Array): Promise<ExtractedReport> {
  const read = await readText(bytes);
  if (!read.ok) throw new Error(read.message);
  return parseReport(read.document);
}

export const cellValues = (report: ExtractedReport): Record<string, number | null> =>
  Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]));

/** The values of the cells whose ids start with `prefix` (a table, or a row), in the form's order. */
export const cellValuesUnder = (report: ExtractedReport, prefix: string): (number | null)[] =>
  Object.entries(report.cells)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, cell]) => cell.value);
