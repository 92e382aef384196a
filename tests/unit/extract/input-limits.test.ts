// Limits checked before a reader starts its real work: crafted files end at once with a Chinese reason,
// and real documents stay far inside the limits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  docxLimitProblem,
  DOCX_LIMIT_MESSAGES,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_XML_BYTES,
} from '../../../src/main/extract/docx/docx-limits';
import { HTML_LIMIT_MESSAGES, htmlLimitProblem, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../../src/main/extract/html/html-limits';
import { MAX_PDF_PAGES } from '../../../src/main/extract/pdf/read-pdf';
import { READ_MESSAGES, readDocument } from '../../../src/main/extract/read-document';
import { createAnalyzerPool } from '../../../src/main/services/analyzer-pool';
import { hugeImagePdf, manyParagraphs, millionCells, unclosedDivs } from '../../fixtures/crafted/crafted-files';
import { defaultOutDirs } from '../../fixtures/generator/generate';
import { writePdf } from '../../fixtures/pdf/write-pdf';
import { realDir } from '../../shared-data';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const analysisWorker = new URL('../../../src/main/services/analyze-worker.ts', import.meta.url);

/** A PDF of `pages` empty pages. */
const emptyPagesPdf = (pages: number): Uint8Array =>
  writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);

/** A minimal Word document whose body is `body` (WordprocessingML). */
async function docx(body: string, extra: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const paragraphs = (count: number): string => '<w:p><w:r><w:t>段落</w:t></w:r></w:p>'.repeat(count);

describe('the crafted files of the hardening audit', () => {
  it.each([
    ['1,000,000 unclosed <div>s', () => unclosedDivs(), HTML_LIMIT_MESSAGES.tooDeep],
    ['1,000,000 table cells', () => millionCells(), HTML_LIMIT_MESSAGES.tooManyElements],
    ['a DOCX of 400,000 paragraphs', () => manyParagraphs(), DOCX_LIMIT_MESSAGES.tooManyParagraphs],
  ])('%s: refused with a Chinese reason before parsing', async (_, make, message) => {
    const file = await make();
    expect(await readDocument(file.name, file.bytes)).toEqual({ ok: false, code: 'too_complex', message });
  });

  it('a PDF page of one 400-megapixel image: a scan; drawn for OCR without the image, within the limits', async () => {
    const file = await hugeImagePdf();
    expect(await readDocument(file.name, file.bytes, { ocr: false })).toMatchObject({ ok: false, code: 'scanned' });
    // Decoded, the image alone takes 40 s and 3 GB: far more than the base time limit, given here
    // without the extra time a page read by OCR gets.
    const analyzer = createAnalyzerPool({ size: 1, workerUrl: analysisWorker, taskTimeoutMs: 20_000, ocrPageTimeMs: 0 });
    try {
      expect(await analyzer.analyze(file.name, file.bytes)).toEqual({
        ok: false,
        code: 'empty',
        error: `${file.name}：${READ_MESSAGES.noText}`,
      });
    } finally {
      await analyzer.close();
    }
  });

  it(`a PDF of more than ${MAX_PDF_PAGES} pages: refused, naming the count`, async () => {
    expect(await readDocument('厚.pdf', emptyPagesPdf(MAX_PDF_PAGES + 1))).toEqual({
      ok: false,
      code: 'too_complex',
      message: `PDF 页数过多（${MAX_PDF_PAGES + 1} 页，上限 ${MAX_PDF_PAGES} 页）：请只导入年度报告本身`,
    });
    // At the limit the pages are read (empty pages: no text).
    expect(await readDocument('薄.pdf', emptyPagesPdf(3))).toMatchObject({ ok: false, code: 'empty' });
  });
});

describe('HTML limits', () => {
  const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

  it(`allows ${MAX_HTML_DEPTH} levels and refuses one more`, () => {
    // html and body are two of the levels.
    expect(htmlLimitProblem(page('<div>'.repeat(MAX_HTML_DEPTH - 2)))).toBeNull();
    expect(htmlLimitProblem(page('<div>'.repeat(MAX_HTML_DEPTH - 1)))).toBe(HTML_LIMIT_MESSAGES.tooDeep);
  });

  it('does not count elements closed by the next one as nesting (old pages leave <p>, <li>, <td> open)', () => {
    const rows = '<tr><td>1<td>2<td><p>3<p>4'.repeat(5_000);
    expect(htmlLimitProblem(page(`<table>${rows}</table><ul>${'<li>项'.repeat(5_000)}</ul>`))).toBeNull();
  });

  it('skips comments, scripts and styles, and void elements never nest', () => {
    const hidden = `<!-- ${'<div>'.repeat(1000)} --><script>${'<div>'.repeat(1000)}</script><style>${'<b>'.repeat(1000)}</STYLE>`;
    expect(htmlLimitProblem(page(`${hidden}${'<br><img src=x><input>'.repeat(1000)}<p>正文</p>`))).toBeNull();
  });

  it(`allows ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements and refuses one more`, () => {
    const fill = (count: number) => page('<br>'.repeat(count - 4));
    expect(htmlLimitProblem(fill(MAX_HTML_ELEMENTS))).toBeNull();
    expect(htmlLimitProblem(fill(MAX_HTML_ELEMENTS + 1))).toBe(HTML_LIMIT_MESSAGES.tooManyElements);
  });

  it('passes every real and generated page', () => {
    const pages = [
      path.join(realDir, 'shuyang-fgj-2023.html'),
      path.join(repoRoot, 'tests/fixtures/readers/spans.html'),
      path.join(defaultOutDirs.standard, 'std-2021-everything.html'),
    ];
    for (const file of pages) expect(htmlLimitProblem(readFileSync(file, 'latin1')), file).toBeNull();
  });
});

describe('DOCX limits', () => {
  it(`allows ${MAX_DOCX_PARAGRAPHS.toLocaleString('en')} paragraphs and refuses one more`, async () => {
    expect(docxLimitProblem(await docx(paragraphs(MAX_DOCX_PARAGRAPHS)))).toBeNull();
    expect(docxLimitProblem(await docx(paragraphs(MAX_DOCX_PARAGRAPHS + 1)))).toBe(DOCX_LIMIT_MESSAGES.tooManyParagraphs);
  });

  it('refuses a part that unpacks out of all proportion (a ZIP bomb)', async () => {
    const bomb = await docx(`<w:p><w:r><w:t>${' '.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`);
    expect(docxLimitProblem(bomb)).toBe(DOCX_LIMIT_MESSAGES.ratio('word/document.xml'));
  });

  it('refuses a part larger than its limit even when the archive lies about its size', async () => {
    const zip = Buffer.from(await docx(paragraphs(1), { 'word/styles.xml': `<a>${'x'.repeat(40 * 1024 * 1024)}</a>` }));
    // Write 100 bytes as every entry's unpacked size, in the local headers and the central directory.
    for (let at = 0; at < zip.length - 4; at++) {
      if (zip.readUInt32LE(at) === 0x04034b50) zip.writeUInt32LE(100, at + 22);
      if (zip.readUInt32LE(at) === 0x02014b50) zip.writeUInt32LE(100, at + 24);
    }
    expect(docxLimitProblem(zip)).toBe(DOCX_LIMIT_MESSAGES.partTooLarge('word/styles.xml', MAX_DOCX_XML_BYTES));
  });

  it('refuses a picture that unpacks out of all proportion before mammoth reads it for OCR', async () => {
    const bomb = await docx(paragraphs(1), { 'word/media/image1.png': Buffer.alloc(8 * 1024 * 1024) });
    expect(docxLimitProblem(bomb)).toBe(DOCX_LIMIT_MESSAGES.ratio('word/media/image1.png'));
  });

  it('passes every real and generated Word document', () => {
    const documents = [
      path.join(realDir, 'template-2021-blank.docx'),
      path.join(repoRoot, 'tests/fixtures/readers/template-2021-filled.docx'),
      path.join(defaultOutDirs.standard, 'std-2021-everything.docx'),
    ];
    for (const file of documents) expect(docxLimitProblem(readFileSync(file)), file).toBeNull();
  });
});
