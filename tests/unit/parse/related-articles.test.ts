// A portal page's list of related articles belongs to the site: the reports it names are other reports.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/main/domain/parse/parse-report';
import type { SourceDocument } from '../../../src/shared/document';

function page(texts: string[]): SourceDocument {
  let offset = 0;
  return {
    format: 'html',
    lines: texts.map((text) => {
      const source = { kind: 'text' as const, start: offset, end: offset + text.length };
      offset += text.length + 1;
      return { cells: [{ text, source }] };
    }),
  };
}

describe('a related-articles list', () => {
  it('standing first on a page (its report not saved with it) names no report of the page', () => {
    const parsed = parseReport(
      page(['相关文章', '某县商务局2022年政府信息公开工作年度报告', '某县财政局2023年政府信息公开工作年度报告']),
    );
    expect(parsed.title).toBeNull();
    expect(parsed.agency).toBeNull();
    expect(parsed.year).toBeNull();
  });

  it('after the report leaves the report’s title read', () => {
    const parsed = parseReport(
      page(['某县商务局2023年政府信息公开工作年度报告', '一、总体情况', '相关文章', '某县财政局2022年政府信息公开工作年度报告']),
    );
    expect(parsed.title).toBe('某县商务局2023年政府信息公开工作年度报告');
    expect(parsed.agency).toBe('某县商务局');
  });
});
