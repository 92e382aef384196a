// One page of a scan that holds only the start of table 三: none of the rows that tell the 2019 form
// from the 2021 form stand on it, yet the rows it shows are read; the report's format stays unknown.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument } from '../../../src/shared/document';

function page(title: string): SourceDocument {
  let y = 0;
  const line = (texts: string[], row?: number): DocumentLine => {
    y += 12;
    return {
      cells: texts.map((text) => ({
        text,
        source: { kind: 'pdf', page: 1, bboxPt: [10, y, 60, y + 10] },
        ocr: { confidence: 0.95 },
      })),
      ...(row === undefined ? {} : { table: { index: 0, row } }),
    };
  };
  return {
    format: 'image',
    lines: [
      line([title]),
      line(['三、收到和处理政府信息公开申请情况']),
      line(['、本年新收政府信息公开申请数量', '', '', '7', '0', '0', '0', '0', '1', '8'], 0),
      line(['二、上年结转政府信息公开申请数量', '', '', '0', '0', '0', '0', '0', '0', '0'], 1),
      line(['三、本年度办理结果', '（一）予以公开', '', '4', '0', '0', '0', '0', '1', '5'], 2),
    ],
  };
}

describe('a page of table 三 without the rows that tell the forms apart', () => {
  it('reads the rows it shows and leaves the format unknown', () => {
    const report = parseReport(page('政务公开'));
    expect(report.template).toBeNull();
    expect(report.cells['requests.new.natural']).toMatchObject({ value: 7 });
    expect(report.cells['requests.new.total']).toMatchObject({ value: 8 });
    expect(report.cells['requests.granted.otherOrg']).toMatchObject({ value: 1 });
    expect(report.cells['requests.carriedOver.total']).toMatchObject({ value: 0 });
  });

  it('reads nothing for a report of a year before the statutory tables', () => {
    const report = parseReport(page('某县商务局2017年政府信息公开工作年度报告'));
    expect(report.cells).toEqual({});
  });

  it('reads the rows in the form due for the year: 2019 to 2020 the 2019 form, later or unknown the 2021 form', () => {
    const form = (title: string) => {
      const cells = parseReport(page(title)).cells;
      if (Object.keys(cells).length === 0) return 'none';
      return 'requests.other.total' in cells ? '2019' : 'requests.other.noCorrection.total' in cells ? '2021' : 'other';
    };
    expect(form('某县商务局2018年政府信息公开工作年度报告')).toBe('none');
    expect(form('某县商务局2019年政府信息公开工作年度报告')).toBe('2019');
    expect(form('某县商务局2020年政府信息公开工作年度报告')).toBe('2019');
    expect(form('某县商务局2021年政府信息公开工作年度报告')).toBe('2021');
    expect(form('政务公开')).toBe('2021');
  });
});
