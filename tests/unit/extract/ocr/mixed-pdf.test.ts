// A document whose pages are partly text and partly scanned: each page is read its own way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../../src/main/extract/pdf/read-pdf';
import type { ReadProgress } from '../../../../src/main/extract/read-result';
import { realDir } from '../../../shared-data';

describe('a PDF with text pages and a scanned page', () => {
  it('reads the text pages from their text layer and only the scanned page by OCR', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-mixed-'));
    const source = join(realDir, 'huaian-city-2024.pdf');
    // Pages 1–3 as published (text), page 4 as a 150 dpi picture only.
    execFileSync('pdfseparate', ['-f', '1', '-l', '3', source, join(dir, 'text-%d.pdf')]);
    execFileSync('pdftoppm', ['-r', '150', '-f', '4', '-l', '4', '-gray', '-jpeg', source, join(dir, 'scan')]);
    execFileSync('img2pdf', [join(dir, 'scan-4.jpg'), '-o', join(dir, 'scan-4.pdf')]);
    const mixed = join(dir, 'mixed.pdf');
    execFileSync('pdfunite', [1, 2, 3].map((page) => join(dir, `text-${page}.pdf`)).concat(join(dir, 'scan-4.pdf'), mixed));

    const progress: ReadProgress[] = [];
    const result = await readPdf(new Uint8Array(readFileSync(mixed)), { onProgress: (step) => progress.push(step) });
    if (!result.ok) throw new Error(result.message);
    expect(progress.filter((step) => step.stage === 'ocr')).toEqual([{ stage: 'ocr', page: 4, pages: 4 }]);
    const pieces = result.document.lines.flatMap((line) => line.cells);
    const pageOf = (piece: (typeof pieces)[number]) => (piece.source.kind === 'pdf' ? piece.source.page : 0);
    expect(pieces.filter((piece) => pageOf(piece) < 4).every((piece) => piece.ocr === undefined)).toBe(true);
    expect(pieces.filter((piece) => pageOf(piece) === 4).every((piece) => piece.ocr !== undefined)).toBe(true);
    // Page 4's table 三 row, each figure in its own cell, as printed.
    const row = result.document.lines.find((line) => line.table && line.cells.some((cell) => cell.text.includes('本年新收')));
    expect(row?.cells.map((cell) => cell.text).filter((text) => /^\d+$/.test(text))).toEqual(['3001', '53', '0', '0', '61', '4', '3119']);
    expect(result.document.pages).toHaveLength(4);
  });
});
