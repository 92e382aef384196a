// Unreadable is not blank: on a page (PDF), a row label with no cells beside it says nothing about
// the cells, which are 无法识别 (cells.unreadable), never 漏填; a ruled row whose cells are empty is.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument, TextPiece } from '../../../src/shared/document';

let y = 0;
const piece = (text: string): TextPiece => ({ text, source: { kind: 'pdf', page: 1, bboxPt: [10, y, 60, y + 10] } });
const line = (...texts: string[]): DocumentLine => {
  y += 12;
  return { cells: texts.map(piece) };
};
const row = (index: number, ...texts: string[]): DocumentLine => ({ ...line(...texts), table: { index: 0, row: index } });
const zeros = ['0', '0', '0', '0', '0', '0', '0'];

/** Table 三 of a 2021 report on a page; `granted` is the （一）予以公开 row as laid out. */
function pdfReport(granted: DocumentLine): SourceDocument {
  y = 0;
  const labels = ['（二）部分公开', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他', '（七）总计', '四、结转下年度继续办理'];
  return {
    format: 'pdf',
    lines: [
      line('某县商务局2023年政府信息公开工作年度报告'),
      line('三、收到和处理政府信息公开申请情况'),
      row(0, '一、本年新收政府信息公开申请数量', ...zeros),
      row(1, '二、上年结转政府信息公开申请数量', ...zeros),
      granted,
      ...labels.map((label, i) => row(i + 3, label, ...zeros)),
      line('本年度现行有效件数 本年处理决定数量'),
    ],
  };
}

const grantedIds = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((column) => `requests.granted.${column}`);

describe('a row whose cells the reader could not place', () => {
  it('is 无法识别 with a finding asking for the original, and no 漏填', () => {
    const report = parseReport(pdfReport(line('（一）予以公开')));
    for (const id of grantedIds) expect(report.cells[id]).toMatchObject({ value: null, reading: { kind: 'unreadable' } });
    const findings = checkReport(report);
    expect(findings.filter((finding) => finding.rule === 'cells.blank')).toEqual([]);
    const unreadable = findings.filter((finding) => finding.rule === 'cells.unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.cells).toEqual(grantedIds);
    expect(unreadable[0]!.message).toMatch(/无法识别.*请对照原件/);
    // The relations that need the row say they cannot be verified instead of flagging a difference.
    expect(findings.filter((finding) => finding.rule === 'requests.resultSum' && finding.severity === 'error')).toEqual([]);
  });

  it('is 漏填 when the row has its cells and they are empty', () => {
    const report = parseReport(pdfReport(row(2, '（一）予以公开', '', '', '', '', '', '', '')));
    for (const id of grantedIds) expect(report.cells[id]?.reading).toBeUndefined();
    const blank = checkReport(report).filter((finding) => finding.rule === 'cells.blank');
    expect(blank.flatMap((finding) => finding.cells)).toEqual(grantedIds);
  });
});
