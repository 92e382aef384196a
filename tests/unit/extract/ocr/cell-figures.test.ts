import { describe, expect, it } from 'vitest';
import { cleanFigure } from '../../../../src/main/extract/ocr/cell-figures';

describe('figures in table cells as OCR misspells them', () => {
  it('drops dust beside a figure and keeps separators inside it', () => {
    expect(cleanFigure('0.')).toEqual({ text: '0', guessed: false });
    expect(cleanFigure('·12')).toEqual({ text: '12', guessed: false });
    expect(cleanFigure('96171.6')).toEqual({ text: '96171.6', guessed: false });
    expect(cleanFigure('3,119')).toEqual({ text: '3,119', guessed: false });
  });

  it('reads letters taken for digits as digits, and says it guessed', () => {
    expect(cleanFigure('1O5')).toEqual({ text: '105', guessed: true });
    expect(cleanFigure('l2')).toEqual({ text: '12', guessed: true });
    expect(cleanFigure('o')).toEqual({ text: '0', guessed: true });
  });

  it('leaves words, dashes and letters alone', () => {
    expect(cleanFigure('—')).toEqual({ text: '—', guessed: false });
    expect(cleanFigure('无')).toEqual({ text: '无', guessed: false });
    expect(cleanFigure('OK')).toEqual({ text: 'OK', guessed: false });
    expect(cleanFigure('1.属于国家秘密')).toEqual({ text: '1.属于国家秘密', guessed: false });
  });
});
