// Text whose cells ran together (tests/fixtures/generator/write-flattened.ts): the whole report on one
// line, each row's figures run together. Every cell of tables 三 and 四 is right (marked 推断) or
// blank with its candidate splits named; none silently wrong.
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../src/main/domain/checks/index';
import { standardFixtureSpecs } from '../../fixtures/generator/generate';
import { specExpectation } from '../../fixtures/generator/report-spec';
import { writeFlattenedText } from '../../fixtures/generator/write-flattened';
import { parseText } from './parse-text';

describe('flattened reports from the generated set', () => {
  for (const spec of standardFixtureSpecs()) {
    it(`${spec.id}: one line; every cell of 表三 and 表四 right or blank with candidates`, async () => {
      const text = writeFlattenedText(spec);
      expect(text).not.toContain('\n');
      const report = await parseText(text);
      const expected = specExpectation(spec);
      expect({ agency: report.agency, year: report.year, template: report.template }).toEqual({ agency: expected.agency, year: expected.year, template: expected.template });
      const findings = [...report.findings, ...checkReport(report)];
      const named = new Map(findings.filter((finding) => finding.rule === 'structure.unplaced').flatMap((finding) => finding.cells.map((id) => [id, finding.message] as const)));
      for (const [id, value] of Object.entries(expected.cells)) {
        if (!/^(requests|appeals)\./.test(id)) continue;
        const cell = report.cells[id];
        if (cell?.value === value) continue;
        expect(cell?.value, `${id}: ${value} read as ${cell?.value}`).toBeNull();
        expect(named.get(id), `${id} blank without candidates`).toMatch(/种拆分都符合勾稽关系（如 [\d│]+/);
      }
      expect(findings.filter((finding) => finding.rule === 'cells.blank').flatMap((finding) => finding.cells).every((id) => expected.cells[id] === null)).toBe(true);
      expect(report.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6]);
    });
  }
});

describe('a run of figures', () => {
  const rows = (newRow: string, grantedRow: string, total: string, forward = '0000000') =>
    `某县商务局2023年政府信息公开工作年度报告三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量${newRow}二、上年结转政府信息公开申请数量0000000（一）予以公开${grantedRow}（二）部分公开0000000（三）不予公开1.属于国家秘密0000000（七）总计${total}四、结转下年度继续办理${forward}申请人逾期不补正`;

  it('is split and marked 推断 when exactly one split satisfies the arithmetic, with a note saying how', async () => {
    const report = await parseText(rows('230 000023', '230000023', '230000023'));
    expect(report.cells['requests.new.natural']).toMatchObject({ value: 23, reading: { kind: 'inferred' } });
    expect(report.cells['requests.new.total']).toMatchObject({ value: 23, reading: { kind: 'inferred' } });
    expect(report.cells['requests.new.commercial']?.value).toBe(0);
    const note = report.findings.find((finding) => finding.rule === 'cells.inferred');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note?.message).toContain('勾稽关系');
  });

  it('is split by its own 总计 when the sums between rows do not hold (the checks then report them)', async () => {
    // （七）总计 written as 24 for 23 requests: no split satisfies 一 + 二 = （七） + 四, each row's own does.
    const report = await parseText(rows('230000023', '230000023', '240000024'));
    expect(report.cells['requests.new.natural']).toMatchObject({ value: 23, reading: { kind: 'inferred' } });
    expect(report.cells['requests.total.natural']).toMatchObject({ value: 24, reading: { kind: 'inferred' } });
    expect(report.findings.filter((finding) => finding.rule === 'structure.unplaced')).toEqual([]);
  });

  it('is left blank with the candidates named when several splits satisfy it', async () => {
    // "101000011" is 10│1│0│0│0│0│11 or 1│0│10│0│0│0│11: both keep every row's 总计 and the column sums.
    const report = await parseText(rows('101000011', '101000011', '101000011'));
    const ambiguous = report.findings.filter((finding) => finding.rule === 'structure.unplaced');
    expect(ambiguous.length).toBeGreaterThan(0);
    expect(ambiguous[0]!.message).toMatch(/种拆分都符合勾稽关系（如 /);
    for (const id of ambiguous[0]!.cells) expect(report.cells[id]?.value).toBeNull();
    const blank = checkReport(report).filter((finding) => finding.rule === 'cells.blank');
    expect(blank.flatMap((finding) => finding.cells).filter((id) => ambiguous[0]!.cells.includes(id))).toEqual([]);
  });
});
