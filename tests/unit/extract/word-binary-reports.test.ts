// The generated reports as Word 97-2003 binary files (LibreOffice writes them at test time): .doc from the
// DOCX, .wps from the HTML page. Every cell, the metadata and each cell's provenance, read through the
// dispatcher as a user's file would be.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { expectReport } from './expect-report';
import { wordBinaryToHtml } from '../../../src/main/extract/doc/read-word-binary';
import { HTML_PARSE_OPTIONS } from '../../../src/main/extract/html/html-to-lines';
import { readDocument } from '../../../src/main/extract/read-document';
import { wordBinaryFixtures } from '../../fixtures/formats/word-binary-fixtures';

const fixtures = await wordBinaryFixtures();

describe('Word 97-2003 fixtures', () => {
  it('exist for every generated report', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));
});

for (const { entry, doc, wps } of fixtures) {
  describe(entry.id, () => {
    for (const [format, path] of [
      ['doc', doc],
      ['wps', wps],
    ] as const) {
      it(`${format}: metadata and every cell, each found in the HTML the original view shows`, async () => {
        const bytes = new Uint8Array(readFileSync(path));
        const read = await readDocument(basename(path), bytes);
        if (!read.ok) throw new Error(read.message);
        expect(read.document.format).toBe(format);
        const report = parseReport(read.document);
        expectReport(report, entry.expected);
        const view = parse(await wordBinaryToHtml(bytes), HTML_PARSE_OPTIONS);
        for (const [id, cell] of Object.entries(report.cells)) {
          const source = cell.source;
          expect(source?.kind, `${id} has no element source`).toBe('element');
          if (source?.kind !== 'element') continue;
          const element = resolvePath(view, source.path);
          expect(element?.rawTagName, `${id}: ${source.path}`).toMatch(/^(td|p)$/);
        }
      });
    }
  });
}

/** "body/table[2]/tr[5]/td[3]" in the fragment (thead/tbody left out, as the readers count rows). */
function resolvePath(root: ReturnType<typeof parse>, path: string) {
  let node: ReturnType<typeof parse> | undefined = root;
  for (const step of path.split('/').slice(1)) {
    const match = /^(\w+)\[(\d+)\]$/.exec(step);
    if (!match || !node) return undefined;
    const [, tag, n] = match;
    node = node.children.filter((child) => child.rawTagName === tag)[Number(n) - 1];
  }
  return node;
}
