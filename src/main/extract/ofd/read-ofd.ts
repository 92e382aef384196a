// Reader for OFD files (GB/T 33190): each page's positioned text and path objects go through the same
// layout path as PDF (ruling lines → table grid → page blocks), so cells come with boxes on the page.

import type { PageSize } from '../../../shared/document';
import { documentLines } from '../pdf/document-lines';
import { layoutPage, type PageBlock } from '../pdf/page-layout';
import { findGrids } from '../pdf/table-grid';
import { centreX, centreY } from '../pdf/text-runs';
import { readError, type ReadOptions, type ReadResult } from '../read-result';
import { ofdPages } from './ofd-document';
import { OFD_MESSAGES } from './ofd-messages';
import { pageGraphics } from './ofd-graphics';
import { OfdLimitError, OfdPackage } from './ofd-package';
import { glyphRuns, shapeLines } from './ofd-runs';

/** Fewer characters than this per page on average, on pages that draw something: a scan or a drawing. */
const MIN_CHARS_PER_PAGE = 10;

export async function readOfd(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  try {
    return readPackage(OfdPackage.open(bytes), options);
  } catch (error) {
    if (error instanceof OfdLimitError) return readError('too_large', OFD_MESSAGES.tooLarge);
    // A broken ZIP or a package without its parts is the file's problem.
    return readError('corrupt', OFD_MESSAGES.corrupt);
  }
}

function readPackage(pkg: OfdPackage, options: ReadOptions): ReadResult {
  const refs = ofdPages(pkg);
  if (refs.length === 0) return readError('corrupt', OFD_MESSAGES.corrupt);

  const pages: Array<{ size: PageSize; blocks: PageBlock[]; chars: number }> = [];
  let drawn = 0;
  for (const [index, ref] of refs.entries()) {
    options.onProgress?.({ stage: 'reading', page: index + 1, pages: refs.length });
    const graphics = pageGraphics(pkg, ref);
    const size: PageSize = { widthPt: graphics.widthPt, heightPt: graphics.heightPt };
    // Text placed off the page (outside the physical box) is not shown by any viewer.
    const runs = glyphRuns(graphics.glyphs).filter(
      (run) =>
        centreX(run) >= 0 &&
        centreX(run) <= size.widthPt &&
        centreY(run) >= 0 &&
        centreY(run) <= size.heightPt,
    );
    const blocks = layoutPage(runs, findGrids(shapeLines(graphics.shapes)), index + 1, size);
    const chars = runs.reduce((sum, run) => sum + run.text.replace(/\s/g, '').length, 0);
    drawn += graphics.imageCount + graphics.shapes.length;
    pages.push({ size, blocks, chars });
  }
  const chars = pages.reduce((sum, page) => sum + page.chars, 0);
  if (chars < MIN_CHARS_PER_PAGE * pages.length && drawn > 0)
    return readError('scanned', OFD_MESSAGES.scanned);
  return {
    ok: true,
    document: { format: 'ofd', pages: pages.map((page) => page.size), lines: documentLines(pages) },
  };
}
