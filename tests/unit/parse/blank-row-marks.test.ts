// A row written with blank marks ("-", "/", "无") and no figure: a mark for each column is each cell's own
// text, found where it stands; more marks than columns cannot be told apart, so the cells are blank at the
// row's label in a text copy, and 无法识别 on a page. What the reviewer sees: each cell's value, text and source.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { ExtractedReport } from '../../../src/shared/report';
import { pageReport as page, textReport as textCopy } from './report-documents';

const heading = '三、收到和处理政府信息公开申请情况';
const newRow = ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'];
const partialRow = ['（二）部分公开', '1', '0', '0', '0', '0', '0', '1'];
const marks = (count: number) => Array<string>(count).fill('-');
const grantedIds = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map(
  (column) => `requests.granted.${column}`,
);

/** The text a cell was read from, in a text copy. */
const sourceText = (report: ExtractedReport, id: string) => {
  const source = report.cells[id]?.source;
  return source?.kind === 'text' ? report.text.slice(source.start, source.end) : undefined;
};

describe('a blank row written with marks on the line below its label', () => {
  it('keeps a mark for each column as each cell’s text', () => {
    const report = parseReport(
      textCopy([[heading], { row: newRow }, { row: ['（一）予以公开'] }, { row: marks(7) }, { row: partialRow }]),
    );
    for (const id of grantedIds) expect(report.cells[id]).toMatchObject({ value: null, raw: '-' });
    expect(sourceText(report, 'requests.granted.total')).toBe('-');
  });

  it('leaves the cells blank at the label when the marks are more than the columns', () => {
    const report = parseReport(
      textCopy([[heading], { row: newRow }, { row: ['（一）予以公开'] }, { row: marks(8) }, { row: partialRow }]),
    );
    for (const id of grantedIds) {
      expect(report.cells[id]).toMatchObject({ value: null, raw: '' });
      expect(sourceText(report, id)).toBe('（一）予以公开');
    }
  });
});

describe('a blank row of a text copy with more marks than columns on its line', () => {
  it('leaves the cells blank at the label', () => {
    const report = parseReport(textCopy([[heading], newRow, ['（一）予以公开', ...marks(8)], partialRow]));
    for (const id of grantedIds) {
      expect(report.cells[id]).toMatchObject({ value: null, raw: '' });
      expect(sourceText(report, id)).toBe('（一）予以公开');
    }
  });
});

describe('a blank row on a page with more marks than columns below its label', () => {
  it('is 无法识别, with no text of its own', () => {
    const report = parseReport(page([[heading], { row: newRow }, { row: ['（一）予以公开'] }, { row: marks(8) }, { row: partialRow }]));
    for (const id of grantedIds) {
      expect(report.cells[id]).toMatchObject({ value: null, raw: '', reading: { kind: 'unreadable' } });
    }
    expect(report.cells['requests.partial.total']?.value).toBe(1);
  });
});
