// Every rule on generated reports, through the real pipeline in every format (DOCX, PDF, HTML):
// it fires (error or warning; crossYear.inForce as its "please explain") on the report made to
// violate it, naming the place in the form's words, and on no other report of the set.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossYearPairs } from '../../../src/cli/check-command';
import { checkAcrossYears } from '../../../src/main/domain/checks/index';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { defaultOutDirs, generateFixtureSet } from '../../fixtures/generator/generate';
import { ruleFixtures } from './rule-fixtures';

const FORMATS = ['docx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];
const dir = join(dirname(defaultOutDirs.standard), 'rules');
const { cases, pairs } = ruleFixtures();

const SINGLE_RULES = [
  'requests.balance',
  'requests.rowSum',
  'requests.resultSum',
  'appeals.groupSum',
  'values.valid',
  'cells.blank',
  'structure.sections',
  'structure.tables',
  'format.version',
  'text.vsTable',
  'text.year',
  'publication.deadline',
  'text.feeStatement',
];
const CROSS_RULES = ['crossYear.carryOver', 'crossYear.prevItems', 'crossYear.inForce', 'crossYear.copied'];

interface Checked {
  report: ExtractedReport;
  findings: Finding[];
}
const analysed = new Map<string, Checked>();
const key = (id: string, format: Format) => `${id}.${format}`;
const checked = (id: string, format: Format): Checked => {
  const found = analysed.get(key(id, format));
  if (!found) throw new Error(`${key(id, format)} was not analysed`);
  return found;
};
const crossFindings = (previous: string, current: string, format: Format): Finding[] =>
  checkAcrossYears(checked(current, format).report, checked(previous, format).report);

const isFlag = (finding: Finding) => finding.severity !== 'info' || finding.rule === 'crossYear.inForce';
const flagged = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule && isFlag(f));

const TABLE_WORDS: Record<string, string> = { active: '表二', requests: '表三', appeals: '表四' };
/** Words a finding's message must contain to name its place as the form does. */
function placeWords(finding: Finding): string[] {
  const table = TABLE_WORDS[finding.cells[0]?.split('.')[0] ?? ''];
  switch (finding.rule) {
    case 'requests.balance':
      return ['表三', '列'];
    case 'requests.rowSum':
      return ['表三', '总计'];
    case 'requests.resultSum':
      return ['表三', '（七）总计'];
    case 'appeals.groupSum':
      return ['表四', '总计'];
    case 'values.valid':
    case 'cells.blank':
      return [table ?? '表'];
    case 'text.vsTable':
      return ['正文', table ?? '表'];
    case 'structure.sections':
      return ['部分'];
    case 'structure.tables':
      return ['表四'];
    case 'format.version':
      return ['年版表格'];
    case 'text.year':
      return ['统计期限'];
    case 'publication.deadline':
      return ['报告日期'];
    case 'text.feeStatement':
      return ['第六部分'];
    case 'crossYear.carryOver':
      return ['表三', '上年结转'];
    case 'crossYear.prevItems':
      return ['表二', '上一年项目数量'];
    case 'crossYear.inForce':
      return ['表二', '现行有效'];
    default:
      return ['内容雷同'];
  }
}

beforeAll(async () => {
  await generateFixtureSet(dir, { specs: cases.map((c) => c.spec) });
  for (const { spec } of cases) {
    for (const format of FORMATS) {
      const name = key(spec.id, format);
      const analysis = await analyzeFile(name, new Uint8Array(readFileSync(join(dir, name))));
      if (!analysis.ok) throw new Error(analysis.error);
      analysed.set(name, analysis);
    }
  }
}, 600_000);

describe.each(SINGLE_RULES)('%s', (rule) => {
  const violating = cases.filter((c) => c.expected.has(rule));
  const others = cases.filter((c) => !c.expected.has(rule));

  it(`fires on ${violating.map((c) => c.spec.id).join(', ')}, naming the place`, () => {
    expect(violating.length).toBeGreaterThan(0);
    for (const { spec } of violating) {
      for (const format of FORMATS) {
        const findings = flagged(checked(spec.id, format).findings, rule);
        expect(findings.length, `${key(spec.id, format)} raises ${rule}`).toBeGreaterThan(0);
        for (const finding of findings)
          for (const word of placeWords(finding))
            expect(finding.message, key(spec.id, format)).toContain(word);
      }
    }
  });

  it('does not fire on the other reports', () => {
    for (const { spec } of others)
      for (const format of FORMATS)
        expect(flagged(checked(spec.id, format).findings, rule), key(spec.id, format)).toEqual([]);
  });
});

describe.each(CROSS_RULES)('%s', (rule) => {
  const violating = pairs.filter((pair) => pair.expected.has(rule));
  const others = pairs.filter((pair) => !pair.expected.has(rule));

  it(`fires on ${violating.map((pair) => pair.label).join(', ')}, naming the place`, () => {
    expect(violating.length).toBeGreaterThan(0);
    for (const pair of violating) {
      for (const format of FORMATS) {
        const findings = flagged(crossFindings(pair.previous, pair.current, format), rule);
        expect(findings.length, `${pair.label} ${format} raises ${rule}`).toBeGreaterThan(0);
        for (const finding of findings)
          for (const word of placeWords(finding)) expect(finding.message).toContain(word);
      }
    }
  });

  it('does not fire on the other pairs', () => {
    for (const pair of others)
      for (const format of FORMATS)
        expect(
          flagged(crossFindings(pair.previous, pair.current, format), rule),
          `${pair.label} ${format}`,
        ).toEqual([]);
  });
});

describe('the whole set', () => {
  it('flags exactly what was injected in every report and format', () => {
    for (const { spec, expected } of cases) {
      for (const format of FORMATS) {
        const rules = new Set(
          checked(spec.id, format)
            .findings.filter(isFlag)
            .map((f) => f.rule),
        );
        expect([...rules].sort(), key(spec.id, format)).toEqual([...expected].sort());
      }
    }
  });

  it('pairs the consecutive years of each body although one name is shorter', () => {
    for (const pair of pairs) {
      for (const format of FORMATS) {
        const { report: previous } = checked(pair.previous, format);
        const { report: current } = checked(pair.current, format);
        expect(previous.agency).not.toEqual(current.agency);
        expect(crossYearPairs([previous, current])).toEqual([[current, previous]]);
        const rules = new Set(
          crossFindings(pair.previous, pair.current, format)
            .filter(isFlag)
            .map((f) => f.rule),
        );
        expect([...rules].sort(), `${pair.label} ${format}`).toEqual([...pair.expected].sort());
      }
    }
  });
});
