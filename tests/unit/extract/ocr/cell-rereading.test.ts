// Lone figures in ruled cells read again from the cell's ink with margins (a lone "0" first read as
// nothing, or doubtfully), and a page holding only the start of table 三.
import { describe, expect, it } from 'vitest';
import { combineReadings, worthRereading } from '../../../../src/main/extract/ocr/cell-rereading';
import { scoreOneScan } from '../../../fixtures/scans/scan-set';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
const reading = (text: string, confidence: number) => ({ box, text, confidence });

describe('lone figures read again', () => {
  it('takes the second reading of a box first read as nothing', () => {
    expect(combineReadings(reading('', 0), reading('0', 0.95))).toEqual(reading('0', 0.95));
  });

  it('takes the surer of two readings of the same figure', () => {
    expect(combineReadings(reading('『0', 0.57), reading('0', 0.94))).toEqual(reading('0', 0.94));
    expect(combineReadings(reading('1', 0.9), reading('1', 0.7))).toEqual(reading('1', 0.9));
  });

  it('takes the second reading of a figure first read as a mark ("」" for a thin 1)', () => {
    expect(combineReadings(reading('」', 0.46), reading('1', 0.9))).toEqual(reading('1', 0.9));
  });

  it('reads again what may be a figure, never words or the dash of an empty cell', () => {
    const again = (text: string, confidence: number) => worthRereading(reading(text, confidence));
    expect([again('', 0), again('0', 0.5), again('o', 0.9), again('」', 0.46), again('『0', 0.57), again('Q', 0.41)]).toEqual([
      true, true, true, true, true, true,
    ]);
    expect([again('0', 0.95), again('（三)', 0.7), again('合计', 0.5), again('-', 0.5), again('/', 0.6)]).toEqual([
      false, false, false, false, false,
    ]);
  });

  it('keeps the first text and the lower confidence when the readings disagree', () => {
    expect(combineReadings(reading('0', 0.29), reading('10', 0.6))).toEqual(reading('0', 0.29));
  });

  it('reads every cell of a sealed page of zeros, with few doubts', { timeout: 120_000 }, async () => {
    const { score } = await scoreOneScan('std-2019-zeros', 'seal300');
    expect(score.cells.filter((cell) => !cell.right)).toEqual([]);
    // Before, 63 of its zeros were marked 识别存疑.
    expect(score.cells.filter((cell) => cell.flagged === 'uncertain').length).toBeLessThanOrEqual(5);
  });

  it.each(['seal300', 'photo'] as const)(
    'reads table 三 on a %s page that holds only its first rows',
    { timeout: 120_000 },
    async (variant) => {
      const { score } = await scoreOneScan('std-2021-everything', variant);
      expect(score.cells.length).toBe(35);
      expect(score.cells.filter((cell) => !cell.right)).toEqual([]);
    },
  );
});
