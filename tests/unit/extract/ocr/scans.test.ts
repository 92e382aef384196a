// OCR on scans with known values (a representative subset; `npm run bench:ocr` reads the full set):
// every table cell of the scan against the same cell read from the text layer of the PDF it was made
// from. Wrong cells must all be flagged (识别存疑, a broken sum, or reported missing); a consistent
// report gains no error flag.
import { describe, expect, it } from 'vitest';
import { scoreScanSet, type ScoredScan } from '../../../fixtures/scans/scan-set';

describe('scanned reports read by OCR', () => {
  let scans: ScoredScan[] = [];

  it('reads the CI subset of scans', { timeout: 1_200_000 }, async () => {
    scans = await scoreScanSet('ci');
    expect(scans.map((scan) => `${scan.source.name}-${scan.variant}`)).toEqual([
      'huaian-city-2024-worn150',
      'std-2021-large-seal300',
    ]);
  });

  // The goal is 99% (bench:ocr reports it over the full set); both scans of the subset are read whole today.
  it('gets at least 99% of the cells right on each scan', () => {
    for (const { score } of scans) {
      const right = score.cells.filter((cell) => cell.right).length;
      expect(score.cells.length).toBeGreaterThan(40);
      expect(right / score.cells.length, score.file).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('leaves no wrong cell unflagged', () => {
    const silent = scans.flatMap(({ score }) => score.cells.filter((cell) => !cell.right && !cell.flagged));
    expect(silent).toEqual([]);
  });

  it('raises no error on a consistent report that the text layer does not raise', () => {
    const whole = scans.filter((scan) => scan.variant === 'worn150');
    expect(whole.flatMap(({ score }) => score.newErrors.map((finding) => finding.message))).toEqual([]);
    // Every page of the whole-document scan was read by OCR, page by page.
    expect(whole.map(({ score }) => score.ocrPages)).toEqual([6]);
  });
});
