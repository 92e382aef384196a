// What extraction and checks produce for one report file.
import type { Provenance, SourceFormat } from './document';

/** Which national format the tables follow. */
export type TemplateVersion = '2019' | '2021';

/** A cell id as in the domain spec, e.g. "requests.new.natural", "active.rules.inForce". */
export type CellId = string;

/** The value read from a cell: a number, or null for a blank cell. */
export type CellValue = number | null;

/**
 * How a value was obtained when it was not plainly read off the original. A reviewer sees the mark
 * beside the cell; checks never treat an unreadable cell as blank.
 */
export type CellReading =
  /** Recovered from the form's arithmetic where the separators between figures were lost (推断). */
  | { kind: 'inferred'; note: string }
  /** Read by OCR, with its confidence (0–1); `uncertain` marks it 识别存疑 for the reviewer to settle. */
  | { kind: 'ocr'; confidence: number; uncertain: boolean }
  /** The cell's place is known but its content could not be read (无法识别): never reported as blank. */
  | { kind: 'unreadable'; note: string };

export interface ExtractedCell {
  value: CellValue;
  /** The text as written in the original ("317.7 万元", "-", "\u3000\u30000"); empty when nothing was found. */
  raw: string;
  /** Where it stands in the original; absent when the cell could not be located at all. */
  source?: Provenance;
  /** Absent for a value read plainly off the original. */
  reading?: CellReading;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable id: report + rule + cells, so that annotations survive a re-check. */
  id: string;
  /** Stable rule id, e.g. "requests.balance", "cells.blank", "structure.row". */
  rule: string;
  severity: Severity;
  /** Chinese message a reviewer understands without the manual. */
  message: string;
  /** The cell ids involved. */
  cells: CellId[];
  /** The formula with numbers filled in, when the finding is arithmetic. */
  formula?: string;
  /** Excerpt of the report text, for text findings. */
  excerpt?: string;
  /** Where the excerpt stands in the original. */
  excerptSource?: Provenance;
  /** The article of the 条例 or the note of the form the finding rests on. */
  basis?: string;
}

/** A section heading found in the text (一 … 六). */
export interface SectionInfo {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  /** The section's text (heading excluded), for text checks. */
  text: string;
  source?: Provenance;
}

export interface ExtraRow {
  table: 'active' | 'requests' | 'appeals';
  label: string;
  values: CellValue[];
  source?: Provenance;
}

/** Everything read from one report: metadata, cells with provenance, and structural problems. */
export interface ExtractedReport {
  format: SourceFormat;
  agency: string | null;
  year: number | null;
  template: TemplateVersion | null;
  /** YYYY-MM-DD: the page's publication date (发布时间, 时间：…) when given, else the date under the signature. */
  date: string | null;
  /** YYYY-MM-DD: the date signed under the report (or its 成文日期), kept apart from the publication date. */
  signedDate?: string | null;
  /** The report's title line, as written. */
  title: string | null;
  cells: Record<CellId, ExtractedCell>;
  extraRows: ExtraRow[];
  sections: SectionInfo[];
  /** Whole plain text of the report, for text checks. */
  text: string;
  /** Problems found while parsing (rule ids "structure.*", "cells.blank", …). */
  findings: Finding[];
}
