// Messages a reviewer reads, in each of their forms: figures read by OCR, invalid values, blank or
// unreadable rows, missing parts, text against table, years and dates.
import { describe, expect, it } from 'vitest';
import {
  blankRowMessage,
  invalidValueMessage,
  lateMessage,
  missingRowMessage,
  missingSectionMessage,
  noneVsTableMessage,
  ocrDoubtMessage,
  placeSlipMessage,
  section1YearMessage,
  suspectedMisreadMessage,
  unreadableRowMessage,
} from '../../../src/main/domain/checks/messages';

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

describe('messages about the form', () => {
  const place = '表三 （三）不予公开 1．属于国家秘密';
  const columns = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

  it('names a missing part by its number and title', () => {
    expect(missingSectionMessage(1)).toBe('缺少第一部分“一、总体情况”。');
    expect(missingSectionMessage(6)).toBe('缺少第六部分“六、其他需要报告的事项”。');
  });

  it('lists the blank columns of a row, or says the whole row is blank', () => {
    expect(blankRowMessage(place, ['自然人', '总计'], ['', '-'], false)).toBe(
      `漏填：${place} 的 自然人、总计 未填数字（填写为“-”），没有发生的应填 0。`,
    );
    expect(blankRowMessage(place, columns.slice(0, 6), ['', ' '], false)).toBe(
      `漏填：${place} 的 自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他 未填数字，没有发生的应填 0。`,
    );
    expect(blankRowMessage(place, columns, ['/', '无', '/'], true)).toBe(
      `漏填：${place} 整行未填数字（填写为“/”“无”），没有发生的应填 0。`,
    );
  });

  it('says which cells of a row could not be read, or that the whole row could not', () => {
    const end = '未能从原件中读出，请对照原件读取并更正（不作漏填处理）。';
    expect(unreadableRowMessage(place, ['自然人', '总计'], false)).toBe(`无法识别：${place} 的 自然人、总计${end}`);
    expect(unreadableRowMessage(place, columns, true)).toBe(`无法识别：${place} 整行${end}`);
  });

  it('names a missing row, or the columns a row lacks', () => {
    expect(missingRowMessage(place, null)).toBe(`表格缺项：未找到 ${place} 这一行。`);
    expect(missingRowMessage(place, ['法律服务机构', '其他'])).toBe(`表格缺项：${place} 缺少 法律服务机构、其他。`);
  });

  it('offers at most three place names a slip may stand for', () => {
    expect(placeSlipMessage('沐阳县商务局', '沐阳县', ['沭阳县', '沐川县', '汾阳市', '洛阳市'])).toBe(
      '地名存疑：报告主体“沐阳县商务局”中的“沐阳县”不是现行行政区划名称，与“沭阳县”“沐川县”“汾阳市”仅一字之差，可能是笔误或识别错误，请对照原件确认或驳回。',
    );
  });
});

describe('messages about the text', () => {
  it('quotes a "none" statement against the table', () => {
    expect(noneVsTableMessage('本年度未收到政府信息公开申请', '表三 本年新收申请为 5')).toBe(
      '正文与表格不一致：正文称“本年度未收到政府信息公开申请”，而表三 本年新收申请为 5。',
    );
  });

  it('names every other year the overview speaks of', () => {
    expect(section1YearMessage(2023, [2021, 2022], '2022年，我局')).toBe(
      '年份可能有误：报告年度为 2023 年，但“一、总体情况”讲述的是 2021、2022 年的工作（如“2022年，我局”），通篇未提及 2023 年。',
    );
  });

  it('gives the signing date beside the publication date only when they differ', () => {
    const rule = '政府部门等行政机关的年度报告应于次年1月31日前公布';
    const late = `公布逾期：报告日期为 2024年3月5日`;
    expect(lateMessage('2024-03-05', '2024-01-31', 'department')).toBe(`${late}，晚于 2024年1月31日（${rule}）。`);
    expect(lateMessage('2024-03-05', '2024-01-31', 'department', '2024-03-05')).toBe(
      `${late}，晚于 2024年1月31日（${rule}）。`,
    );
    expect(lateMessage('2024-03-05', '2024-01-31', 'department', '2024-01-20')).toBe(
      `${late}（落款日期 2024年1月20日），晚于 2024年1月31日（${rule}）。`,
    );
  });
});
