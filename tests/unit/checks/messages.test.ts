// Messages a reviewer reads about figures read by OCR and invalid values, in each of their forms.
import { describe, expect, it } from 'vitest';
import { invalidValueMessage, ocrDoubtMessage, suspectedMisreadMessage } from '../../../src/main/domain/checks/messages';

const CHECK = '请对照原件核实：数值有误请更正，无误请确认。';

describe('messages about OCR figures', () => {
  it('quotes a doubtful figure as read (trimmed), a blank one as 空白, with what the sums say', () => {
    expect(ocrDoubtMessage('表三 甲', ' 1288 ', 0.62)).toBe(`识别存疑：表三 甲 识别为“1288”（可信度 62%），${CHECK}`);
    expect(ocrDoubtMessage('表三 甲', '  ', 0.5)).toBe(`识别存疑：表三 甲 识别为空白（可信度 50%），${CHECK}`);
    const why = '与同行同列满足的合计关系不符';
    expect(ocrDoubtMessage('甲', '1288', 0.62, { pinned: true, corrected: 54 })).toBe(
      `识别存疑：甲 识别为“1288”（可信度 62%，${why}，按表内合计关系应为 54），${CHECK}`,
    );
    expect(ocrDoubtMessage('甲', '1288', 0.62, { pinned: false, corrected: 447 })).toBe(
      `识别存疑：甲 识别为“1288”（可信度 62%，${why}，若只此一格有误，应为 447），${CHECK}`,
    );
    expect(ocrDoubtMessage('甲', '1288', 0.62, { pinned: true })).toBe(`识别存疑：甲 识别为“1288”（可信度 62%，${why}），${CHECK}`);
  });

  it('says which cell a broken sum points at, and what it should be when the sums pin it', () => {
    const end = '请对照原件核实；如原件即如此，则为报告本身的错误。';
    expect(suspectedMisreadMessage('和不符。')).toBe(`疑为识别错误：和不符。本处数字由文字识别读出，${end}`);
    expect(suspectedMisreadMessage('和不符。', { place: '甲', read: 1288, pinned: true, corrected: 54 })).toBe(
      `疑为识别错误：和不符。按表内合计关系，甲 应为 54（识别为 1288），${end}`,
    );
    expect(suspectedMisreadMessage('和不符。', { place: '甲', read: 1288, pinned: true })).toBe(
      `疑为识别错误：和不符。最可能识别有误的是 甲（识别为 1288），${end}`,
    );
    expect(suspectedMisreadMessage('和不符。', { place: '甲', read: 1288, pinned: false, corrected: 447 })).toBe(
      `疑为识别错误：和不符。最可能识别有误的是 甲（识别为 1288，若只此一格有误，应为 447），${end}`,
    );
  });

  it('quotes an invalid value as written (trimmed), or its number when nothing was written', () => {
    expect(invalidValueMessage('表二 甲', ' 1.5 ', 1.5, 'count')).toBe(
      '数值错误：表二 甲 填写为“1.5”（读作 1.5），件数应为不小于 0 的整数。',
    );
    expect(invalidValueMessage('表二 甲', ' ', -2, 'money')).toBe('数值错误：表二 甲 填写为“-2”（读作 -2），金额应为不小于 0 的数。');
  });
});
