// Row labels read by OCR with one character wrong ("7.属于行政执法量卷") still find their row, when no
// other row's key is as near.
import { describe, expect, it } from 'vitest';
import { nearRow } from '../../../src/main/domain/parse/ocr-labels';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import { templates } from '../../../src/main/domain/template/definitions';
import type { DocumentLine, SourceDocument, TextPiece } from '../../../src/shared/document';

const requestRows = templates['2021'].find((table) => table.id === 'requests')!.rows;
const zeros = ['0', '0', '0', '0', '0', '0', '0'];

/** Table 三's row labels as the form prints them. */
const labels = requestRows.map((row) => row.label);

/** Table 三 of a 2021 report on a page read by OCR, its row `label` read as `read` and holding 9 in every column. */
function page(label: string, read: string): SourceDocument {
  let y = 0;
  const piece = (text: string): TextPiece => ({
    text,
    source: { kind: 'pdf', page: 1, bboxPt: [10, y, 60, y + 10] },
    ocr: { confidence: 0.95 },
  });
  const line = (texts: string[], row?: number): DocumentLine => {
    y += 12;
    return { cells: texts.map(piece), ...(row === undefined ? {} : { table: { index: 0, row } }) };
  };
  const rows = labels.map((official) => (official === label ? read : official));
  return {
    format: 'pdf',
    lines: [
      line(['某县商务局2023年政府信息公开工作年度报告']),
      line(['三、收到和处理政府信息公开申请情况']),
      // On a scan the row's line begins with the empty cells of the merged columns on its left.
      ...rows.map((text, i) =>
        line(text === read ? ['', '', text, ...zeros.map(() => '9')] : [text, ...zeros], i),
      ),
      line(['本年度现行有效件数 本年处理决定数量']),
    ],
  };
}

describe('row labels read by OCR', () => {
  it('places a row whose label has one character misread', () => {
    const report = parseReport(page('7.属于行政执法案卷', '7.属于行政执法量卷'));
    expect(report.cells['requests.denied.enforcementFile.natural']).toMatchObject({ value: 9, raw: '9' });
    expect(report.cells['requests.denied.enforcementFile.total']).toMatchObject({ value: 9 });
  });

  it.each(['七)总计', '（七)总'])('places the （七）总计 row read as “%s”', (read) => {
    const report = parseReport(page('（七）总计', read));
    expect(report.cells['requests.total.natural']).toMatchObject({ value: 9 });
    expect(report.cells['requests.total.total']).toMatchObject({ value: 9 });
  });

  it('takes the near row only when no row matches exactly and one row alone is near', () => {
    const row = (label: string) => nearRow(label, requestRows)?.id;
    expect(row('7.属于行政执法量卷')).toBe('denied.enforcementFile');
    // "重复申请" and "反复申请" are one character apart: an exact key wins, a near one decides nothing.
    expect(row('2.重复申请')).toBeUndefined();
    expect(row('2.重夏申请')).toBe('rejected.duplicate');
    expect(row('2.夏复申请')).toBeUndefined();
    // Short keys (规章) are never matched loosely.
    expect(nearRow('规草', [{ keys: ['规章'] }])).toBeUndefined();
    // A label holding a key exactly is the exact reader's: it has no near row.
    expect(row('7.属于行政执法案卷')).toBeUndefined();
    // So is a label holding one of its row's keys, as when the line wraps before the rest ("8.属于行政查询" / "事项").
    expect(row('8.属于行政查询')).toBeUndefined();
  });

  it('finds a near key followed by more text, but not a key cut short', () => {
    const row = (label: string) => nearRow(label, requestRows)?.id;
    expect(row('7.属于行政执法量卷信息')).toBe('denied.enforcementFile');
    expect(row('7.属于行政执法案')).toBeUndefined();
  });
});
