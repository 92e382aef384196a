// The pdf.js patch (patches/pdfjs-dist+*.patch): with `textOnly`, pdf.js gives exactly the text, the
// text styles and the operator lists it gives without it, on every fixture PDF; the patch is applied;
// and loading pdf.js loads neither @napi-rs/canvas nor Node's fetch implementation.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { loadPdfjs } from '../../../src/main/extract/pdf/pdfjs-loader';
import { readDocument } from '../../../src/main/extract/read-document';
import { defaultOutDirs, readFixtureManifest } from '../../fixtures/generator/generate';
import { realDir } from '../../shared-data';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const pdfsIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort().map((name) => path.join(dir, name)) : [];
const fixturePdfs = [
  ...pdfsIn(defaultOutDirs.standard),
  ...pdfsIn(path.join(repoRoot, 'tests/fixtures/generated/rules')),
  ...pdfsIn(path.join(repoRoot, 'tests/fixtures/pdf')),
  ...pdfsIn(realDir),
];

async function open(file: string, textOnly: boolean, fontExtraProperties = false): Promise<PDFDocumentProxy> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await loadPdfjs();
  const parameters = {
    data: new Uint8Array(readFileSync(file)),
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    textOnly,
    fontExtraProperties,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
  return pdfjs.getDocument(parameters).promise;
}

/** Font names carry the document's number ("g_d12_f3"): the same fonts of two loadings compare equal without it. */
const digest = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value).replace(/g_d\d+_/g, 'g_d_'))
    .digest('hex');

/** Per page, a digest of what the reader uses: the text content (items and styles) and the operator list. */
async function pageDigests(file: string, textOnly: boolean): Promise<string[]> {
  const { pdfjs } = await loadPdfjs();
  let pdf: PDFDocumentProxy;
  try {
    pdf = await open(file, textOnly);
  } catch (error) {
    return [`cannot open: ${(error as Error).name}`];
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const text = await page.getTextContent({ disableNormalization: true });
      const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      pages.push(`${digest(text)} ${digest(operators.fnArray)} ${digest(operators.argsArray)}`);
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

describe('pdf.js text-only patch', () => {
  it('has fixtures to compare', () => expect(fixturePdfs.length).toBeGreaterThanOrEqual(15));

  it.each(fixturePdfs.map((file) => [path.basename(file), file]))(
    'gives the same text, styles and operator lists on %s',
    async (_, file) => {
      const full = await pageDigests(file, false);
      const textOnly = await pageDigests(file, true);
      expect(textOnly).toEqual(full);
    },
  );

  it('reads every cell of a report whose fonts are CFF (the path the patch changes most)', async () => {
    const entry = (await readFixtureManifest(defaultOutDirs.standard)).find(({ id }) => id === 'std-2019-zeros');
    const read = await readDocument('cff-fonts.pdf', readFileSync(path.join(repoRoot, 'tests/fixtures/pdf/cff-fonts.pdf')));
    if (!read.ok) throw new Error(read.message);
    const report = parseReport(read.document);
    expect(Object.fromEntries(Object.entries(report.cells).map(([id, cell]) => [id, cell.value]))).toEqual(entry?.expected.cells);
  });

  it('is applied: with textOnly no font program is built', async () => {
    const file = pdfsIn(defaultOutDirs.standard)[0]!;
    const fontData = async (textOnly: boolean) => {
      const { pdfjs } = await loadPdfjs();
      // fontExtraProperties: the display side keeps each font's data instead of dropping it once loaded.
      const pdf = await open(file, textOnly, true);
      const page = await pdf.getPage(1);
      const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      const setFont = operators.fnArray.indexOf(pdfjs.OPS.setFont);
      const [fontName] = operators.argsArray[setFont] as [string];
      const font = page.commonObjs.get(fontName) as { data?: Uint8Array };
      const size = font.data?.byteLength;
      await pdf.destroy();
      return size;
    };
    expect(await fontData(false)).toBeGreaterThan(0);
    expect(await fontData(true)).toBeUndefined();
  });

  it('loads neither @napi-rs/canvas nor fetch with pdf.js, and still gives DOMMatrix when asked', async () => {
    const script = `
      import { createRequire } from 'node:module';
      await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((key) => key.includes('@napi-rs'));
      const fetchLoaded = process.moduleLoadList.some((name) => name.includes('undici'));
      const canvasAtLoad = loaded();
      const matrix = new DOMMatrix();
      console.log(JSON.stringify({ canvasAtLoad, fetchLoaded, canvasWhenRendering: loaded(), a: matrix.a }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot });
    expect(JSON.parse(stdout)).toEqual({ canvasAtLoad: false, fetchLoaded: false, canvasWhenRendering: true, a: 1 });
  });
});
