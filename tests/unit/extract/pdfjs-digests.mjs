// Run by pdfjs-patch.test.ts in a process of its own: loads the pdf.js build in the folder given (the
// installed, patched one, or an unpatched copy), reads each PDF, and prints per page a digest of what
// the PDF reader uses: the text content (items and styles), the operator list, and the paths painted (read
// with the text when text-only, from the operator list otherwise).
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
 * reading does not work it out for the Type1 fonts and the fonts Word and WPS embed (patches/README.md, items 14,
 * 15 and 17).
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
    // Text-only, the painted paths come with the text: compared apart, with those the operator list paints.
    const isPath = (item) => item.type === 'path';
    const paths = mode === 'textOnly' ? text.items.filter(isPath).map(({ paint, data, ctm }) => [paint, [...data], ctm]) : paintedPaths(operators);
    text.items = text.items.filter((item) => !isPath(item));
    pages.push(`${digest(text)} ${digest(operators.fnArray)} ${digest(operators.argsArray)} ${digest(paths)}`);
    page.cleanup();
  }
  await pdf.destroy();
  return pages;
}

/** The paths the operator list paints, each with the transformation in force (as pdf.js tracks it while reading text). */
function paintedPaths({ fnArray, argsArray }) {
  const { OPS, Util } = pdfjs;
  const paths = [];
  const stack = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  fnArray.forEach((fn, index) => {
    const args = argsArray[index];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (fn === OPS.paintFormXObjectBegin && args[0]) ctm = Util.transform(ctm, args[0]);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args);
    else if (fn === OPS.constructPath && args[0] !== OPS.endPath && args[1][0]) paths.push([args[0], [...args[1][0]], ctm]);
  });
  return paths;
}

const result = {};
for (const file of files) result[file] = await pageDigests(file);
process.stdout.write(JSON.stringify(result));
