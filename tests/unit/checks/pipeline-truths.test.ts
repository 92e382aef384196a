// The seeds (../shared/seeds) and the real reports (../shared/fixtures/real) through the real pipeline
// (analyzeFile: read + parse + checks): exactly the error-severity findings that the domain spec
// (section 5) and the fixtures' README list, and nothing else of error severity.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAcrossYears } from '../../../src/main/domain/checks/index';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { realDir as REAL, seedsDir as SEEDS } from '../../shared-data';

async function analyze(path: string): Promise<{ report: ExtractedReport; findings: Finding[] }> {
  const name = path.split('/').pop()!;
  const analysis = await analyzeFile(name, new Uint8Array(readFileSync(path)));
  if (!analysis.ok) throw new Error(analysis.error);
  return analysis;
}

const seed = (number: string) => {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(`${number}_`));
  if (!name) throw new Error(`no seed ${number}`);
  return analyze(`${SEEDS}/${name}`);
};
const real = (name: string) => analyze(`${REAL}/${name}`);

const errorsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity === 'error');
const flagsOf = (findings: Finding[]) => findings.filter((finding) => finding.severity !== 'info');
const ofRule = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);
/** "requests.balance natural": the rule and the column (or group) its cells share. */
const ruleAndColumn = (finding: Finding) => {
  const places = new Set(
    finding.cells.map((id) => (id.startsWith('appeals.') ? id.split('.')[1] : id.split('.').pop())),
  );
  return `${finding.rule} ${[...places].join('|')}`;
};

describe('seed reports through the pipeline', () => {
  it('000: all zero and consistent, text agrees → no finding at all', async () => {
    expect((await seed('000')).findings).toEqual([]);
  });

  it('001: 6 numbers for 7 columns is reported, but no error', async () => {
    expect(errorsOf((await seed('001')).findings)).toEqual([]);
  });

  it('002: dated 2020-02-12 → publication.deadline is the only error', async () => {
    const errors = errorsOf((await seed('002')).findings);
    expect(errors.map((finding) => finding.rule)).toEqual(['publication.deadline']);
  });

  it('003: （七）总计 0 → requests.balance and requests.resultSum in the 自然人 and 总计 columns only', async () => {
    const errors = errorsOf((await seed('003')).findings);
    expect(errors.map(ruleAndColumn).sort()).toEqual([
      'requests.balance natural',
      'requests.balance total',
      'requests.resultSum natural',
      'requests.resultSum total',
    ]);
  });

  it('004: no error; rows （一）（二）（三）1 blank and no 信息处理费 statement', async () => {
    const { findings } = await seed('004');
    expect(errorsOf(findings)).toEqual([]);
    const blank = ofRule(findings, 'cells.blank');
    expect(blank.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(
      new Set(blank.flatMap((finding) => finding.cells.map((id) => id.split('.').slice(1, -1).join('.')))),
    ).toEqual(new Set(['granted', 'partial', 'denied.stateSecret']));
    expect(ofRule(findings, 'text.feeStatement')).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('real reports through the pipeline', () => {
  it('huaian-hongze-2023: appeals.groupSum for 行政复议 and 复议后起诉, and the single （六） row', async () => {
    const { findings } = await real('huaian-hongze-2023.pdf');
    expect(errorsOf(findings).map(ruleAndColumn)).toEqual([
      'appeals.groupSum review',
      'appeals.groupSum suitAfterReview',
    ]);
    const single = ofRule(findings, 'structure.rows');
    expect(single).toMatchObject([{ severity: 'warning' }]);
    expect(single[0]?.message).toContain('（六）其他处理');
  });

  it('huaian-hongze-2024: no error, and its carry-over agrees with 2023', async () => {
    const { report, findings } = await real('huaian-hongze-2024.pdf');
    expect(errorsOf(findings)).toEqual([]);
    const previous = await real('huaian-hongze-2023.pdf');
    expect(ofRule(checkAcrossYears(report, previous.report), 'crossYear.carryOver')).toEqual([]);
  });

  it('huaian-city-2024: no error', async () => {
    expect(errorsOf((await real('huaian-city-2024.pdf')).findings)).toEqual([]);
  });

  it('shuyang-fgj-2023: no error; blank legal-person cells are cells.blank; published 2024-01-17, on time', async () => {
    const { report, findings } = await real('shuyang-fgj-2023.html');
    expect(errorsOf(findings)).toEqual([]);
    const blank = ofRule(findings, 'cells.blank');
    expect(blank.length).toBeGreaterThan(0);
    expect(blank.every((finding) => finding.severity === 'warning')).toBe(true);
    expect(blank.flatMap((finding) => finding.cells)).toContain('requests.new.commercial');
    expect(report.date).toBe('2024-01-17');
    expect(ofRule(findings, 'publication.deadline')).toEqual([]);
  });

  it('shuyang-county-2025: no error or warning (749 = 713 + 36 is not flagged) but the 沐阳 slip for 沭阳', async () => {
    const flags = flagsOf((await real('shuyang-county-2025.md')).findings);
    expect(flags.map((finding) => finding.rule)).toEqual(['agency.place']);
    expect(flags[0]!.message).toContain('江苏省宿迁市沭阳县');
  });

  it('shanghai-office-2025: no error', async () => {
    expect(errorsOf((await real('shanghai-office-2025.md')).findings)).toEqual([]);
  });

  // The converter lost the heading "五、存在的主要问题及改进情况"; the section's sub-headings are there.
  it.each([
    ['shanghai-office-2025.md', '（一）2024 年工作中存在问题的改进情况', '2025 年工作中存在的主要问题'],
    ['shanghai-stcsm-2024.md', '（一）主要问题', '（二）改进情况'],
  ])('%s: section 五 without its heading is found, not reported missing; a note says where it starts', async (file, opening, inside) => {
    const { report, findings } = await real(file);
    const sections = ofRule(findings, 'structure.sections');
    expect(sections.map((finding) => finding.severity)).toEqual(['info']);
    expect(sections[0]!.excerpt).toBe(opening);
    expect(sections[0]!.message).toContain('未找到第五部分的标题');
    expect(report.sections.find((section) => section.number === 5)?.text).toContain(inside);
  });

  it('shanghai-stcsm-2024: no error; the empty 结转下年度 总计 cell is reported', async () => {
    const { findings } = await real('shanghai-stcsm-2024.md');
    expect(errorsOf(findings)).toEqual([]);
    const naming = findings.filter(
      (finding) =>
        finding.cells.includes('requests.carriedForward.total') &&
        (finding.rule === 'cells.blank' || finding.message.includes('无法核验')),
    );
    expect(naming.length).toBeGreaterThan(0);
    expect(naming.some((finding) => finding.message.includes('结转下年度'))).toBe(true);
    // The rows whose labels stand stacked above their figures are read, not reported as left blank.
    const blank = findings.filter((finding) => finding.rule === 'cells.blank').flatMap((finding) => finding.cells);
    expect(blank).toEqual(['requests.carriedForward.total']);
  });
});
