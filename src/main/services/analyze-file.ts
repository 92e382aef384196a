import type { SourceDocument } from '../../shared/document';
import type { ExtractedReport, Finding } from '../../shared/report';
import { checkReport } from '../domain/checks/index';
import { parseReport } from '../domain/parse/parse-report';
import { readDocument } from '../extract/read-document';
import type { ReadOptions } from '../extract/read-result';

export type Analysis =
  | { ok: true; document: SourceDocument; report: ExtractedReport; findings: Finding[] }
  | { ok: false; code: string; error: string };

/** Reads, parses and checks one file. Never throws for bad input: the error names the file and the problem. */
export async function analyzeFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Analysis> {
  const read = await readDocument(fileName, bytes, options);
  if (!read.ok) return { ok: false, code: read.code, error: `${fileName}：${read.message}` };
  const report = parseReport(read.document);
  const findings = [...report.findings, ...checkReport(report)];
  return { ok: true, document: read.document, report, findings };
}
