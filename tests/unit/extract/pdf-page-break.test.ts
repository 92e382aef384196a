// A table whose header ends one page and whose value row, written in full-width figures (０), starts the
// next page after the page number: the row is the table's own, read cell by cell, not glued to the
// header as the rest of a row the break cut. The fixture is the generated benchmark report bench-026
// (tests/fixtures/generator, seeded), whose 表四 breaks that way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { readPdf } from '../../../src/main/extract/pdf/read-pdf';
import type { SourceDocument } from '../../../src/shared/document';
import type { ExtractedReport } from '../../../src/shared/report';
import { benchCorpusSpecs, defaultOutDirs, generateFixtureSet, type ManifestEntry } from '../../fixtures/generator/generate';
import { expectReport } from './expect-report';

const dir = join(defaultOutDirs.standard, '..', 'page-break');
const spec = benchCorpusSpecs(26)[25]!;

describe(`${spec.id}.pdf: 表四's header at the foot of a page, its full-width figures atop the next`, () => {
  let entry: ManifestEntry;
  let document: SourceDocument;
  let report: ExtractedReport;
  beforeAll(async () => {
    [entry] = (await generateFixtureSet(dir, { specs: [spec] })).manifest as [ManifestEntry];
    const read = await readPdf(new Uint8Array(readFileSync(join(dir, entry.files.pdf))));
    if (!read.ok) throw new Error(read.message);
    document = read.document;
    report = parseReport(document);
  }, 120_000);

  it('has the page break it is about: 表四 header on one page, every value of 表四 on the next', () => {
    expect(spec.layout.fullWidthDigits).toBe(true);
    const header = document.lines.flatMap((line) => line.cells).find((cell) => cell.text === '行政复议');
    const headerPage = header?.source.kind === 'pdf' ? header.source.page : undefined;
    expect(headerPage).toBeDefined();
    const appeals = Object.entries(report.cells).filter(([id]) => id.startsWith('appeals.'));
    expect(appeals).toHaveLength(15);
    for (const [id, cell] of appeals) {
      expect(cell.raw, id).toBe('０');
      expect(cell.source?.kind === 'pdf' && cell.source.page, id).toBe(headerPage! + 1);
    }
  });

  it('reads every cell right: metadata, values, extra rows', () => expectReport(report, entry.expected));

  it('raises no finding on 表四 (its values are all there, and all 0)', () => {
    const findings = [...report.findings, ...checkReport(report)];
    expect(findings.filter((finding) => finding.cells.some((id) => id.startsWith('appeals.')))).toEqual([]);
  });
});
