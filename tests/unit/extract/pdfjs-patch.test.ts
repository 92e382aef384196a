// The pdf.js patch (patches/pdfjs-dist+*.patch): the patched pdf.js with `textOnly` gives exactly the
// text, the text styles and the operator lists that the unpatched pdf.js gives, on every fixture PDF
// (the unpatched copy is made by reverse-applying the patch); the patch is applied; and loading pdf.js
// loads neither @napi-rs/canvas nor Node's fetch implementation.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { loadPdfjs } from '../../../src/main/extract/pdf/pdfjs-loader';
import { readDocument } from '../../../src/main/extract/read-document';
import { defaultOutDirs, readFixtureManifest } from '../../fixtures/generator/generate';
import { realDir } from '../../shared-data';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const buildDir = 'node_modules/pdfjs-dist/legacy/build';
const pdfsIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pdf')).sort().map((name) => path.join(dir, name)) : [];
const fixturePdfs = [
  ...pdfsIn(defaultOutDirs.standard),
  ...pdfsIn(path.join(repoRoot, 'tests/fixtures/generated/rules')),
  ...pdfsIn(path.join(repoRoot, 'tests/fixtures/pdf')),
  ...pdfsIn(realDir),
];

/** An unpatched copy of the pdf.js build, inside node_modules so that it finds the packages it loads. */
async function unpatchedBuild(): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'nianbao-pdfjs-'));
  const copyDir = path.join(repoRoot, 'node_modules/.cache/nianbao-unpatched-pdfjs');
  try {
    await mkdir(path.join(scratch, buildDir), { recursive: true });
    await mkdir(copyDir, { recursive: true });
    for (const name of ['pdf.mjs', 'pdf.worker.mjs']) await copyFile(path.join(repoRoot, buildDir, name), path.join(scratch, buildDir, name));
    const [patch] = readdirSync(path.join(repoRoot, 'patches')).filter((name) => name.startsWith('pdfjs-dist+'));
    // Outside a repository, git apply is a plain patch tool.
    await run('git', ['apply', '--reverse', path.join(repoRoot, 'patches', patch!)], { cwd: scratch });
    for (const name of ['pdf.mjs', 'pdf.worker.mjs']) await copyFile(path.join(scratch, buildDir, name), path.join(copyDir, name));
    return copyDir;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Per file, per page: digests of the text content and the operator list (pdfjs-digests.mjs). */
async function digests(build: string, mode: 'textOnly' | 'full'): Promise<Record<string, string[]>> {
  const script = path.join(import.meta.dirname, 'pdfjs-digests.mjs');
  const { stdout } = await run(process.execPath, [script, build, mode, ...fixturePdfs], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Record<string, string[]>;
}

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

describe('pdf.js text-only patch', () => {
  it('has fixtures to compare', () => expect(fixturePdfs.length).toBeGreaterThanOrEqual(15));

  let unpatched: Record<string, string[]> = {};
  let patched: Record<string, string[]> = {};
  beforeAll(async () => {
    [unpatched, patched] = await Promise.all([digests(await unpatchedBuild(), 'full'), digests(path.join(repoRoot, buildDir), 'textOnly')]);
  }, 300_000);

  it.each(fixturePdfs.map((file) => [path.basename(file), file]))(
    'gives the unpatched text, styles and operator lists on %s',
    (_, file) => {
      expect(patched[file]?.length).toBeGreaterThan(0);
      expect(patched[file]).toEqual(unpatched[file]);
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

  it('reads a text PDF through the reader without loading @napi-rs/canvas, which drawing for OCR loads', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { readFileSync } from 'node:fs';
      const { readDocument } = await import('./src/main/extract/read-document.ts');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((key) => key.includes('@napi-rs'));
      const result = await readDocument('huaian-city-2024.pdf', readFileSync(process.argv[1]));
      const canvasAfterReading = loaded();
      const { createCanvas } = await import('./src/main/extract/ocr/canvas.ts');
      createCanvas(2, 2);
      console.log(JSON.stringify({ ok: result.ok, canvasAfterReading, canvasWhenDrawing: loaded() }));`;
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, path.join(realDir, 'huaian-city-2024.pdf')],
      { cwd: repoRoot },
    );
    expect(JSON.parse(stdout)).toEqual({ ok: true, canvasAfterReading: false, canvasWhenDrawing: true });
  });
});
