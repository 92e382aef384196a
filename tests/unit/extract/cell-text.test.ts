// The text of a PDF table cell from its runs: lines top to bottom, or columns of vertical writing right to
// left. Runs as pdf.js gives them for cells of real layouts (positions in points, font size 10).
import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/main/domain/parse/normalize';
import { cellText } from '../../../src/main/extract/pdf/cell-text';
import type { TextRun } from '../../../src/main/extract/pdf/text-runs';

const run = (text: string, x0: number, y0: number, x1: number, y1 = y0 + 10): TextRun => ({
  text,
  x0,
  y0,
  x1,
  y1,
  fontSize: 10,
  vertical: false,
});

describe('a table cell’s text', () => {
  it('reads a figure with a thousands separator cut into runs as the figure it is, not as vertical writing', () => {
    // LibreOffice's export of "5,132": "5" "," "132", the comma standing within half a glyph of the 5.
    const runs = [run('5', 346.3, 384, 351.88), run(',', 351.9, 384, 355.17), run('132', 355.1, 384, 370.97)];
    expect(readCell(cellText(runs))).toMatchObject({ kind: 'number', value: 5132 });
    // Wrapped in a narrow cell ("1,59" over "6"), it still reads top to bottom.
    const wrapped = [
      run('1', 309.1, 485.5, 313.81),
      run(',', 313.8, 485.5, 317.07),
      run('59', 317.1, 485.5, 328.22),
      run('6', 315.9, 500.5, 321.48),
    ];
    expect(readCell(cellText(wrapped))).toMatchObject({ kind: 'number', value: 1596 });
  });

  it('reads a label written vertically in two columns right to left, each top to bottom', () => {
    // "（三）不予公开" in a cell with vertical text direction: "（三）" in the right column, "不予公开" left of it.
    const right = ['（', '三', '）'].map((glyph, i) => run(glyph, 110, 300 + 10.5 * i, 120));
    const left = ['不', '予', '公', '开'].map((glyph, i) => run(glyph, 96, 300 + 10.5 * i, 106));
    expect(cellText([...left, ...right])).toBe('（三）不予公开');
  });
});
