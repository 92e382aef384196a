// A text line too long for one recognition run is cut where there is no ink, never through a character.
import { describe, expect, it } from 'vitest';
import { pieceWidths } from '../../../../src/main/extract/ocr/long-lines';
import type { GreyImage } from '../../../../src/main/extract/ocr/grey-image';

/** A 48-pixel-high line on grey paper (200) with black characters (0) over the given column ranges. */
function line(width: number, characters: [number, number][]): GreyImage {
  const height = 48;
  const data = new Uint8Array(width * height).fill(200);
  for (const [from, to] of characters) {
    for (let y = 8; y < 40; y++) for (let x = from; x < to; x++) data[y * width + x] = 0;
  }
  return { width, height, data };
}

/** Characters 40 px wide with 8 px between them, and one wider gap of 30 px after `wideAfter` px. */
function characters(width: number, wideAfter: number): [number, number][] {
  const result: [number, number][] = [];
  for (let x = 0; x + 40 <= width;) {
    result.push([x, x + 40]);
    x += x + 40 > wideAfter && x < wideAfter ? 70 : 48;
  }
  return result;
}

describe('pieceWidths', () => {
  it('keeps a line that fits whole', () => {
    expect(pieceWidths(line(500, [[0, 40]]), 1000)).toEqual([500]);
  });

  it('cuts a long line in the widest gap between characters, every piece within the limit', () => {
    const chars = characters(1900, 850);
    const widths = pieceWidths(line(1900, chars), 1000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1900);
    expect(Math.max(...widths)).toBeLessThanOrEqual(1000);
    // Each cut lies between two characters, and the first in the wide gap.
    let x = 0;
    for (const width of widths.slice(0, -1)) {
      x += width;
      expect(chars.some(([from, to]) => x > from && x < to)).toBe(false);
    }
    const wide = chars.findIndex(([, to], i) => (chars[i + 1]?.[0] ?? 0) - to === 30);
    expect(widths[0]).toBeGreaterThan(chars[wide]![1]);
    expect(widths[0]).toBeLessThan(chars[wide + 1]![0]);
  });

  it('cuts a line with no gap at all at its lightest column', () => {
    const image = line(1500, [[0, 1500]]);
    for (let y = 8; y < 40; y++) image.data[y * 1500 + 800] = 150;
    expect(Math.abs(pieceWidths(image, 1000)[0]! - 800)).toBeLessThanOrEqual(1);
  });
});
