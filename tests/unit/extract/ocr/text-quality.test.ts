import { describe, expect, it } from 'vitest';
import { textLayerState } from '../../../../src/main/extract/ocr/text-quality';

describe('textLayerState: whether a PDF page keeps its text layer or is read by OCR', () => {
  it('keeps ordinary Chinese text with figures', () => {
    expect(textLayerState('二、主动公开政府信息情况 规章 1 0 11 行政规范性文件 8 26 66')).toBe('usable');
  });

  it('calls a page with a page number only short', () => {
    expect(textLayerState('- 3 -')).toBe('short');
    expect(textLayerState('')).toBe('short');
  });

  it('calls text from a broken font map garbled: private-use codes, Latin-1 letters, rare characters', () => {
    expect(textLayerState('\ue000\ue013\ue021\ue0a4\ue11b\ue002\ue0c7\ue044\ue09d\ue015\ue0f0\ue021')).toBe('garbled');
    expect(textLayerState('ÕþÖÝÐÅÏ¢¹«¿ª¹¤×÷Äê¶È±¨¸æ')).toBe('garbled');
    expect(textLayerState('鑫鍙戝竷鐨勬斂搴滀俊鎭叕寮€骞村害鎶ュ憡')).toBe('garbled');
    expect(textLayerState('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~!"#$%')).toBe('garbled');
  });
});
