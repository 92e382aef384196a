// Run by pdfjs-patch.test.ts in a process of its own: loads the pdf.js build in the folder given (the
// installed, patched one, or an unpatched copy), reads each PDF, and prints per page a digest of what
// the PDF reader uses: the text content (items and styles) and the operator list.
// Usage: node pdfjs-digests.mjs BUILD_DIR textOnly|full FILE...
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildDir, mode, ...files] = process.argv.slice(2);
const packageDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const pdfjs = await import(pathToFileURL(path.join(buildDir, 'pdf.mjs')).href);
globalThis.pdfjsWorker = await import(pathToFileURL(path.join(buildDir, 'pdf.worker.mjs')).href);

/**
 * Font names carry the document's number ("g_d12_f3"): the same fonts of two loadings compare equal without it.
 * A glyph's code in the font file (`fontChar`, `isInFont`) is left out: only drawing reads it, and text-only
 * reading does not work it out for the fonts Word and WPS embed (patches/README.md, item 15).
 */
const drawingOnly = new Set(['fontChar', 'isInFont']);
const digest = (value) =>
  createHash('sha256')
    .update(JSON.stringify(value, (key, field) => (drawingOnly.has(key) ? undefined : field)).replace(/g_d\d+_/g, 'g_d_'))
    .digest('hex');

async function pageDigests(file) {
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(readFileSync(file)),
      cMapUrl: `${path.join(packageDir, 'cmaps')}/`,
      cMapPacked: true,
      standardFontDataUrl: `${path.join(packageDir, 'standard_fonts')}/`,
      isEvalSupported: false,
      textOnly: mode === 'textOnly',
      verbosity: 0,
    }).promise;
  } catch (error) {
    return [`cannot open: ${error.name}`];
  }
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent({ disableNormalization: true });
    const operators = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    pages.push(`${digest(text)} ${digest(operators.fnArray)} ${digest(operators.argsArray)}`);
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}

const result = {};
for (const file of files) result[file] = await pageDigests(file);
process.stdout.write(JSON.stringify(result));
