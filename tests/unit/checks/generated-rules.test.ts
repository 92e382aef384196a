// Every rule on generated reports, through the real pipeline in every format (DOCX, PDF, HTML): each
// report raises exactly the flags its spec calls for, each with its severity, the cells it points at
// and the figures and words a reviewer reads (flag-expectations.ts works them out from the spec), and
// nothing else. The reports are generated once up front; each test analyses the files it checks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossYearPairs } from '../../../src/cli/check-command';
import { checkAcrossYears } from '../../../src/main/domain/checks/index';
import { analyzeFile } from '../../../src/main/services/analyze-file';
import type { ExtractedReport, Finding } from '../../../src/shared/report';
import { defaultOutDirs, generateFixtureSet } from '../../fixtures/generator/generate';
import type { ReportSpec } from '../../fixtures/generator/report-spec';
import { blankCells, expectedFlags, expectedPairFlags, unmatched } from './flag-expectations';
import { ruleFixtures } from './rule-fixtures';

const FORMATS = ['docx', 'pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];
const dir = join(dirname(defaultOutDirs.standard), 'rules');
const { cases, pairs } = ruleFixtures();
const specOf = (id: string): ReportSpec => {
  const found = cases.find((c) => c.spec.id === id);
  if (!found) throw new Error(`no case ${id}`);
  return found.spec;
};

const RULES = [
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
  'crossYear.carryOver',
  'crossYear.prevItems',
  'crossYear.inForce',
  'crossYear.copied',
];

interface Checked {
  report: ExtractedReport;
  findings: Finding[];
}
const analyses = new Map<string, Promise<Checked>>();
/** The file's analysis, done once by whichever test needs it first. */
function analysed(id: string, format: Format): Promise<Checked> {
  const name = `${id}.${format}`;
  let analysis = analyses.get(name);
  if (!analysis) {
    analysis = analyzeFile(name, new Uint8Array(readFileSync(join(dir, name)))).then((result) => {
      if (!result.ok) throw new Error(`${name}: ${result.error}`);
      return result;
    });
    analyses.set(name, analysis);
  }
  return analysis;
}

/** What the reviewer is asked to look at: errors and warnings, and crossYear.inForce's "please explain". */
const isFlag = (finding: Finding) => finding.severity !== 'info' || finding.rule === 'crossYear.inForce';

beforeAll(async () => {
  await generateFixtureSet(dir, { specs: cases.map((c) => c.spec) });
}, 600_000);

it('has a report (or pair) that must raise each rule, and clean reports and near misses', () => {
  const raised = new Set([
    ...cases.flatMap((c) => [...c.expected]),
    ...pairs.flatMap((p) => [...p.expected]),
  ]);
  expect([...raised].sort()).toEqual([...RULES].sort());
  expect(cases.filter((c) => c.expected.size === 0).length).toBeGreaterThanOrEqual(4);
});

describe.each(FORMATS)('%s', (format) => {
  it.each(cases.map((c) => [c.spec.id, c] as const))(
    '%s: exactly the flags of its spec, with their cells and figures',
    async (_id, { spec, injected, expected }) => {
      const flags = (await analysed(spec.id, format)).findings.filter(isFlag);
      expect([...new Set(flags.map((finding) => finding.rule))].sort()).toEqual([...expected].sort());

      // 漏填 is grouped by rows: together its warnings name exactly the blank cells.
      const blank = flags.filter((finding) => finding.rule === 'cells.blank');
      expect(blank.flatMap((finding) => finding.cells).sort()).toEqual(blankCells(spec));
      for (const finding of blank) {
        expect(finding.severity).toBe('warning');
        expect(finding.message).toMatch(/^漏填：表[二三四] /);
      }

      const others = flags.filter((finding) => finding.rule !== 'cells.blank');
      expect(unmatched(others, expectedFlags(spec, injected))).toEqual({ missing: [], unexpected: [] });
    },
  );

  it.each(pairs.map((pair) => [pair.label, pair] as const))(
    '%s: the cross-year flags of the two specs',
    async (_label, pair) => {
      const { report: previous } = await analysed(pair.previous, format);
      const { report: current } = await analysed(pair.current, format);
      // The shorter name of one year (老城区人民政府 / 洛阳市老城区人民政府) is still the same body.
      expect(previous.agency).not.toEqual(current.agency);
      expect(crossYearPairs([previous, current])).toEqual([[current, previous]]);

      const flags = checkAcrossYears(current, previous).filter(isFlag);
      expect([...new Set(flags.map((finding) => finding.rule))].sort()).toEqual([...pair.expected].sort());
      const injected = pair.expected.has('crossYear.copied') ? ['crossYear.copied'] : [];
      const expected = expectedPairFlags(specOf(pair.previous), specOf(pair.current), injected);
      expect(unmatched(flags, expected)).toEqual({ missing: [], unexpected: [] });
    },
  );
});
