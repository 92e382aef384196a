// --no-ocr: scans and pictures are not read by OCR in extract, check and review.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runExtract } from '../../../src/cli/extract-command';
import { parseReviewOptions } from '../../../src/cli/review-options';

const scan = join(import.meta.dirname, '../../fixtures/pdf/scanned.pdf');

describe('--no-ocr', () => {
  it('makes extract report a scan as a scan instead of reading it', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await runExtract([scan, '--no-ocr', '--json'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const [result] = JSON.parse(written.join('')) as Array<{ error: string }>;
    expect(result?.error).toBe('scanned.pdf：扫描件，无文字层：无法读取文字，请使用带文字层的 PDF');
  });

  it('is an option of review', () => {
    const parsed = parseReviewOptions(['a.pdf', '--out', 'x.md', '--no-ocr']);
    expect(parsed.ok && parsed.options.ocr).toBe(false);
    const plain = parseReviewOptions(['a.pdf', '--out', 'x.md']);
    expect(plain.ok && plain.options.ocr).toBe(true);
  });
});
