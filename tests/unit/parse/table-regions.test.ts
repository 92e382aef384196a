// Where each table stands when the copy lost its section headings: table 三 found by its own rows even
// with no table 二 before it, table 四 by its header even with no table 三; a 2019 report's single
// （六）其他处理 row is the form's own row, not a 2021 report's missing rows.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { SourceDocument } from '../../../src/shared/document';
import type { ExtractedReport } from '../../../src/shared/report';

/** A text copy, one line per array of cells. */
function copy(lines: string[][]): SourceDocument {
  let offset = 0;
  return {
    format: 'txt',
    lines: lines.map((cells) => ({
      cells: cells.map((text) => {
        const piece = { text, source: { kind: 'text' as const, start: offset, end: offset + text.length } };
        offset += text.length + 1;
        return piece;
      }),
    })),
  };
}

const appealsHeader = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const appealsRow = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'];
const appealValues = (report: ExtractedReport) =>
  ['review', 'suitDirect', 'suitAfterReview'].flatMap((group) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map(
      (column) => report.cells[`appeals.${group}.${column}`]?.value,
    ),
  );

describe('a copy without section headings', () => {
  it('finds table 三 by its first row when no table 二 stands before it, and table 四 after it', () => {
    const report = parseReport(
      copy([
        ['某县商务局2023年政府信息公开工作年度报告'],
        ['本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
        ['（一）予以公开', '2', '0', '0', '0', '0', '0', '2'],
        appealsHeader,
        appealsRow,
      ]),
    );
    expect(report.cells['requests.new.total']?.value).toBe(2);
    expect(report.cells['requests.granted.natural']?.value).toBe(2);
    expect(appealValues(report)).toEqual(appealsRow.map(Number));
  });

  it('finds table 四 by its header when no table 三 stands before it', () => {
    const report = parseReport(
      copy([
        ['某县商务局2023年政府信息公开工作年度报告'],
        ['第二十条第（一）项'],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '0', '0', '2'],
        appealsHeader,
        appealsRow,
      ]),
    );
    expect(report.template).toBe('2021');
    expect(report.cells['active.rules.inForce']?.value).toBe(2);
    expect(appealValues(report)).toEqual(appealsRow.map(Number));
  });
});

describe('a 2019 report’s （六）其他处理 row', () => {
  it('is read as the form’s own row, with no note about missing rows and no extra row', () => {
    const report = parseReport(
      copy([
        ['某县商务局2020年政府信息公开工作年度报告'],
        ['二、主动公开政府信息情况'],
        ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
        ['规章', '0', '0', '0'],
        ['三、收到和处理政府信息公开申请情况'],
        ['本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
        ['（六）其他处理', '2', '0', '0', '0', '0', '0', '2'],
      ]),
    );
    expect(report.template).toBe('2019');
    expect(report.cells['requests.other.total']?.value).toBe(2);
    expect(report.extraRows).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});

describe('a 2021 report’s （六）其他处理 group', () => {
  const report2021 = (otherRows: string[][]) =>
    parseReport(
      copy([
        ['某县商务局2023年政府信息公开工作年度报告'],
        ['三、收到和处理政府信息公开申请情况'],
        ['本年新收政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2'],
        ['（六）其他处理'],
        ...otherRows,
        ['3.其他', '0', '0', '0', '0', '0', '0', '0'],
        ['（七）总计', '2', '0', '0', '0', '0', '0', '2'],
      ]),
    );
  const noCorrection = [
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    '1',
    '0',
    '0',
    '0',
    '0',
    '0',
    '1',
  ];
  const unpaidFee = [
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '1',
    '0',
    '0',
    '0',
    '0',
    '0',
    '1',
  ];

  it('is the 2021 form’s when either of its first two rows stands: no note of a single row', () => {
    for (const rows of [[noCorrection], [unpaidFee]]) {
      const parsed = report2021(rows);
      expect(
        parsed.findings.filter((finding) => finding.rule === 'structure.rows'),
        rows[0]![0],
      ).toEqual([]);
      expect(parsed.extraRows).toEqual([]);
    }
  });

  it('is the 2019 form’s single row when neither stands', () => {
    const parsed = report2021([]);
    expect(parsed.findings.map((finding) => finding.rule)).toContain('structure.rows');
  });
});
