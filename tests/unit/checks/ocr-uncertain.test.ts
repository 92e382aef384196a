// ocr.uncertain (识别存疑): which OCR-read cells the reviewer is asked to settle.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { correctedReport } from '../../../src/main/services/report-assembly';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { buildReport, only, rulesOf } from './build-report';

/** The report as OCR would give it: every located cell read with `confidence`. */
function scanned(report: ExtractedReport, confidence = 0.98): ExtractedReport {
  const cells = Object.fromEntries(
    Object.entries(report.cells).map(([id, cell]) => [
      id,
      cell.source
        ? { ...cell, reading: { kind: 'ocr' as const, confidence, uncertain: confidence < 0.8 } }
        : cell,
    ]),
  );
  return { ...report, format: 'pdf', cells };
}

function withCell(report: ExtractedReport, id: string, value: number, confidence: number): ExtractedReport {
  const cell = report.cells[id]!;
  return {
    ...report,
    cells: {
      ...report.cells,
      [id]: {
        ...cell,
        value,
        raw: String(value),
        reading: { kind: 'ocr', confidence, uncertain: confidence < 0.8 },
      },
    },
  };
}

describe('ocr.uncertain', () => {
  it('raises nothing on a consistent report read with high confidence, nor on a report read without OCR', () => {
    expect(only(checkReport(scanned(buildReport())), 'ocr.uncertain')).toEqual([]);
    expect(only(checkReport(buildReport()), 'ocr.uncertain')).toEqual([]);
  });

  it('lists a cell read with low confidence, with its place, its reading and its confidence', () => {
    const base = scanned(buildReport());
    const value = base.cells['requests.granted.natural']!.value!;
    const findings = only(
      checkReport(withCell(base, 'requests.granted.natural', value, 0.55)),
      'ocr.uncertain',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', cells: ['requests.granted.natural'] });
    expect(findings[0]!.message).toContain('识别存疑');
    expect(findings[0]!.message).toContain(`识别为“${value}”（可信度 55%）`);
  });

  it('pins a confidently misread figure where its broken row sum and column balance cross', () => {
    const base = scanned(buildReport());
    const truth = base.cells['requests.new.natural']!.value!;
    const misread = withCell(base, 'requests.new.natural', truth + 20, 0.97);
    const findings = checkReport(misread);
    // The sums break and say so, as a suspected misread; the misread cell alone is marked 识别存疑.
    expect(only(findings, 'requests.rowSum').map((finding) => finding.severity)).toEqual(['warning']);
    expect(only(findings, 'ocr.uncertain').map((finding) => finding.cells)).toEqual([
      ['requests.new.natural'],
    ]);
    expect(only(findings, 'ocr.uncertain')[0]!.message).toContain('合计关系不符');
  });

  describe('a figure misread with high confidence on a consistent report (54 read as 454)', () => {
    const consistent = buildReport({
      rows: {
        'requests.new': [20, 10, 5, 5, 5, 9, 54],
        'requests.partial': [20, 10, 5, 5, 5, 9, 54],
        'requests.total': [20, 10, 5, 5, 5, 9, 54],
      },
    });
    const misread = withCell(scanned(consistent), 'requests.partial.total', 454, 0.99);
    // Checked inside each test (not while tests are collected), so that the checks under test are the ones run.
    const checked = (): Finding[] => checkReport(misread);
    const place = '表三 （二）部分公开 · 总计列';

    it('raises no error: the broken row and column sums are warnings of a suspected misread', () => {
      const findings = checked();
      expect(checkReport(scanned(consistent)).filter((finding) => finding.severity !== 'info')).toEqual([]);
      expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
      const sums = [...only(findings, 'requests.rowSum'), ...only(findings, 'requests.resultSum')];
      expect(sums.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
      for (const finding of sums) {
        expect(finding.message).toMatch(/^疑为识别错误：/);
        // The cell where the row and the column cross, with the value both sums agree on.
        expect(finding.message).toContain(`${place} 应为 54（识别为 454）`);
        expect(finding.message).toContain('请对照原件核实');
      }
    });

    it('marks that one cell 识别存疑, with the value the sums give', () => {
      const findings = checked();
      const uncertain = only(findings, 'ocr.uncertain');
      expect(uncertain.map((finding) => finding.cells)).toEqual([['requests.partial.total']]);
      expect(uncertain[0]!.message).toContain(`${place} 识别为“454”`);
      expect(uncertain[0]!.message).toContain('按表内合计关系应为 54');
    });

    it('still reports the same broken sums as errors of the report when the figures were not read by OCR', () => {
      const typed = buildReport({
        rows: {
          'requests.new': [20, 10, 5, 5, 5, 9, 54],
          'requests.partial': [20, 10, 5, 5, 5, 9, 454],
          'requests.total': [20, 10, 5, 5, 5, 9, 54],
        },
      });
      const errors = checkReport(typed).filter((finding) => finding.severity === 'error');
      expect(rulesOf(errors)).toEqual(['requests.resultSum', 'requests.rowSum']);
      expect(only(errors, 'requests.rowSum').map((finding) => finding.message)).toEqual([
        `${place} 为 454，但本行各类申请人之和为 54，相差 400。`,
      ]);
      expect(only(checkReport(typed), 'ocr.uncertain')).toEqual([]);
    });
  });

  it('names the least sure cell of a broken sum that no crossing sum pins, with the value that would mend it', () => {
    // 447 read as 47; the row's columns cannot be summed (a whole row of table 三 came out blank).
    const consistent = buildReport({
      rows: {
        'requests.new': [447, 5, 0, 0, 2, 0, 454],
        'requests.partial': [447, 5, 0, 0, 2, 0, 454],
        'requests.total': [447, 5, 0, 0, 2, 0, 454],
        'requests.denied.enforcementFile': [null, null, null, null, null, null, null],
      },
    });
    const misread = withCell(scanned(consistent), 'requests.partial.natural', 47, 0.42);
    const findings = checkReport(misread);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    const rowSum = only(findings, 'requests.rowSum').filter((finding) => finding.severity !== 'info');
    expect(rowSum.map((finding) => finding.severity)).toEqual(['warning']);
    expect(rowSum[0]!.message).toContain(
      '最可能识别有误的是 表三 （二）部分公开 · 自然人列（识别为 47，若只此一格有误，应为 447）',
    );
    const uncertain = only(findings, 'ocr.uncertain');
    expect(uncertain.map((finding) => finding.cells)).toEqual([['requests.partial.natural']]);
    expect(uncertain[0]!.message).toContain('若只此一格有误，应为 447');
  });

  describe('which cell of a broken row it names when no crossing sum pins one', () => {
    // Table 三's columns cannot be summed (a whole row came out blank): only the row sum is left.
    const rows = {
      'requests.new': [447, 5, 0, 0, 2, 0, 454],
      'requests.partial': [447, 5, 0, 0, 2, 0, 454],
      'requests.total': [447, 5, 0, 0, 2, 0, 454],
      'requests.denied.enforcementFile': [null, null, null, null, null, null, null],
    };
    const place = (column: string) => `表三 （二）部分公开 · ${column}列`;

    it('names the least sure of the cells whose one correction would mend the row, even when it reads as 0', () => {
      // 社会公益组织 0 read as 6 (62%); the 科研机构 0 was read less surely (50%), but 科研机构 − 6 would be negative.
      let report = withCell(scanned(buildReport({ rows })), 'requests.partial.nonprofit', 6, 0.62);
      report = withCell(report, 'requests.partial.research', 0, 0.5);
      const findings = checkReport(report);
      const rowSum = only(findings, 'requests.rowSum').filter((finding) => finding.severity === 'warning');
      expect(rowSum).toHaveLength(1);
      expect(rowSum[0]!.message).toContain(
        `最可能识别有误的是 ${place('社会公益组织')}（识别为 6，若只此一格有误，应为 0）`,
      );
      const uncertain = only(findings, 'ocr.uncertain');
      expect(uncertain.map((finding) => finding.cells)).toEqual([
        ['requests.partial.research'],
        ['requests.partial.nonprofit'],
      ]);
      // The 科研机构 cell is listed for its low confidence alone; the sums point at 社会公益组织.
      expect(uncertain[0]!.message).not.toContain('合计关系');
      expect(uncertain[1]!.message).toContain('若只此一格有误，应为 0');
    });

    it('names the one figure OCR re-read in a typed table, never a typed one', () => {
      // The table came from the text layer; only the 法律服务机构 cell was re-read from the page image.
      const report = withCell(buildReport({ rows }), 'requests.partial.legal', 7, 0.9);
      const findings = checkReport(report);
      const rowSum = only(findings, 'requests.rowSum').filter((finding) => finding.severity !== 'info');
      expect(rowSum.map((finding) => finding.severity)).toEqual(['warning']);
      // It is the only figure of the row that may be wrong, so the row sum alone gives its value.
      expect(rowSum[0]!.message).toContain(`按表内合计关系，${place('法律服务机构')} 应为 2（识别为 7）`);
      expect(only(findings, 'ocr.uncertain').map((finding) => finding.cells)).toEqual([
        ['requests.partial.legal'],
      ]);
    });

    it('names the least sure cell of the row, without a value, when no single correction mends it', () => {
      // Rows that do not add up while every column does: no one cell explains the gap.
      const inconsistent = buildReport({
        rows: {
          'requests.new': [10, 0, 0, 0, 0, 0, 20],
          'requests.partial': [10, 0, 0, 0, 0, 0, 20],
          'requests.total': [10, 0, 0, 0, 0, 0, 20],
        },
      });
      const report = withCell(scanned(inconsistent), 'requests.partial.legal', 0, 0.6);
      const findings = checkReport(report);
      const messages = only(findings, 'requests.rowSum').map((finding) => finding.message);
      expect(messages).toHaveLength(3);
      expect(messages[1]).toContain(`最可能识别有误的是 ${place('法律服务机构')}（识别为 0）`);
      for (const message of messages) expect(message).not.toContain('应为');
      // Each broken row names its own least sure cell (the first, when all were read alike).
      expect(messages[0]).toContain('最可能识别有误的是 表三 一、本年新收政府信息公开申请数量 · 自然人列（识别为 10）');
      const uncertain = only(findings, 'ocr.uncertain');
      expect(uncertain.map((finding) => finding.cells)).toEqual([
        ['requests.new.natural'],
        ['requests.partial.legal'],
        ['requests.total.natural'],
      ]);
      expect(uncertain[1]!.message).toContain('（可信度 60%，与同行同列满足的合计关系不符）');
    });
  });

  it('names the pinned cell of a broken balance, not a cell another broken sum only suspects', () => {
    // Rows that do not add up (no one cell explains them), and 0 read as 3 in 四、结转下年度继续办理.
    const inconsistent = buildReport({
      rows: {
        'requests.new': [10, 0, 0, 0, 0, 0, 20],
        'requests.partial': [10, 0, 0, 0, 0, 0, 20],
        'requests.total': [10, 0, 0, 0, 0, 0, 20],
      },
    });
    const report = withCell(scanned(inconsistent), 'requests.carriedForward.natural', 3, 0.95);
    const findings = checkReport(report);
    const balance = only(findings, 'requests.balance');
    expect(balance).toHaveLength(1);
    expect(balance[0]!.message).toContain(
      '按表内合计关系，表三 四、结转下年度继续办理 · 自然人列 应为 0（识别为 3）',
    );
    // The row 一 is suspected for its own broken sum, as its least sure cell, with no value.
    const rowSums = only(findings, 'requests.rowSum').map((finding) => finding.message);
    expect(rowSums[0]).toContain('最可能识别有误的是 表三 一、本年新收政府信息公开申请数量 · 自然人列（识别为 10）');
  });

  it('pins the cell that mends both its broken sums, over one that could mend only its row', () => {
    // 法律服务机构 2 in （七）总计 read as 7. Its column's results cannot be summed (a result row came out
    // blank), nor can the 自然人 column's balance (二's 自然人 is blank): 总计's 自然人 20 − 5 would mend the row
    // alone, and 二's 法律服务机构 1 + 5 the balance alone; only the 7 is in both broken sums.
    const consistent = buildReport({
      rows: {
        'requests.new': [30, 2, 0, 0, 3, 0, 35],
        'requests.carriedOver': [null, 0, 0, 0, 1, 0, 1],
        'requests.granted': [20, 1, 0, 0, 2, 0, 23],
        'requests.denied.enforcementFile': [null, null, null, null, null, null, null],
        'requests.total': [20, 1, 0, 0, 2, 0, 23],
        'requests.carriedForward': [10, 1, 0, 0, 2, 0, 13],
      },
    });
    const report = withCell(scanned(consistent, 0.97), 'requests.total.legal', 7, 0.93);
    const findings = checkReport(report);
    const pinned = '按表内合计关系，表三 （七）总计 · 法律服务机构列 应为 2（识别为 7）';
    const broken = [...only(findings, 'requests.balance'), ...only(findings, 'requests.rowSum')].filter(
      (finding) => finding.severity !== 'info',
    );
    expect(broken.map((finding) => finding.cells)).toEqual([
      [
        'requests.new.legal',
        'requests.carriedOver.legal',
        'requests.total.legal',
        'requests.carriedForward.legal',
      ],
      [
        'requests.total.natural',
        'requests.total.commercial',
        'requests.total.research',
        'requests.total.nonprofit',
        'requests.total.legal',
        'requests.total.otherOrg',
        'requests.total.total',
      ],
    ]);
    for (const finding of broken) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toContain(pinned);
    }
    const uncertain = only(findings, 'ocr.uncertain');
    expect(uncertain.map((finding) => finding.cells)).toEqual([['requests.total.legal']]);
    expect(uncertain[0]!.message).toContain('按表内合计关系应为 2');
  });

  it('states no value when two misreads in one row leave the row and column sums disagreeing on it', () => {
    const consistent = buildReport({
      rows: {
        'requests.new': [20, 10, 0, 0, 0, 0, 30],
        'requests.partial': [20, 10, 0, 0, 0, 0, 30],
        'requests.total': [20, 10, 0, 0, 0, 0, 30],
      },
    });
    // 20 read as 30 and 10 read as 15: the row is 15 too high, the columns 10 and 5.
    let report = withCell(scanned(consistent), 'requests.partial.natural', 30, 0.9);
    report = withCell(report, 'requests.partial.commercial', 15, 0.85);
    const findings = checkReport(report);
    const warnings = findings.filter((finding) => finding.severity === 'warning');
    expect(rulesOf(warnings)).toEqual([
      'ocr.uncertain',
      'ocr.uncertain',
      'requests.resultSum',
      'requests.resultSum',
      'requests.rowSum',
    ]);
    for (const finding of warnings) {
      expect(finding.message).not.toContain('按表内合计关系');
      expect(finding.message).not.toContain('应为');
    }
    expect(only(findings, 'ocr.uncertain').map((finding) => finding.cells)).toEqual([
      ['requests.partial.natural'],
      ['requests.partial.commercial'],
    ]);
  });

  it('is settled by a correction: the corrected value is the reviewer’s, no longer an OCR reading', () => {
    const base = scanned(buildReport());
    const truth = base.cells['requests.new.natural']!.value!;
    const misread = withCell(base, 'requests.new.natural', truth + 20, 0.5);
    const corrected = correctedReport(misread, [
      {
        cellId: 'requests.new.natural',
        original: truth + 20,
        corrected: truth,
        reviewer: '审查员',
        at: '2026-01-01T00:00:00Z',
      },
    ]);
    const findings = checkReport(corrected);
    expect(only(findings, 'ocr.uncertain')).toEqual([]);
    expect(only(findings, 'requests.rowSum')).toEqual([]);
  });
});
