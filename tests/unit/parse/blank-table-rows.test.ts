// A table row whose cells are all blank keeps them blank: the figures of the next row are not its own.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { DocumentLine, SourceDocument } from '../../../src/shared/document';

const row = (index: number, texts: string[]): DocumentLine => ({
  cells: texts.map((text, cell) => ({
    text,
    source: { kind: 'element', path: `body/table/tr[${index}]/td[${cell + 1}]` },
  })),
  table: { index: 0, row: index },
});
const paragraph = (text: string): DocumentLine => ({
  cells: [{ text, source: { kind: 'element', path: 'body/p' } }],
});

describe('blank rows of a real table', () => {
  it('reads 规章 with three blank cells as blank, and 行政规范性文件 as its own figures', () => {
    const document: SourceDocument = {
      format: 'docx',
      lines: [
        paragraph('某县民政局2021年政府信息公开工作年度报告'),
        paragraph('二、主动公开政府信息情况'),
        row(1, ['第二十条第（一）项', '', '', '']),
        row(2, ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']),
        row(3, ['规章', '', '', '']),
        row(4, ['行政规范性文件', '0', '0', '18']),
      ],
    };
    const { cells } = parseReport(document);
    expect([
      cells['active.rules.issued'],
      cells['active.rules.repealed'],
      cells['active.rules.inForce'],
    ]).toEqual([
      expect.objectContaining({ value: null, source: expect.anything() }),
      expect.objectContaining({ value: null, source: expect.anything() }),
      expect.objectContaining({ value: null, source: expect.anything() }),
    ]);
    expect(cells['active.normativeDocs.inForce']?.value).toBe(18);
  });
});
