// The drawing instructions (pdf.js's operator list, as costly as the text) are read only on pages that hold
// a table, which the text layer tells: a page of running text is read from its text alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfjs } from '../../../src/main/extract/pdf/pdfjs-loader';
import { readDocument } from '../../../src/main/extract/read-document';
import { defaultOutDirs } from '../../fixtures/generator/generate';
import { realDir } from '../../shared-data';

/** pdf.js's page class, taken from a page of any document. */
async function pageClass(): Promise<{ getOperatorList(...args: unknown[]): unknown }> {
  const { pdfjs } = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path.join(realDir, 'huaian-hongze-2024.pdf'))) }).promise;
  const prototype = Object.getPrototypeOf(await pdf.getPage(1)) as { getOperatorList(...args: unknown[]): unknown };
  await pdf.destroy();
  return prototype;
}

describe('operator lists', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(
    [
      path.join(defaultOutDirs.standard, 'std-2019-split-vertical.pdf'),
      path.join(defaultOutDirs.standard, 'std-2021-long.pdf'),
      path.join(realDir, 'huaian-city-2024.pdf'),
    ].map((file) => [path.basename(file), file]),
  )('are read only on the pages with a table: %s', async (_, file) => {
    const prototype = await pageClass();
    const pagesRead: number[] = [];
    const original = prototype.getOperatorList;
    vi.spyOn(prototype, 'getOperatorList').mockImplementation(function (this: { pageNumber: number }, ...args: unknown[]) {
      pagesRead.push(this.pageNumber);
      return original.apply(this, args);
    });
    const read = await readDocument(path.basename(file), new Uint8Array(readFileSync(file)));
    if (!read.ok) throw new Error(read.message);

    const tablePages = new Set(
      read.document.lines.flatMap((line) =>
        line.table ? line.cells.flatMap((cell) => (cell.source.kind === 'pdf' ? [cell.source.page] : [])) : [],
      ),
    );
    expect(read.document.pages!.length).toBeGreaterThan(tablePages.size);
    expect(pagesRead).toEqual([...tablePages].sort((a, b) => a - b));
  });
});
