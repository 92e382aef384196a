// Visual lines rebuilt from the positions of a PDF page's text runs (points, top-left origin, font size 10).
import { describe, expect, it } from 'vitest';
import { visualLines } from '../../../src/main/extract/pdf/line-builder';
import type { TextRun } from '../../../src/main/extract/pdf/text-runs';

const run = (text: string, x0: number, y0: number, vertical = false, height = 10): TextRun => ({
  text,
  x0,
  y0,
  x1: x0 + 10 * text.length,
  y1: y0 + height,
  fontSize: 10,
  vertical,
});

const texts = (lines: TextRun[][]): string[][] => lines.map((line) => line.map((r) => r.text));

describe('visual lines of a page', () => {
  it('groups runs by height, top to bottom and each line left to right, whatever order they come in', () => {
    const runs = [
      run('1596', 300, 120),
      run('二、', 50, 140),
      run('申请数量', 80, 121),
      run('一、', 50, 100),
    ];
    expect(texts(visualLines(runs))).toEqual([['一、'], ['申请数量', '1596'], ['二、']]);
  });

  it('does not chain runs that each overlap the next by a little into one line', () => {
    const runs = [run('甲', 50, 100), run('乙', 70, 104), run('丙', 90, 108)];
    expect(texts(visualLines(runs))).toEqual([['甲', '乙'], ['丙']]);
  });

  it('judges a line by its widest run, not by a stray glyph that started it', () => {
    // A small mark set high starts the line; the label beside it decides which runs share the line.
    const runs = [run('·', 50, 100, false, 4), run('申请数量', 70, 101), run('1596', 200, 105)];
    expect(texts(visualLines(runs))).toEqual([['·', '申请数量', '1596']]);
  });

  it('keeps a vertical run as a line of its own, placed by its top, left first at the same height', () => {
    const runs = [
      run('正文', 80, 130),
      run('竖排标签', 20, 100, true),
      run('标题', 80, 90),
      run('旁注', 10, 130, true),
    ];
    expect(texts(visualLines(runs))).toEqual([['标题'], ['竖排标签'], ['旁注'], ['正文']]);
  });

  it('drops a run drawn again over itself (simulated bold)', () => {
    const runs = [run('加粗', 50, 100), run('加粗', 50.4, 100.3), run('文字', 80, 100)];
    expect(texts(visualLines(runs))).toEqual([['加粗', '文字']]);
  });

  it('gives no line for no runs, nor for one run more than that run', () => {
    expect(visualLines([])).toEqual([]);
    expect(texts(visualLines([run('一', 50, 100)]))).toEqual([['一']]);
  });
});
