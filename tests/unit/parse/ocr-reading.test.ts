// Cells read by OCR keep how sure the reading was: below 0.8 the cell is 识别存疑 and the reviewer is
// asked to settle it; a cell of a text layer carries no OCR reading at all.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument } from '../../../src/shared/document';

/** Table 三's first rows on a scanned page; the 本年新收 row's 自然人 figure read with `confidence`. */
function page(confidence: number | undefined): SourceDocument {
  let y = 0;
  const line = (texts: string[], row?: number, doubtful?: number): DocumentLine => {
    y += 12;
    return {
      cells: texts.map((text, i) => ({
        text,
        source: { kind: 'pdf', page: 1, bboxPt: [10 + i * 40, y, 50 + i * 40, y + 10] },
        ...(confidence === undefined ? {} : { ocr: { confidence: i === doubtful ? confidence : 0.97 } }),
      })),
      ...(row === undefined ? {} : { table: { index: 0, row } }),
    };
  };
  return {
    format: confidence === undefined ? 'pdf' : 'image',
    lines: [
      line(['某县商务局2023年政府信息公开工作年度报告']),
      line(['三、收到和处理政府信息公开申请情况']),
      line(['一、本年新收政府信息公开申请数量', '7', '0', '0', '0', '0', '1', '8'], 0, 1),
      line(['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'], 1),
    ],
  };
}

describe('the OCR reading of a cell', () => {
  it('marks a figure read with less than 0.8 confidence as doubtful, keeping the confidence', () => {
    const cell = parseReport(page(0.62)).cells['requests.new.natural'];
    expect(cell).toMatchObject({ value: 7, reading: { kind: 'ocr', confidence: 0.62, uncertain: true } });
  });

  it('trusts a figure read with 0.8 confidence or more', () => {
    const report = parseReport(page(0.8));
    expect(report.cells['requests.new.natural']).toMatchObject({ value: 7, reading: { kind: 'ocr', confidence: 0.8, uncertain: false } });
    expect(report.cells['requests.new.total']).toMatchObject({ value: 8, reading: { kind: 'ocr', confidence: 0.97, uncertain: false } });
  });

  it('gives a cell of a text layer no OCR reading', () => {
    const cell = parseReport(page(undefined)).cells['requests.new.natural'];
    expect(cell?.value).toBe(7);
    expect(cell?.reading).toBeUndefined();
  });
});
