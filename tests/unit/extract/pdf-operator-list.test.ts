// The drawing instructions (pdf.js's operator list, as costly as the text) are not read for table borders that
// came with the text (the patched pdf.js gives the painted paths with it), and only on pages that hold a table,
// which the text layer tells: a page of running text, or of ruled tables, is read from its text alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPdfjs } from '../../../src/main/extract/pdf/pdfjs-loader';
import { readDocument } from '../../../src/main/extract/read-document';
import { defaultOutDirs } from '../../fixtures/generator/generate';
import { layoutSetDir } from '../../fixtures/generator/layout-set';
import { realDir } from '../../shared-data';

/** pdf.js's page class, taken from a page of any document. */
async function pageClass(): Promise<{ getOperatorList(...args: unknown[]): unknown }> {
  const { pdfjs } = await loadPdfjs();
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(path.join(realDir, 'huaian-hongze-2024.pdf'))),
  }).promise;
  const prototype = Object.getPrototypeOf(await pdf.getPage(1)) as {
    getOperatorList(...args: unknown[]): unknown;
  };
  await pdf.destroy();
  return prototype;
}

describe('operator lists', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The pages whose operator list is read while `file` is read, and the pages where it found a table. */
  async function operatorListsRead(file: string) {
    const prototype = await pageClass();
    const pagesRead: number[] = [];
    const original = prototype.getOperatorList;
    vi.spyOn(prototype, 'getOperatorList').mockImplementation(function (
      this: { pageNumber: number },
      ...args: unknown[]
    ) {
      pagesRead.push(this.pageNumber);
      return original.apply(this, args);
    });
    const read = await readDocument(path.basename(file), new Uint8Array(readFileSync(file)));
    if (!read.ok) throw new Error(read.message);
    const tablePages = new Set(
      read.document.lines.flatMap((line) =>
        line.table
          ? line.cells.flatMap((cell) => (cell.source.kind === 'pdf' ? [cell.source.page] : []))
          : [],
      ),
    );
    return {
      pagesRead,
      tablePages: [...tablePages].sort((a, b) => a - b),
      pages: read.document.pages!.length,
    };
  }

  it.each(
    [
      path.join(defaultOutDirs.standard, 'std-2019-split-vertical.pdf'),
      path.join(defaultOutDirs.standard, 'std-2021-long.pdf'),
      path.join(realDir, 'huaian-city-2024.pdf'),
    ].map((file) => [path.basename(file), file]),
  )('are not read for ruled tables, whose borders come with the text: %s', async (_, file) => {
    const { pagesRead, tablePages } = await operatorListsRead(file);
    expect(tablePages).not.toEqual([]);
    expect(pagesRead).toEqual([]);
  });

  it('are read only on the pages with a table when the table is drawn without rules', async () => {
    const { pagesRead, tablePages, pages } = await operatorListsRead(
      path.join(layoutSetDir, 'portal-bare-district.pdf'),
    );
    expect(pages).toBeGreaterThan(tablePages.length);
    expect(pagesRead).toEqual(tablePages);
  });
});
