import type { SourceDocument } from '../../../shared/document';
import type { ExtractedReport } from '../../../shared/report';

/** Reads the statutory tables, metadata and sections of a report out of its document model. */
export function parseReport(document: SourceDocument): ExtractedReport {
  // Placeholder until the template parser lands.
  return {
    format: document.format,
    agency: null,
    year: null,
    template: null,
    date: null,
    title: null,
    cells: {},
    extraRows: [],
    sections: [],
    text: document.lines.map((line) => line.cells.map((cell) => cell.text).join(' ')).join('\n'),
    findings: [],
  };
}
